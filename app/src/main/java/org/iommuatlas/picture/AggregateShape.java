package org.iommuatlas.picture;

/**
 * Several items too small to see, folded into one pixel row of a lane: drawn as one strip in the
 * style that occurs most, with {@code count} for its tooltip. Keeps 100,000 regions to one shape
 * per pixel row.
 *
 * @param firstAddress the lowest address among the aggregated items (for zooming in on them)
 * @param lastAddress  the highest last address among them
 */
public record AggregateShape(double x, double y, double w, double h, Lane lane, Style style, int count,
                             long firstAddress, long lastAddress) implements Shape {
    public boolean contains(double px, double py) {
        return px >= x && px <= x + w && py >= y && py <= y + h;
    }
}
