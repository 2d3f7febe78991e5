package org.iommuatlas.picture;

import org.iommuatlas.picture.TextShape.TextAnchor;

/**
 * The few drawing calls a {@link Drawing} needs. Implemented for SVG and Java2D here, and on a
 * JavaFX Canvas in the user interface, so every output paints the same primitives the same way.
 * Coordinates are logical pixels, y down.
 */
public interface Painter {
    void fillRect(double x, double y, double w, double h, Fill fill);

    void strokeRect(double x, double y, double w, double h, Stroke stroke);

    /** Fills the closed polygon through the given points. */
    void fillPolygon(double[] xs, double[] ys, Fill fill);

    /** Strokes the line through the points, closing it back to the first when {@code closed}. */
    void strokePolyline(double[] xs, double[] ys, boolean closed, Stroke stroke);

    void line(double x1, double y1, double x2, double y2, Stroke stroke);

    /** Draws one line of text whose vertical middle is {@code y}; {@code anchor} says which end {@code x} is. */
    void text(double x, double y, String text, FontSpec font, TextAnchor anchor, Rgb color);

    /** Width the text will take, for plates behind labels. */
    double textWidth(String text, FontSpec font);

    /** Restricts later drawing to the rectangle (until {@link #restore()}). */
    void clipRect(double x, double y, double w, double h);

    void save();

    void restore();
}
