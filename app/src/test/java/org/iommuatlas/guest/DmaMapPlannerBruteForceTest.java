package org.iommuatlas.guest;

import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.GuestArch;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.GuestRegion;
import org.iommuatlas.model.GuestRegionKind;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.SourceRef;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The DMA map plan against address-by-address brute force (issue #5): guest sections drawn in a
 * window of 128 addresses at 0, across 2^63 and at the very top, with a 4-byte "host page" so
 * alignment matters on every draw. Banks, carving overlays and DMA-mapped regions are drawn
 * adjacent, nested and overlapping. The brute force follows the rule the planner documents:
 * each bank minus the carving overlays; each DMA-mapped carving region whole; each other
 * DMA-mapped region minus banks and overlays; every contiguous piece aligned inward to pages.
 */
class DmaMapPlannerBruteForceTest {
    private static final int WINDOW = 128;
    private static final long PAGE = 4;
    private static final long[] BASES = {0L, Long.MAX_VALUE - WINDOW / 2 + 1, -WINDOW};
    private static final int ROUNDS = 1500;
    private static final SourceRef SRC = SourceRef.preset("brute-force");

    private record Expected(long iova, long size, String name) {
    }

    @Test
    void plannedMapsAreThePageAlignedPiecesOfEverySectionInAddressOrder() {
        Random random = new Random(0xd3a_3a9L);
        for (long base : BASES) {
            for (int round = 0; round < ROUNDS; round++) {
                List<int[]> bankSpans = spans(random, 1 + random.nextInt(3));
                List<int[]> regionSpans = spans(random, random.nextInt(4));
                List<RamBank> banks = new ArrayList<>();
                for (int i = 0; i < bankSpans.size(); i++) {
                    int[] s = bankSpans.get(i);
                    banks.add(new RamBank("bank" + i, "ram" + i, base + s[0], s[1] - s[0] + 1L, SRC));
                }
                List<GuestRegion> regions = new ArrayList<>();
                boolean[] carves = new boolean[regionSpans.size()];
                boolean[] mapped = new boolean[regionSpans.size()];
                for (int i = 0; i < regionSpans.size(); i++) {
                    int[] s = regionSpans.get(i);
                    carves[i] = random.nextBoolean();
                    mapped[i] = random.nextBoolean();
                    regions.add(new GuestRegion("region" + i, base + s[0], base + s[1], GuestRegionKind.MMIO,
                            carves[i], mapped[i], SRC));
                }
                GuestLayout layout = new GuestLayout("window", GuestArch.X86_64, "", banks, regions, false, 0, false);

                BitSet carved = new BitSet(WINDOW);
                BitSet banked = new BitSet(WINDOW);
                for (int i = 0; i < regionSpans.size(); i++) {
                    if (carves[i]) {
                        carved.set(regionSpans.get(i)[0], regionSpans.get(i)[1] + 1);
                    }
                }
                for (int[] s : bankSpans) {
                    banked.set(s[0], s[1] + 1);
                }
                List<Expected> expected = new ArrayList<>();
                for (int i = 0; i < bankSpans.size(); i++) {
                    BitSet visible = bits(bankSpans.get(i));
                    visible.andNot(carved);
                    addAlignedRuns(expected, visible, base, "ram" + i);
                }
                for (int i = 0; i < regionSpans.size(); i++) {
                    if (!mapped[i]) {
                        continue;
                    }
                    BitSet visible = bits(regionSpans.get(i));
                    if (!carves[i]) {
                        visible.andNot(carved);
                        visible.andNot(banked);
                    }
                    addAlignedRuns(expected, visible, base, "region" + i);
                }
                expected.sort(Comparator.comparing(Expected::iova, Long::compareUnsigned));

                List<Expected> got = new ArrayList<>();
                for (DmaMap m : DmaMapPlanner.plan(layout, PAGE)) {
                    got.add(new Expected(m.iova(), m.size(), m.regionName()));
                }
                assertEquals(expected, got, "base " + Long.toHexString(base) + " round " + round + " banks "
                        + spansText(bankSpans) + " regions " + spansText(regionSpans));
            }
        }
    }

    /** {@code n} spans in the window; after the first, each is adjacent to, inside, or across another. */
    private static List<int[]> spans(Random random, int n) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int from;
            int to;
            int[] other = out.isEmpty() ? null : out.get(random.nextInt(out.size()));
            int shape = other == null ? 0 : random.nextInt(4);
            if (shape == 1 && other[1] + 1 < WINDOW) {
                from = other[1] + 1;
                to = Math.min(WINDOW - 1, from + random.nextInt(20));
            } else if (shape == 2) {
                from = other[0] + random.nextInt(other[1] - other[0] + 1);
                to = from + random.nextInt(other[1] - from + 1);
            } else {
                from = random.nextInt(WINDOW);
                to = Math.min(WINDOW - 1, from + random.nextInt(48));
            }
            out.add(new int[] {from, to});
        }
        return out;
    }

    private static BitSet bits(int[] span) {
        BitSet b = new BitSet(WINDOW);
        b.set(span[0], span[1] + 1);
        return b;
    }

    /** Each maximal run, start aligned up and end aligned down to the page, when a page is left. */
    private static void addAlignedRuns(List<Expected> out, BitSet set, long base, String name) {
        for (int from = set.nextSetBit(0); from >= 0; ) {
            int to = set.nextClearBit(from) - 1;
            // base is page aligned, so offsets align like addresses.
            long alignedFrom = (from + PAGE - 1) / PAGE * PAGE;
            long alignedEnd = (to + 1) / PAGE * PAGE;
            if (alignedFrom < alignedEnd) {
                out.add(new Expected(base + alignedFrom, alignedEnd - alignedFrom, name));
            }
            from = set.nextSetBit(to + 1);
        }
    }

    private static String spansText(List<int[]> spans) {
        StringBuilder sb = new StringBuilder();
        for (int[] s : spans) {
            sb.append('[').append(s[0]).append(',').append(s[1]).append(']');
        }
        return sb.toString();
    }
}
