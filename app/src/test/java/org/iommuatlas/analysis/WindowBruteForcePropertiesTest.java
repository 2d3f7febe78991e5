package org.iommuatlas.analysis;

import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ReservedIndex and IovaRanges against address-by-address brute force (issue #5). Every region
 * and query lies in a window of 96 addresses placed at 0, across 2^63 and at the top of the
 * space, so the brute force can enumerate each address. Regions are drawn to be adjacent (one
 * ends where the next begins), nested, duplicated and of every ReservedType, which is where an
 * interval tree or a subtraction goes wrong.
 */
class WindowBruteForcePropertiesTest {
    private static final int WINDOW = 96;
    private static final long[] BASES = {0L, Long.MAX_VALUE - WINDOW / 2, -WINDOW};
    private static final int ROUNDS = 1500;
    private static final ReservedType[] TYPES = ReservedType.values();

    /** One region as offsets into the window, kept beside the model object for the brute force. */
    private record Drawn(int from, int to, ReservedRegion region) {
    }

    @Test
    void overlappingFirstBlockingAndAnyBlockingMatchBruteForce() {
        Random random = new Random(0xb207eL);
        for (long base : BASES) {
            for (int round = 0; round < ROUNDS; round++) {
                List<Drawn> drawn = drawRegions(random, base);
                ReservedIndex index = ReservedIndex.of(regionsOf(drawn));
                for (int q = 0; q < 8; q++) {
                    int a = random.nextInt(WINDOW);
                    int b = a + random.nextInt(Math.min(WINDOW - a, 1 + random.nextInt(24)));
                    long start = base + a;
                    long last = base + b;
                    String where = "base " + Long.toHexString(base) + " round " + round + " query [" + a + ", " + b + "] of "
                            + drawn;

                    List<ReservedRegion> expected = new ArrayList<>();
                    for (Drawn d : drawn) {
                        if (d.from <= b && a <= d.to) {
                            expected.add(d.region);
                        }
                    }
                    List<ReservedRegion> got = index.overlapping(start, last);
                    assertEquals(sortedKernelOrder(expected), sortedKernelOrder(got), where);
                    for (int i = 1; i < got.size(); i++) {
                        assertTrue(Long.compareUnsigned(got.get(i - 1).start(), got.get(i).start()) <= 0,
                                "overlapping() not in start order: " + where);
                    }

                    Optional<ReservedRegion> firstBlocking = expected.stream()
                            .filter(r -> r.type().excludedFromIova())
                            .min(ReservedIndex.KERNEL_ORDER);
                    assertEquals(firstBlocking.map(ReservedRegion::start), index.firstBlocking(start, last)
                            .map(ReservedRegion::start), where);
                    assertEquals(firstBlocking.isPresent(), index.anyBlocking(start, last), where);
                }
            }
        }
    }

    @Test
    void type1UsableRangesAreTheApertureAddressesNoExcludedRegionCovers() {
        Random random = new Random(0x10fa1L);
        for (long base : BASES) {
            for (int round = 0; round < ROUNDS; round++) {
                List<Drawn> drawn = drawRegions(random, base);
                int apFrom = random.nextInt(WINDOW / 4);
                int apTo = WINDOW - 1 - random.nextInt(WINDOW / 4);
                AddressRange aperture = AddressRange.of(base + apFrom, base + apTo);

                BitSet usable = new BitSet(WINDOW);
                usable.set(apFrom, apTo + 1);
                for (Drawn d : drawn) {
                    if (d.region.type() != ReservedType.DIRECT_RELAXABLE) {
                        usable.clear(d.from, d.to + 1);
                    }
                }
                List<AddressRange> expected = runs(usable, base);
                List<AddressRange> got = IovaRanges.type1(aperture, regionsOf(drawn));
                String where = "base " + Long.toHexString(base) + " round " + round + " aperture " + aperture + " "
                        + drawn;
                assertEquals(expected, got, where);
                assertEquals(expected.isEmpty(), IovaRanges.type1AttachFails(got), where);
            }
        }
    }

    /** Up to 10 regions; about half are adjacent to or nested in one drawn before them. */
    private static List<Drawn> drawRegions(Random random, long base) {
        int n = random.nextInt(11);
        List<Drawn> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int from;
            int to;
            Drawn other = out.isEmpty() ? null : out.get(random.nextInt(out.size()));
            int shape = other == null ? 0 : random.nextInt(4);
            if (shape == 1 && other.to + 1 < WINDOW) {
                from = other.to + 1;                                   // adjacent after
                to = Math.min(WINDOW - 1, from + random.nextInt(12));
            } else if (shape == 2 && other.from > 0) {
                to = other.from - 1;                                   // adjacent before
                from = Math.max(0, to - random.nextInt(12));
            } else if (shape == 3) {
                from = other.from + random.nextInt(other.to - other.from + 1); // nested or equal
                to = from + random.nextInt(other.to - from + 1);
            } else {
                from = random.nextInt(WINDOW);
                to = Math.min(WINDOW - 1, from + random.nextInt(random.nextBoolean() ? 4 : 40));
            }
            ReservedType type = TYPES[random.nextInt(TYPES.length)];
            out.add(new Drawn(from, to, Fixtures.region(base + from, base + to, type, 1 + random.nextInt(2))));
        }
        return out;
    }

    private static List<ReservedRegion> regionsOf(List<Drawn> drawn) {
        return drawn.stream().map(Drawn::region).toList();
    }

    private static List<ReservedRegion> sortedKernelOrder(List<ReservedRegion> regions) {
        List<ReservedRegion> copy = new ArrayList<>(regions);
        copy.sort(ReservedIndex.KERNEL_ORDER.thenComparing(ReservedRegion::group));
        return copy;
    }

    /** Maximal runs of set bits as address ranges from {@code base}. */
    private static List<AddressRange> runs(BitSet set, long base) {
        List<AddressRange> out = new ArrayList<>();
        for (int from = set.nextSetBit(0); from >= 0; ) {
            int to = set.nextClearBit(from) - 1;
            out.add(AddressRange.of(base + from, base + to));
            from = set.nextSetBit(to + 1);
        }
        return out;
    }
}
