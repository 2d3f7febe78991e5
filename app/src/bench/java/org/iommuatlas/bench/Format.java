package org.iommuatlas.bench;

import java.util.Locale;

/** Human-readable figures for the table. */
public final class Format {
    private Format() {
    }

    public static String nanos(long ns) {
        if (ns < 10_000) {
            return String.format(Locale.ROOT, "%.2f us", ns / 1e3);
        }
        if (ns < 10_000_000) {
            return String.format(Locale.ROOT, "%.1f us", ns / 1e3);
        }
        if (ns < 10_000_000_000L) {
            return String.format(Locale.ROOT, "%.1f ms", ns / 1e6);
        }
        return String.format(Locale.ROOT, "%.2f s", ns / 1e9);
    }

    public static String ratio(double r) {
        return Double.isNaN(r) ? "" : String.format(Locale.ROOT, "%.2fx", r);
    }

    public static String num(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    public static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
