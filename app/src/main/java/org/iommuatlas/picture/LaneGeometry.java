package org.iommuatlas.picture;

/** Where a lane sits in a drawing, and how many sub-columns its items are split into. */
public record LaneGeometry(Lane lane, double x, double width, double top, double height) {
    public double right() {
        return x + width;
    }

    public boolean containsX(double px) {
        return px >= x && px <= x + width;
    }
}
