package org.iommuatlas.picture;

/**
 * One repeat of a fill pattern as ARGB pixels (not premultiplied), {@link Pattern#SPACING} user
 * units square drawn at {@code scale} pixels per unit. Every painter that fills with a repeated
 * image (the PNG export's Java2D texture, the window's ImagePattern) uses these pixels, so the
 * pattern looks the same everywhere; filling a shape with a tile costs one fill where drawing
 * the lines one by one cost a stroke each (what the frame benchmark found on the software pipeline).
 *
 * <p>Lines are {@value #LINE_WIDTH} units wide on the grid x + y = k s (forward) and x - y = k s
 * (backward), anchored at the origin so that neighbouring shapes line up; dots have radius
 * {@value #DOT_RADIUS} at the centre of each cell. Coverage is sampled 4 x 4 per pixel.
 */
public final class PatternTile {
    public static final double LINE_WIDTH = 1.2;
    public static final double DOT_RADIUS = 1.3;
    private static final int SUBSAMPLES = 4;

    private PatternTile() {
    }

    /** The tile's edge in pixels at {@code scale}. */
    public static int pixels(int scale) {
        return (int) Math.round(Pattern.SPACING * scale);
    }

    /**
     * Row-major ARGB pixels of one tile, {@code pixels(scale)} square; a solid or outline-only
     * pattern has no tile.
     */
    public static int[] argb(Pattern pattern, Rgb ink, int scale) {
        if (pattern == Pattern.SOLID || pattern == Pattern.DASHED_OUTLINE) {
            throw new IllegalArgumentException(pattern + " has no tile");
        }
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1: " + scale);
        }
        boolean forward = pattern == Pattern.HATCH_FORWARD || pattern == Pattern.CROSS_HATCH;
        boolean backward = pattern == Pattern.HATCH_BACKWARD || pattern == Pattern.CROSS_HATCH;
        boolean dots = pattern == Pattern.DOTS;
        int n = pixels(scale);
        double s = Pattern.SPACING;
        int[] out = new int[n * n];
        int rgb = ink.argb() & 0x00ffffff;
        for (int py = 0; py < n; py++) {
            for (int px = 0; px < n; px++) {
                int covered = 0;
                for (int sy = 0; sy < SUBSAMPLES; sy++) {
                    double y = (py + (sy + 0.5) / SUBSAMPLES) / scale;
                    for (int sx = 0; sx < SUBSAMPLES; sx++) {
                        double x = (px + (sx + 0.5) / SUBSAMPLES) / scale;
                        if ((forward && onLine(x + y, s)) || (backward && onLine(x - y, s))
                                || (dots && Math.hypot(x - s / 2, y - s / 2) <= DOT_RADIUS)) {
                            covered++;
                        }
                    }
                }
                int alpha = (int) Math.round(ink.alpha() * covered / (double) (SUBSAMPLES * SUBSAMPLES));
                out[py * n + px] = (alpha << 24) | rgb;
            }
        }
        return out;
    }

    /**
     * The tile of {@code pattern} in {@code ink} laid over a {@code background} colour (source-over),
     * so that a patterned fill is one pass over its pixels instead of a fill and then a pattern:
     * the same pixels as filling with {@code background} and then with {@link #argb} (up to rounding).
     */
    public static int[] argbOver(Pattern pattern, Rgb ink, Rgb background, int scale) {
        int[] tile = argb(pattern, ink, scale);
        double fa = background.alpha() / 255.0;
        for (int i = 0; i < tile.length; i++) {
            double ia = (tile[i] >>> 24) / 255.0;
            double oa = ia + fa * (1 - ia);
            if (oa == 0) {
                tile[i] = 0;
                continue;
            }
            int r = over(ink.red(), ia, background.red(), fa, oa);
            int g = over(ink.green(), ia, background.green(), fa, oa);
            int b = over(ink.blue(), ia, background.blue(), fa, oa);
            tile[i] = ((int) Math.round(oa * 255) << 24) | (r << 16) | (g << 8) | b;
        }
        return tile;
    }

    private static int over(int top, double topAlpha, int bottom, double bottomAlpha, double outAlpha) {
        return (int) Math.round((top * topAlpha + bottom * bottomAlpha * (1 - topAlpha)) / outAlpha);
    }

    /** Whether a point whose x + y (or x - y) is {@code k} lies within half a line width of a grid line. */
    private static boolean onLine(double k, double spacing) {
        double d = k - Math.floor(k / spacing) * spacing;
        double distance = Math.min(d, spacing - d) / Math.sqrt(2);
        return distance <= LINE_WIDTH / 2;
    }
}
