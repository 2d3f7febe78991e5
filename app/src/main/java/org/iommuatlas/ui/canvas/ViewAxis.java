package org.iommuatlas.ui.canvas;

import org.iommuatlas.picture.AxisScale;

/**
 * Address to pixel and back for what is on screen, as the controllers need it. Wraps the
 * picture's {@link AxisScale} (folded or linear) of the last layout.
 */
public final class ViewAxis {
    private final AxisScale scale;

    ViewAxis(AxisScale scale) {
        this.scale = scale;
    }

    public double top() {
        return scale.top();
    }

    public double bottom() {
        return scale.bottom();
    }

    /** The y where {@code address} starts. */
    public double yOf(long address) {
        return scale.y(address);
    }

    /** The y of the bottom edge of an inclusive range ending at {@code last}. */
    public double yAfter(long last) {
        return scale.yEnd(last);
    }

    public long addressAt(double y) {
        return scale.addressAt(y);
    }
}
