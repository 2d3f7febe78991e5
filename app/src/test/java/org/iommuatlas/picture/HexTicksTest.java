package org.iommuatlas.picture;

import org.iommuatlas.model.Address;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HexTicksTest {
    private static void assertSpaced(List<HexTicks.Tick> ticks, double min) {
        for (int i = 1; i < ticks.size(); i++) {
            double d = ticks.get(i).y() - ticks.get(i - 1).y();
            assertTrue(d >= min - 1e-6, "ticks " + ticks.get(i - 1).label() + " and " + ticks.get(i).label()
                    + " are " + d + " px apart");
        }
    }

    @Test
    void linearTicksArePowerOfTwoMultiplesWithPlainLowercaseHexLabels() {
        LinearScale s = LinearScale.of(new Viewport(0x40000000L, 0x13fffffffL), 0, 800);
        List<HexTicks.Tick> ticks = HexTicks.ticks(s, 20);
        assertFalse(ticks.isEmpty());
        long step = ticks.get(1).address() - ticks.get(0).address();
        assertEquals(1, Long.bitCount(step), "step " + Address.hex(step) + " is a power of two");
        assertEquals(0x8000000L, step); // 4 GiB over 800 px, 20 px apart: 100 MiB -> 128 MiB
        assertEquals("0x40000000", ticks.get(0).label());
        for (HexTicks.Tick t : ticks) {
            assertEquals(Address.hex(t.address()), t.label());
            assertTrue(t.label().matches("0x[0-9a-f]+"), t.label());
            assertEquals(0, t.address() % step);
        }
        assertSpaced(ticks, 20);
    }

    @Test
    void zoomingInPicksASmallerStep() {
        LinearScale wide = LinearScale.of(new Viewport(0, 0xffffffffL), 0, 800);
        LinearScale narrow = LinearScale.of(new Viewport(0xfee00000L, 0xfeefffffL), 0, 800);
        List<HexTicks.Tick> w = HexTicks.ticks(wide, 20);
        List<HexTicks.Tick> n = HexTicks.ticks(narrow, 20);
        long wideStep = w.get(1).address() - w.get(0).address();
        long narrowStep = n.get(1).address() - n.get(0).address();
        assertEquals(0x8000000L, wideStep);
        assertEquals(0x8000L, narrowStep);
        assertEquals("0xfee00000", n.get(0).label());
    }

    @Test
    void theWholeSpaceGetsTicksUpToTheTopWithoutWrapping() {
        LinearScale s = LinearScale.of(Viewport.FULL, 0, 900);
        List<HexTicks.Tick> ticks = HexTicks.ticks(s, 24);
        assertEquals("0x0", ticks.get(0).label());
        assertTrue(ticks.size() >= 16 && ticks.size() <= 38, ticks.size() + " ticks");
        assertSpaced(ticks, 24);
        for (int i = 1; i < ticks.size(); i++) {
            assertTrue(Address.lessThan(ticks.get(i - 1).address(), ticks.get(i).address()));
        }
    }

    @Test
    void foldedTicksNeverCollideAndPreferItemBoundaries() {
        long[] s = {0x40000000L, 0xfee00000L, 0xfd00000000L};
        long[] l = {0x13fffffffL, 0xfeefffffL, 0xffffffffffL};
        FoldedScale scale = new FoldedScale(FoldedAxis.build(s, l, 3), Viewport.FULL, 0, 700);
        List<HexTicks.Tick> ticks = HexTicks.ticks(scale, 22, new long[] {0xfee00000L, 0xfef00000L});
        assertSpaced(ticks, 22);
        assertTrue(ticks.stream().anyMatch(t -> t.label().equals("0xfee00000")));
        assertTrue(ticks.stream().noneMatch(t -> scale.inBreak(t.address()) && !isBreakStart(scale, t.address())));
    }

    private static boolean isBreakStart(AxisScale scale, long a) {
        return scale.breaks().stream().anyMatch(b -> b.start() == a);
    }

    @Test
    void roundestPicksTheAddressWithMostTrailingZeros() {
        assertEquals(4L, HexTicks.roundest(3, 5));
        assertEquals(0x100000000L, HexTicks.roundest(0xfee00000L, 0x13fffffffL));
        assertEquals(0xfee00000L, HexTicks.roundest(0xfed00001L, 0xfee7ffffL));
        assertEquals(0L, HexTicks.roundest(0, Address.MAX));
        assertEquals(0x8000000000000000L, HexTicks.roundest(1, Address.MAX));
        assertEquals(7L, HexTicks.roundest(7, 7));
    }
}
