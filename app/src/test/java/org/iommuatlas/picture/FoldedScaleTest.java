package org.iommuatlas.picture;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.Sizes;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FoldedScaleTest {
    private static FoldedAxis axis(long[][] ranges) {
        long[] s = new long[ranges.length];
        long[] l = new long[ranges.length];
        for (int i = 0; i < ranges.length; i++) {
            s[i] = ranges[i][0];
            l[i] = ranges[i][1];
        }
        return FoldedAxis.build(s, l, ranges.length);
    }

    private static FoldedAxis sevenA() {
        return axis(new long[][] {{0x40000000L, 0x13fffffffL}, {0xfee00000L, 0xfeefffffL},
                {0xfd00000000L, 0xffffffffffL}});
    }

    @Test
    void aFourKibRegionGetsVisibleHeightNextToATebibyteHole() {
        long page = 0x10000000000L; // 1 TiB of nothing below it, then a 4 KiB region, then a 1 TiB region
        FoldedAxis a = axis(new long[][] {{page, page + 0xfff}, {0x30000000000L, 0x3ffffffffffL}});
        FoldedScale s = new FoldedScale(a, Viewport.FULL, 0, 900);
        double pageHeight = s.yEnd(page + 0xfff) - s.y(page);
        assertTrue(pageHeight >= 8, "4 KiB region is " + pageHeight + " px");
        double tib = s.yEnd(0x3ffffffffffL) - s.y(0x30000000000L);
        assertTrue(tib > pageHeight, "a 1 TiB region is still taller than a 4 KiB one");
    }

    @Test
    void theTopAddressMapsToTheBottomEdge() {
        FoldedScale s = new FoldedScale(sevenA(), Viewport.FULL, 40, 800);
        assertEquals(40.0, s.y(0));
        assertEquals(840.0, s.yEnd(Address.MAX));
        assertEquals(840.0, s.y(Address.MAX), 1e-6);
        assertEquals(Address.MAX, s.addressAt(840));
    }

    @Test
    void monotonicOverRandomAddressesAndRandomItems() {
        Random r = new Random(7);
        int n = 2000;
        long[] s = new long[n];
        long[] l = new long[n];
        for (int i = 0; i < n; i++) {
            s[i] = r.nextLong();
            long size = 1L << (12 + r.nextInt(30));
            l[i] = Address.lessThan(s[i] + size - 1, s[i]) ? Address.MAX : s[i] + size - 1;
        }
        FoldedScale scale = new FoldedScale(FoldedAxis.build(s, l, n), Viewport.FULL, 0, 1000);
        long[] probes = new long[20000];
        for (int i = 0; i < probes.length; i++) {
            probes[i] = r.nextLong();
        }
        probes[0] = 0;
        probes[1] = Address.MAX;
        long[] sorted = FoldedAxis.sortedUniqueUnsigned(probes, probes.length);
        double previous = -1;
        for (long p : sorted) {
            double y = scale.y(p);
            assertTrue(y >= previous, "y(" + Address.hex(p) + ") = " + y + " is above the previous " + previous);
            assertTrue(scale.yEnd(p) >= y);
            previous = y;
        }
    }

    @Test
    void addressAtFindsTheByteUnderEveryPixelRow() {
        FoldedScale s = new FoldedScale(sevenA(), Viewport.FULL, 0, 900);
        for (double p = 0.5; p < 900; p += 1) {
            long a = s.addressAt(p);
            assertTrue(s.y(a) <= p + 1e-6 && s.yEnd(a) >= p - 1e-6,
                    "pixel " + p + " -> " + Address.hex(a) + " spans " + s.y(a) + ".." + s.yEnd(a));
        }
    }

    @Test
    void largeEmptyStretchesFoldIntoBreaksWithTheirRealSize() {
        FoldedAxis a = sevenA();
        Break gap = a.breaks().stream().filter(b -> b.start() == 0x140000000L).findFirst().orElseThrow();
        assertEquals(0xfcffffffffL, gap.last());
        assertEquals("1007 GiB", gap.sizeLabel()); // 0xfbc0000000 bytes, exactly 1007 GiB
        assertTrue(a.isFolded(0x8000000000L));
        assertFalse(a.isFolded(0xfee00000L));
        assertFalse(a.isFolded(0x1000L), "the 1 GiB below RAM is too small to fold");
    }

    @Test
    void zoomingOnTheMsiWindowStretchesItOverTheWholeBand() {
        FoldedScale s = new FoldedScale(sevenA(), new Viewport(0xfee00000L, 0xfeefffffL), 100, 500);
        assertEquals(100.0, s.y(0xfee00000L));
        assertEquals(600.0, s.yEnd(0xfeefffffL));
        assertEquals(350.0, s.y(0xfee80000L), 1e-6); // linear inside one piece
    }

    @Test
    void axisBuiltFromAHundredThousandRegionsStaysMonotonic() {
        int n = 100_000;
        long[] s = new long[n];
        long[] l = new long[n];
        for (int i = 0; i < n; i++) {
            s[i] = 0x100000000L + (long) i * 0x2000;
            l[i] = s[i] + 0xfff;
        }
        FoldedAxis a = FoldedAxis.build(s, l, n);
        assertEquals(2 * n + 1, a.pieceCount()); // 0, then each start and end+1
        FoldedScale scale = new FoldedScale(a, Viewport.FULL, 0, 900);
        double previous = -1;
        for (int i = 0; i < n; i += 97) {
            double y = scale.y(s[i]);
            assertTrue(y > previous);
            previous = y;
        }
    }

    @Test
    void anAxisWithNothingOnItIsOnePieceAndNoBreak() {
        FoldedAxis a = FoldedAxis.build(new long[0], new long[0], 0);
        assertEquals(1, a.pieceCount());
        assertTrue(a.breaks().isEmpty());
        FoldedScale s = new FoldedScale(a, Viewport.FULL, 0, 100);
        assertEquals(50.0, s.y(0x8000000000000000L), 1e-9);
    }

    @Test
    void sortingTreatsAddressesAsUnsigned() {
        long[] v = {Address.MAX, 0, 0x8000000000000000L, 5, 0x7fffffffffffffffL, 5};
        assertTrue(Arrays.equals(new long[] {0, 5, 0x7fffffffffffffffL, 0x8000000000000000L, Address.MAX},
                FoldedAxis.sortedUniqueUnsigned(v, v.length)));
    }

    @Test
    void doubleToUnsignedSaturatesAndCrossesTheSignBit() {
        assertEquals(0L, UnsignedPixels.toUnsigned(-3));
        assertEquals(0L, UnsignedPixels.toUnsigned(Double.NaN));
        assertEquals(Address.MAX, UnsignedPixels.toUnsigned(1e30));
        assertEquals(0x8000000000000000L, UnsignedPixels.toUnsigned(9.223372036854775808E18));
        assertEquals(Sizes.GIB, UnsignedPixels.toUnsigned(1073741824.7));
    }
}
