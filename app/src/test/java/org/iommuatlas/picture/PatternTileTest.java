package org.iommuatlas.picture;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatternTileTest {
    private static final Rgb INK = Rgb.of(10, 20, 30);

    private static int alpha(int[] tile, int n, int x, int y) {
        return tile[y * n + x] >>> 24;
    }

    /** Fraction of the tile the ink covers (alpha-weighted). */
    private static double coverage(int[] tile) {
        double sum = 0;
        for (int p : tile) {
            sum += (p >>> 24) / 255.0;
        }
        return sum / tile.length;
    }

    @Test
    void aTileIsSpacingUnitsSquareAtTheScale() {
        assertEquals(7, PatternTile.pixels(1));
        assertEquals(28, PatternTile.pixels(4));
        assertEquals(28 * 28, PatternTile.argb(Pattern.DOTS, INK, 4).length);
    }

    @Test
    void aForwardHatchInksTheAntiDiagonalAndLeavesTheCellsBetweenClear() {
        int scale = 4;
        int n = PatternTile.pixels(scale);
        int[] tile = PatternTile.argb(Pattern.HATCH_FORWARD, INK, scale);
        // x + y = 7 units: pixel (n/2, n/2 - 1) straddles it.
        assertTrue(alpha(tile, n, n / 2, n / 2 - 1) > 200, "on the line");
        // x + y = 3.5 units (half way between two lines), 2.5 units from each.
        assertEquals(0, alpha(tile, n, n / 4, n / 4), "between the lines");
        // The ink's colour, not premultiplied.
        assertEquals(0x0a141e, tile[(n / 2 - 1) * n + n / 2] & 0xffffff);
        // A 1.2-unit line crossing a 7-unit cell diagonally covers 1.2 * sqrt(2) / 7 of it.
        assertEquals(1.2 * Math.sqrt(2) / 7, coverage(tile), 0.02);
    }

    @Test
    void aBackwardHatchIsTheMirrorOfTheForwardOne() {
        int n = PatternTile.pixels(4);
        int[] forward = PatternTile.argb(Pattern.HATCH_FORWARD, INK, 4);
        int[] backward = PatternTile.argb(Pattern.HATCH_BACKWARD, INK, 4);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                assertEquals(forward[y * n + x], backward[y * n + (n - 1 - x)], "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void crossHatchCoversBothDiagonals() {
        int[] cross = PatternTile.argb(Pattern.CROSS_HATCH, INK, 4);
        // Two lines minus where they cross.
        double one = 1.2 * Math.sqrt(2) / 7;
        assertEquals(2 * one - 1.2 * 1.2 * 2 / 49, coverage(cross), 0.03);
    }

    @Test
    void dotsSitInTheMiddleOfEachCell() {
        int n = PatternTile.pixels(4);
        int[] tile = PatternTile.argb(Pattern.DOTS, INK, 4);
        assertEquals(255, alpha(tile, n, n / 2, n / 2));
        assertEquals(0, alpha(tile, n, 0, 0));
        assertEquals(Math.PI * 1.3 * 1.3 / 49, coverage(tile), 0.02);
    }

    @Test
    void theInksAlphaScalesTheCoverage() {
        int n = PatternTile.pixels(4);
        int[] half = PatternTile.argb(Pattern.DOTS, INK.withAlpha(128), 4);
        assertEquals(128, alpha(half, n, n / 2, n / 2));
    }

    @Test
    void aTileOverABackgroundIsTheSameAsFillingThenPatterning() {
        Rgb background = Rgb.of(200, 120, 40).withAlpha(150);
        Rgb ink = INK.withAlpha(200);
        int n = PatternTile.pixels(4);
        int[] over = PatternTile.argbOver(Pattern.CROSS_HATCH, ink, background, 4);
        // Java2D's source-over of the fill and then the pattern tile, on a transparent image.
        java.awt.image.BufferedImage twoPasses = new java.awt.image.BufferedImage(n, n,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = twoPasses.createGraphics();
        g.setColor(new java.awt.Color(background.red(), background.green(), background.blue(), background.alpha()));
        g.fillRect(0, 0, n, n);
        java.awt.image.BufferedImage tile = new java.awt.image.BufferedImage(n, n,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        tile.setRGB(0, 0, n, n, PatternTile.argb(Pattern.CROSS_HATCH, ink, 4), 0, n);
        g.drawImage(tile, 0, 0, null);
        g.dispose();
        for (int i = 0; i < over.length; i++) {
            int expected = twoPasses.getRGB(i % n, i / n);
            for (int shift = 0; shift < 32; shift += 8) {
                int a = (over[i] >>> shift) & 0xff;
                int b = (expected >>> shift) & 0xff;
                assertTrue(Math.abs(a - b) <= 2, "pixel " + i + " channel " + shift + ": " + a + " vs " + b);
            }
        }
        // Between the lines (x + y = 3.5 and x - y = 3.5 units: pixel (n/2, 0)) the background shows as it is.
        assertEquals(background.argb(), over[n / 2]);
    }

    @Test
    void solidAndOutlineHaveNoTile() {
        assertThrows(IllegalArgumentException.class, () -> PatternTile.argb(Pattern.SOLID, INK, 1));
        assertThrows(IllegalArgumentException.class, () -> PatternTile.argb(Pattern.DASHED_OUTLINE, INK, 1));
    }
}
