package org.iommuatlas.picture;

/**
 * A connector drawn as a quadrilateral from a vertical span on the left ({@code x1}, from
 * {@code y1Top} to {@code y1Bottom}) to one on the right ({@code x2}).
 */
public record BandShape(double x1, double y1Top, double y1Bottom, double x2, double y2Top, double y2Bottom,
                        ConnectorStyle style, String connectorId) implements Shape {
    /** Corner x coordinates in drawing order: top left, top right, bottom right, bottom left. */
    public double[] xs() {
        return new double[] {x1, x2, x2, x1};
    }

    public double[] ys() {
        return new double[] {y1Top, y2Top, y2Bottom, y1Bottom};
    }
}
