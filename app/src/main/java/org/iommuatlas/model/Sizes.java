package org.iommuatlas.model;

import java.util.Locale;

/** Byte sizes: exact binary-unit printing ("3054 MiB") and parsing of "4G", "4096M", "0x1000". */
public final class Sizes {
    public static final long KIB = 1L << 10;
    public static final long MIB = 1L << 20;
    public static final long GIB = 1L << 30;
    public static final long TIB = 1L << 40;
    public static final long PIB = 1L << 50;
    public static final long EIB = 1L << 60;

    private static final long[] UNITS = {EIB, PIB, TIB, GIB, MIB, KIB};
    private static final String[] UNIT_NAMES = {"EiB", "PiB", "TiB", "GiB", "MiB", "KiB"};

    private Sizes() {
    }

    /**
     * The size in the largest binary unit that divides it exactly ("4 GiB", "3054 MiB", "92 KiB"),
     * or in bytes when it is not a whole number of KiB. Unsigned.
     */
    public static String exact(long bytes) {
        if (bytes == 0) {
            return "0 bytes";
        }
        for (int i = 0; i < UNITS.length; i++) {
            if (Long.remainderUnsigned(bytes, UNITS[i]) == 0) {
                return Long.toUnsignedString(Long.divideUnsigned(bytes, UNITS[i])) + " " + UNIT_NAMES[i];
            }
        }
        return Long.toUnsignedString(bytes) + (bytes == 1 ? " byte" : " bytes");
    }

    /** A short rounded form for labels ("1.5 GiB", "92 KiB"); {@link #exact} where it is exact. */
    public static String approx(long bytes) {
        double value = Address.unsignedToDouble(bytes);
        for (int i = 0; i < UNITS.length; i++) {
            if (value >= UNITS[i]) {
                if (Long.remainderUnsigned(bytes, UNITS[i]) == 0) {
                    return exact(bytes);
                }
                return String.format(Locale.ROOT, "%.1f %s", value / UNITS[i], UNIT_NAMES[i]);
            }
        }
        return exact(bytes);
    }

    /** The size of the whole 64-bit space when sizes are shown as text. */
    public static String exact(AddressRange range) {
        return range.start() == 0 && range.last() == Address.MAX ? "16 EiB" : exact(range.size());
    }

    /**
     * Parses a size: hex ({@code 0x1000}), or a decimal number with an optional unit
     * (B, K/KiB/KB, M/MiB/MB, G/GiB/GB, T/TiB/TB, P, E; K/M/G/T are binary as in QEMU, KB/MB/GB/TB
     * are decimal as in libvirt).
     *
     * @param defaultUnit multiplier for a bare number (QEMU's {@code -m 4096} means MiB)
     * @throws NumberFormatException with a message saying what was expected
     */
    public static long parse(String text, long defaultUnit) {
        String t = text.trim();
        if (t.isEmpty()) {
            throw new NumberFormatException("expected a size such as 4G, 3054M or 0x100000000, found nothing");
        }
        if (t.startsWith("0x") || t.startsWith("0X")) {
            return Address.parseHex(t);
        }
        int i = 0;
        while (i < t.length() && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '.')) {
            i++;
        }
        if (i == 0) {
            throw new NumberFormatException("expected a size such as 4G, 3054M or 0x100000000, found '" + text + "'");
        }
        String number = t.substring(0, i);
        String unit = t.substring(i).trim();
        long multiplier = unitMultiplier(unit, defaultUnit, text);
        try {
            if (number.contains(".")) {
                java.math.BigDecimal exact = new java.math.BigDecimal(number)
                        .multiply(new java.math.BigDecimal(Long.toUnsignedString(multiplier)));
                if (exact.signum() < 0 || exact.stripTrailingZeros().scale() > 0) {
                    throw new NumberFormatException("'" + text + "' is not a whole number of bytes");
                }
                return exact.toBigIntegerExact().longValueExact();
            }
            long value = Long.parseLong(number);
            return Math.multiplyExact(value, multiplier);
        } catch (ArithmeticException | NumberFormatException e) {
            throw new NumberFormatException("size '" + text + "' is not a whole number of bytes below 2^63");
        }
    }

    /** Like {@link #parse(String, long)} with bytes as the unit of a bare number. */
    public static long parse(String text) {
        return parse(text, 1);
    }

    private static long unitMultiplier(String unit, long defaultUnit, String text) {
        switch (unit.toLowerCase(Locale.ROOT)) {
            case "":
                return defaultUnit;
            case "b":
            case "byte":
            case "bytes":
                return 1;
            case "k":
            case "kib":
                return KIB;
            case "kb":
                return 1000L;
            case "m":
            case "mib":
                return MIB;
            case "mb":
                return 1000L * 1000;
            case "g":
            case "gib":
                return GIB;
            case "gb":
                return 1000L * 1000 * 1000;
            case "t":
            case "tib":
                return TIB;
            case "tb":
                return 1000L * 1000 * 1000 * 1000;
            case "p":
            case "pib":
                return PIB;
            case "e":
            case "eib":
                return EIB;
            default:
                throw new NumberFormatException("unknown size unit '" + unit + "' in '" + text
                        + "' (expected B, K, M, G, T, KiB, MiB, GiB, TiB, KB, MB, GB or TB)");
        }
    }
}
