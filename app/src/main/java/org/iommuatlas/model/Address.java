package org.iommuatlas.model;

/**
 * Unsigned 64-bit address arithmetic on plain {@code long}s.
 *
 * <p>Every address in the program is an unsigned 64-bit value held in a {@code long}. Comparing
 * them with {@code <} is wrong above 0x7fffffffffffffff, so all ordering goes through the helpers
 * here. Printing is lowercase hex with {@code 0x}, as the kernel and QEMU print it.
 */
public final class Address {
    /** The highest address, 0xffffffffffffffff. */
    public static final long MAX = -1L;

    private Address() {
    }

    public static int compare(long a, long b) {
        return Long.compareUnsigned(a, b);
    }

    public static boolean lessThan(long a, long b) {
        return Long.compareUnsigned(a, b) < 0;
    }

    public static boolean lessOrEqual(long a, long b) {
        return Long.compareUnsigned(a, b) <= 0;
    }

    public static long min(long a, long b) {
        return lessOrEqual(a, b) ? a : b;
    }

    public static long max(long a, long b) {
        return lessOrEqual(a, b) ? b : a;
    }

    /** {@code 0x} followed by lowercase hex without padding, as in QEMU's {@code vfio_dma_map} line. */
    public static String hex(long address) {
        return "0x" + Long.toHexString(address);
    }

    /** {@code 0x} followed by exactly 16 lowercase hex digits, as in sysfs {@code reserved_regions}. */
    public static String hex16(long address) {
        String digits = Long.toHexString(address);
        return "0x" + "0".repeat(16 - digits.length()) + digits;
    }

    /**
     * Parses hex digits, with or without {@code 0x}/{@code 0X}, as an unsigned 64-bit value.
     *
     * @throws NumberFormatException when the text is empty, not hex, or needs more than 64 bits
     */
    public static long parseHex(String text) {
        String digits = text.startsWith("0x") || text.startsWith("0X") ? text.substring(2) : text;
        if (digits.isEmpty()) {
            throw new NumberFormatException("no hex digits in '" + text + "'");
        }
        int firstSignificant = 0;
        while (firstSignificant < digits.length() - 1 && digits.charAt(firstSignificant) == '0') {
            firstSignificant++;
        }
        if (digits.length() - firstSignificant > 16) {
            throw new NumberFormatException("'" + text + "' does not fit in 64 bits");
        }
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), 16) < 0) {
                throw new NumberFormatException("'" + text + "' is not a hex number");
            }
        }
        return Long.parseUnsignedLong(digits, 16);
    }

    /** Rounds up to a multiple of a power-of-two {@code alignment}; fails rather than wrapping past 2^64. */
    public static long alignUp(long address, long alignment) {
        requirePowerOfTwo(alignment);
        long mask = alignment - 1;
        long aligned = (address + mask) & ~mask;
        if (lessThan(aligned, address)) {
            throw new ArithmeticException(hex(address) + " aligned up to " + hex(alignment) + " passes 2^64");
        }
        return aligned;
    }

    public static long alignDown(long address, long alignment) {
        requirePowerOfTwo(alignment);
        return address & ~(alignment - 1);
    }

    public static boolean isAligned(long address, long alignment) {
        requirePowerOfTwo(alignment);
        return (address & (alignment - 1)) == 0;
    }

    /** The offset {@code address - origin} as a double, for the last step to pixels only. */
    public static double offsetAsDouble(long address, long origin) {
        return unsignedToDouble(address - origin);
    }

    /** Converts an unsigned 64-bit value to the nearest double (for pixel arithmetic only). */
    public static double unsignedToDouble(long value) {
        double high = (double) (value >>> 1) * 2.0;
        return high + (value & 1L);
    }

    private static void requirePowerOfTwo(long alignment) {
        if (alignment == 0 || (alignment & (alignment - 1)) != 0) {
            throw new IllegalArgumentException("alignment " + hex(alignment) + " is not a power of two");
        }
    }
}
