package org.iommuatlas.picture;

import org.iommuatlas.model.Address;

/**
 * The one place a pixel distance turns back into an unsigned 64-bit offset (pixel to address for
 * hit-testing and dragging). Offsets go to double only through {@link Address#offsetAsDouble}.
 */
final class UnsignedPixels {
    private static final double TWO_63 = 9.223372036854775808E18;
    private static final double TWO_64 = 1.8446744073709551616E19;

    private UnsignedPixels() {
    }

    /** Rounds a non-negative double down to an unsigned 64-bit value, saturating at 0 and 2^64 - 1. */
    static long toUnsigned(double value) {
        if (!(value > 0)) {
            return 0;
        }
        if (value >= TWO_64) {
            return Address.MAX;
        }
        if (value < TWO_63) {
            return (long) value;
        }
        return ((long) (value - TWO_63)) ^ Long.MIN_VALUE;
    }

    /** The number of bytes in {@code [start, last]} as a double; 2^64 for the whole space. */
    static double span(long start, long last) {
        return Address.offsetAsDouble(last, start) + 1.0;
    }
}
