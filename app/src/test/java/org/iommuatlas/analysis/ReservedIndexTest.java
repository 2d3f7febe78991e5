package org.iommuatlas.analysis;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.iommuatlas.analysis.Fixtures.region;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReservedIndexTest {

    @Test
    void emptyIndexFindsNothing() {
        ReservedIndex index = ReservedIndex.of(List.of());
        assertTrue(index.overlapping(0, Address.MAX).isEmpty());
        assertTrue(index.firstBlocking(0, Address.MAX).isEmpty());
        assertEquals(0, index.size());
    }

    @Test
    void overlappingUsesInclusiveEndsAndReturnsStartOrder() {
        ReservedRegion ht = region(0xfd00000000L, 0xffffffffffL, ReservedType.RESERVED, 12);
        ReservedRegion msi = region(0xfee00000L, 0xfeefffffL, ReservedType.MSI, 12);
        ReservedIndex index = ReservedIndex.of(List.of(ht, msi));
        // virt 4 GiB RAM [0x40000000, 0x13fffffff] meets msi, not HT.
        assertEquals(List.of(msi), index.overlapping(0x40000000L, 0x13fffffffL));
        // touching the last byte counts, the byte after does not
        assertEquals(List.of(msi), index.overlapping(0xfeefffffL, 0xfeefffffL));
        assertTrue(index.overlapping(0xfef00000L, 0xfcffffffffL).isEmpty());
        assertEquals(List.of(msi, ht), index.overlapping(0, Address.MAX));
    }

    @Test
    void nestedAndAdjacentRegionsAreAllReported() {
        ReservedRegion outer = region(0x1000, 0xffff, ReservedType.RESERVED, 1);
        ReservedRegion inner = region(0x2000, 0x2fff, ReservedType.DIRECT, 1);
        ReservedRegion adjacent = region(0x10000, 0x10fff, ReservedType.MSI, 1);
        ReservedIndex index = ReservedIndex.of(List.of(adjacent, inner, outer));
        assertEquals(List.of(outer, inner), index.overlapping(0x2800, 0x2800));
        assertEquals(List.of(outer, adjacent), index.overlapping(0xffff, 0x10000));
        assertEquals(List.of(adjacent), index.overlapping(0x10000, 0x10000));
    }

    @Test
    void regionsAbove2To63AndAtTheTopOfTheSpaceWork() {
        ReservedRegion high = region(0x8000000000000000L, 0x80000000000fffffL, ReservedType.RESERVED, 2);
        ReservedRegion top = region(0xfffffffffffff000L, 0xffffffffffffffffL, ReservedType.MSI, 2);
        ReservedRegion low = region(0x1000, 0x1fff, ReservedType.RESERVED, 2);
        ReservedIndex index = ReservedIndex.of(List.of(top, high, low));
        assertEquals(List.of(low, high, top), index.regions());
        assertEquals(List.of(high), index.overlapping(0x7fffffffffffffffL, 0x8000000000000000L));
        assertEquals(List.of(top), index.overlapping(Address.MAX, Address.MAX));
        assertEquals(List.of(high, top), index.overlapping(0x8000000000000000L, Address.MAX));
        assertTrue(index.overlapping(0x2000, 0x7fffffffffffffffL).isEmpty());
        assertEquals(top, index.firstBlocking(0x9000000000000000L, Address.MAX).orElseThrow());
    }

    @Test
    void firstBlockingSkipsRelaxableRegions() {
        ReservedRegion usb = region(0x71155000L, 0x71174fffL, ReservedType.DIRECT_RELAXABLE, 4);
        ReservedRegion msi = region(0xfee00000L, 0xfeefffffL, ReservedType.MSI, 4);
        ReservedIndex index = ReservedIndex.of(List.of(usb, msi));
        assertEquals(msi, index.firstBlocking(0, Address.MAX).orElseThrow());
        assertTrue(index.firstBlocking(0, 0xfedfffffL).isEmpty());
        assertFalse(index.anyBlocking(0x71155000L, 0x71155000L));
        assertEquals(List.of(usb), index.overlapping(0x71155000L, 0x71155000L));
    }

    @Test
    void aQueryWithItsEndBelowItsStartIsRefused() {
        ReservedIndex index = ReservedIndex.of(List.of());
        assertThrows(IllegalArgumentException.class, () -> index.overlapping(0x2000, 0x1000));
    }

    @Test
    void agreesWithAPlainScanOnRandomRegions() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(300);
            List<ReservedRegion> regions = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long start = randomAddress(random);
                long length = random.nextInt(4) == 0 ? random.nextLong() >>> random.nextInt(64) : random.nextInt(0x10000);
                long last = Address.lessThan(start + length, start) ? Address.MAX : start + length;
                ReservedType type = ReservedType.values()[random.nextInt(ReservedType.values().length)];
                regions.add(region(start, last, type, i % 7));
            }
            ReservedIndex index = ReservedIndex.of(regions);
            for (int q = 0; q < 50; q++) {
                long a = randomAddress(random);
                long b = random.nextInt(3) == 0 ? randomAddress(random) : a + random.nextInt(0x100000);
                long qs = Address.min(a, b);
                long ql = Address.max(a, b);
                List<ReservedRegion> expected = new ArrayList<>();
                ReservedRegion firstBlocking = null;
                for (ReservedRegion r : index.regions()) {
                    if (Address.lessOrEqual(r.start(), ql) && Address.lessOrEqual(qs, r.last())) {
                        expected.add(r);
                        if (firstBlocking == null && r.type().excludedFromIova()) {
                            firstBlocking = r;
                        }
                    }
                }
                assertEquals(expected, index.overlapping(qs, ql));
                assertEquals(firstBlocking, index.firstBlocking(qs, ql).orElse(null));
            }
        }
    }

    @Test
    void agreesWithAPlainScanOnAHundredThousandRegions() {
        Random random = new Random(7);
        List<ReservedRegion> regions = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            long start = random.nextLong() & ~0xfffL;
            long length = random.nextInt(100) == 0 ? random.nextLong() >>> 8 : random.nextInt(1 << 24);
            long last = Address.lessThan(start + length, start) ? Address.MAX : start + length;
            regions.add(region(start, last, ReservedType.values()[i % 5], i % 64));
        }
        ReservedIndex index = ReservedIndex.of(regions);
        List<ReservedRegion> sorted = index.regions();
        for (int q = 0; q < 100; q++) {
            long qs = random.nextLong();
            long ql = Address.lessThan(qs + (1L << 30), qs) ? Address.MAX : qs + (1L << 30);
            List<ReservedRegion> expected = new ArrayList<>();
            for (ReservedRegion r : sorted) {
                if (Address.lessOrEqual(r.start(), ql) && Address.lessOrEqual(qs, r.last())) {
                    expected.add(r);
                }
            }
            assertEquals(expected, index.overlapping(qs, ql));
            assertEquals(expected.stream().filter(r -> r.type().excludedFromIova()).findFirst(),
                    index.firstBlocking(qs, ql));
        }
    }

    /** Addresses clustered near a few interesting bases, including above 2^63 and at the very top. */
    static long randomAddress(Random random) {
        long[] bases = {0, 0xfee00000L, 0xfd00000000L, 0x8000000000000000L, 0xffffffffff000000L};
        return bases[random.nextInt(bases.length)] + (random.nextLong() & 0xffffffL);
    }
}
