package org.iommuatlas.picture;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SortedRangesTest {
    /** The order the ranges must come in: start unsigned, larger first on ties, input order on full ties. */
    private static int[] expectedOrder(long[] s, long[] l) {
        Integer[] order = new Integer[s.length];
        for (int i = 0; i < s.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Long.compareUnsigned(s[a], s[b]);
            return c != 0 ? c : Long.compareUnsigned(l[b], l[a]);
        });
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    private static int[] actualOrder(SortedRanges r) {
        int[] out = new int[r.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = r.id(k);
        }
        return out;
    }

    @Test
    void sortsByUnsignedStartLargerFirstAndKeepsInputOrderOnTies() {
        SplittableRandom random = new SplittableRandom(4);
        for (int round = 0; round < 50; round++) {
            int n = random.nextInt(1, 300);
            long[] s = new long[n];
            long[] l = new long[n];
            for (int i = 0; i < n; i++) {
                // Few distinct values, so ties are common; some above 2^63 (negative as signed).
                s[i] = (random.nextInt(8) * 0x1000L) ^ (random.nextBoolean() ? Long.MIN_VALUE : 0);
                l[i] = s[i] + random.nextInt(3) * 0x1000L + 0xfff;
            }
            SortedRanges r = new SortedRanges(s, l);
            assertArrayEquals(expectedOrder(s, l), actualOrder(r), "round " + round);
        }
    }

    @Test
    void alreadySortedInputKeepsItsOrder() {
        long[] s = {0, 0x1000, 0x1000, 0x2000, 0xffff_ffff_ffff_f000L};
        long[] l = {0xfff, 0x2fff, 0x1fff, 0x2fff, -1L};
        assertArrayEquals(new int[]{0, 1, 2, 3, 4}, actualOrder(new SortedRanges(s, l)));
    }

    @Test
    void findsExactlyTheRangesMeetingAWindow() {
        SplittableRandom random = new SplittableRandom(11);
        int n = 2000;
        long[] s = new long[n];
        long[] l = new long[n];
        for (int i = 0; i < n; i++) {
            s[i] = random.nextLong(0, 1L << 40) ^ (random.nextInt(10) == 0 ? Long.MIN_VALUE : 0);
            l[i] = s[i] + random.nextLong(0, 1L << 30);
        }
        SortedRanges r = new SortedRanges(s, l);
        for (int q = 0; q < 200; q++) {
            long from = random.nextLong(0, 1L << 40);
            long to = from + random.nextLong(0, 1L << 32);
            List<Integer> found = new ArrayList<>();
            r.forEachMeeting(from, to, k -> found.add(r.id(k)));
            List<Integer> brute = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                int i = r.id(k);
                if (Long.compareUnsigned(s[i], to) <= 0 && Long.compareUnsigned(from, l[i]) <= 0) {
                    brute.add(i);
                }
            }
            assertEquals(brute, found, "window " + from + ".." + to);
        }
    }
}
