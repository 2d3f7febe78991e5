package org.iommuatlas.picture;

import java.util.Locale;

/** A colour as 8-bit red, green, blue and alpha; parsed from and printed as CSS {@code #rrggbb[aa]}. */
public record Rgb(int red, int green, int blue, int alpha) {
    public static final Rgb BLACK = new Rgb(0, 0, 0, 255);
    public static final Rgb WHITE = new Rgb(255, 255, 255, 255);

    public Rgb {
        check(red);
        check(green);
        check(blue);
        check(alpha);
    }

    public static Rgb of(int red, int green, int blue) {
        return new Rgb(red, green, blue, 255);
    }

    /**
     * Parses {@code #rgb}, {@code #rrggbb} or {@code #rrggbbaa}.
     *
     * @throws IllegalArgumentException saying what was expected and what was found
     */
    public static Rgb parse(String css) {
        String t = css.trim();
        if (!t.startsWith("#")) {
            throw new IllegalArgumentException("expected a colour like #d55e00, found '" + css + "'");
        }
        String h = t.substring(1);
        try {
            if (h.length() == 3) {
                int v = Integer.parseInt(h, 16);
                return of(((v >> 8) & 0xf) * 17, ((v >> 4) & 0xf) * 17, (v & 0xf) * 17);
            }
            if (h.length() == 6) {
                int v = Integer.parseInt(h, 16);
                return of((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
            }
            if (h.length() == 8) {
                long v = Long.parseLong(h, 16);
                return new Rgb((int) (v >> 24) & 0xff, (int) (v >> 16) & 0xff, (int) (v >> 8) & 0xff, (int) v & 0xff);
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("expected a colour like #d55e00, found '" + css + "'");
    }

    /** {@code #rrggbb}, or {@code #rrggbbaa} when not opaque. */
    public String hex() {
        String rgb = String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
        return alpha == 255 ? rgb : rgb + String.format(Locale.ROOT, "%02x", alpha);
    }

    /** {@code #rrggbb} without alpha (SVG 1.1 wants opacity separately). */
    public String hexOpaque() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    public double opacity() {
        return alpha / 255.0;
    }

    /** 0xAARRGGBB as java.awt and JavaFX take it. */
    public int argb() {
        return (alpha << 24) | (red << 16) | (green << 8) | blue;
    }

    public Rgb withAlpha(int a) {
        return new Rgb(red, green, blue, a);
    }

    /** Relative luminance 0..1 (sRGB, WCAG): decides dark or light text on a fill. */
    public double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    /** This colour moved {@code amount} (0..1) of the way towards {@code other}. */
    public Rgb mix(Rgb other, double amount) {
        return new Rgb(lerp(red, other.red, amount), lerp(green, other.green, amount),
                lerp(blue, other.blue, amount), lerp(alpha, other.alpha, amount));
    }

    private static int lerp(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static void check(int v) {
        if (v < 0 || v > 255) {
            throw new IllegalArgumentException("colour channel out of 0..255: " + v);
        }
    }
}
