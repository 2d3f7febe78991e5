package org.iommuatlas.picture;

/**
 * An item's rectangle (or a legend swatch when {@code itemId} is null), filled with its style's
 * colour and pattern and outlined.
 */
public record RectShape(double x, double y, double w, double h, Style style, String itemId) implements Shape {
    public boolean contains(double px, double py) {
        return px >= x && px <= x + w && py >= y && py <= y + h;
    }
}
