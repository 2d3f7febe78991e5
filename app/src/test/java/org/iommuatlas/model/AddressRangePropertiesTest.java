package org.iommuatlas.model;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.BitSet;
import java.util.Optional;

import static org.iommuatlas.model.RandomAddresses.TWO_64;
import static org.iommuatlas.model.RandomAddresses.big;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * AddressRange against BigInteger and against brute force: in a window of 64 addresses placed at
 * 0, across 2^63 and at the very top of the space, every address of two random ranges is
 * enumerated, so overlap, containment and intersection are checked as sets (issue #5).
 */
class AddressRangePropertiesTest {
    private static final long SEED = 0xa11a5_2026L;
    private static final int CASES = 20_000;
    private static final int WINDOW = 64;
    /** Windows touching 0, straddling 2^63, and ending at 0xffffffffffffffff. */
    private static final long[] WINDOW_BASES = {0L, Long.MAX_VALUE - WINDOW / 2, Address.MAX - (WINDOW - 1)};

    @Test
    void ofSizeAgreesWithBigIntegerAndRefusesPassingTwoToTheSixtyFour() {
        RandomAddresses r = new RandomAddresses(SEED);
        for (int i = 0; i < CASES; i++) {
            long start = r.next();
            long size = r.next();
            String what = Address.hex(start) + " size " + Address.hex(size);
            BigInteger end = big(start).add(big(size));
            if (size == 0 || end.compareTo(TWO_64) > 0) {
                assertThrows(IllegalArgumentException.class, () -> AddressRange.ofSize(start, size), what);
                continue;
            }
            AddressRange range = AddressRange.ofSize(start, size);
            assertEquals(end.subtract(BigInteger.ONE), big(range.last()), what);
            assertEquals(big(size), range.sizeBig(), what);
            assertEquals(size, range.size(), what);
            assertEquals(end.equals(TWO_64) ? Optional.empty() : Optional.of(start + size), range.end(), what);
        }
    }

    @Test
    void constructorRefusesExactlyTheReversedRanges() {
        RandomAddresses r = new RandomAddresses(SEED + 1);
        for (int i = 0; i < CASES; i++) {
            long a = r.next();
            long b = r.next();
            if (big(b).compareTo(big(a)) < 0) {
                assertThrows(IllegalArgumentException.class, () -> AddressRange.of(a, b));
            } else {
                AddressRange range = AddressRange.of(a, b);
                assertEquals(big(b).subtract(big(a)).add(BigInteger.ONE), range.sizeBig());
            }
        }
    }

    @Test
    void onlyTheWholeSpaceHasNoLongSize() {
        assertEquals(TWO_64, AddressRange.FULL.sizeBig());
        assertThrows(ArithmeticException.class, AddressRange.FULL::size);
        assertEquals(Address.MAX, AddressRange.of(1, Address.MAX).size());
        assertEquals(Address.MAX, AddressRange.of(0, Address.MAX - 1).size());
        assertEquals("16 EiB", Sizes.exact(AddressRange.FULL));
    }

    @Test
    void overlapContainmentAndIntersectionMatchBruteForceNearZeroTwoToTheSixtyThreeAndTheTop() {
        RandomAddresses r = new RandomAddresses(SEED + 2);
        for (long base : WINDOW_BASES) {
            for (int i = 0; i < CASES / WINDOW_BASES.length; i++) {
                BitSet sa = offsetsInWindow(r);
                BitSet sb = offsetsInWindow(r);
                AddressRange a = rangeOf(sa, base);
                AddressRange b = rangeOf(sb, base);
                BitSet both = (BitSet) sa.clone();
                both.and(sb);
                String what = a + " and " + b;

                assertEquals(!both.isEmpty(), a.overlaps(b), what);
                assertEquals(a.overlaps(b), b.overlaps(a), what);
                assertEquals(!both.isEmpty(), AddressRange.overlaps(a.start(), a.last(), b.start(), b.last()), what);
                assertEquals(both.equals(sb), a.contains(b), what);
                assertEquals(both.isEmpty() ? Optional.empty() : Optional.of(rangeOf(both, base)),
                        a.intersection(b), what);

                BitSet union = (BitSet) sa.clone();
                union.or(sb);
                boolean contiguous = union.nextClearBit(union.nextSetBit(0)) > union.previousSetBit(WINDOW - 1);
                assertEquals(contiguous, a.overlapsOrAbuts(b), what);

                int offset = r.nextInt(WINDOW);
                assertEquals(sa.get(offset), a.contains(base + offset), what + " contains +" + offset);
            }
        }
    }

    @Test
    void rangesEndingAtTheTopNeverAbutPastIt() {
        AddressRange top = AddressRange.of(Address.MAX - 0xfff, Address.MAX);
        AddressRange bottom = AddressRange.of(0, 0xfff);
        assertFalse(top.overlapsOrAbuts(bottom), "the space does not wrap from 2^64 - 1 to 0");
        assertFalse(bottom.overlapsOrAbuts(top));
        assertTrue(top.overlapsOrAbuts(AddressRange.of(0, Address.MAX - 0x1000)));
        assertEquals(Optional.empty(), top.end());
        assertEquals(Optional.of(0x1000L), bottom.end());
    }

    @Test
    void orderingIsByUnsignedStartThenUnsignedLast() {
        RandomAddresses r = new RandomAddresses(SEED + 3);
        for (int i = 0; i < CASES; i++) {
            AddressRange a = anyRange(r);
            AddressRange b = anyRange(r);
            int expected = big(a.start()).compareTo(big(b.start()));
            if (expected == 0) {
                expected = big(a.last()).compareTo(big(b.last()));
            }
            assertEquals(Integer.signum(expected), Integer.signum(a.compareTo(b)), a + " vs " + b);
        }
    }

    @Test
    void movedToKeepsTheSizeOrRefusesToPassTheTop() {
        RandomAddresses r = new RandomAddresses(SEED + 4);
        for (int i = 0; i < CASES; i++) {
            AddressRange a = anyRange(r);
            if (a.equals(AddressRange.FULL)) {
                continue;
            }
            long to = r.next();
            if (big(to).add(a.sizeBig()).compareTo(TWO_64) > 0) {
                assertThrows(IllegalArgumentException.class, () -> a.movedTo(to), a + " to " + Address.hex(to));
            } else {
                AddressRange moved = a.movedTo(to);
                assertEquals(to, moved.start());
                assertEquals(a.sizeBig(), moved.sizeBig());
            }
        }
    }

    private static AddressRange anyRange(RandomAddresses r) {
        long a = r.next();
        long b = r.next();
        return AddressRange.of(Address.min(a, b), Address.max(a, b));
    }

    /** The offsets {@code [x, y]} of a random range in the window, as a set: the brute-force side. */
    private static BitSet offsetsInWindow(RandomAddresses r) {
        int x = r.nextInt(WINDOW);
        int y = r.nextInt(WINDOW);
        BitSet set = new BitSet(WINDOW);
        set.set(Math.min(x, y), Math.max(x, y) + 1);
        return set;
    }

    /** The range covering a contiguous set of offsets from {@code base}. */
    private static AddressRange rangeOf(BitSet set, long base) {
        return AddressRange.of(base + set.nextSetBit(0), base + set.previousSetBit(WINDOW - 1));
    }
}
