package org.iommuatlas.picture;

import java.util.List;

/**
 * Maps unsigned 64-bit addresses to vertical pixel positions for one viewport and pixel band,
 * and back. Lower addresses are higher up. Monotonic: a lower address never lands below a higher one.
 */
public sealed interface AxisScale permits LinearScale, FoldedScale {
    long viewStart();

    long viewLast();

    /** Pixel row of {@link #viewStart()}'s top edge. */
    double top();

    /** Pixel height of the viewport band. */
    double height();

    default double bottom() {
        return top() + height();
    }

    /** The top edge of byte {@code address}; outside the viewport the result lies above top or below bottom. */
    double y(long address);

    /** The bottom edge of byte {@code last} (the top edge of {@code last + 1}); 0xffffffffffffffff maps to the end of the axis. */
    double yEnd(long last);

    /** The address whose byte covers pixel row {@code y}, clamped into the viewport. */
    long addressAt(double y);

    /**
     * A mapper for many lookups in rising address order (items sorted by start): same results as
     * {@link #y} and {@link #yEnd}, but each lookup starts from where the previous one ended.
     * Not thread-safe; make one per pass.
     */
    default Cursor cursor() {
        return new Cursor() {
            @Override
            public double y(long address) {
                return AxisScale.this.y(address);
            }

            @Override
            public double yEnd(long last) {
                return AxisScale.this.yEnd(last);
            }
        };
    }

    /** See {@link #cursor()}. */
    interface Cursor {
        double y(long address);

        double yEnd(long last);
    }

    /** Folded stretches of empty address space that intersect the viewport (none on a linear scale). */
    List<Break> breaks();

    /** Whether {@code address} lies in a folded stretch (no ticks, no labels there). */
    default boolean inBreak(long address) {
        for (Break b : breaks()) {
            if (b.contains(address)) {
                return true;
            }
        }
        return false;
    }
}
