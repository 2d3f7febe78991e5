package org.iommuatlas.analysis;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.ReservedRegion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An immutable interval index over reserved regions, built once per region list and queried on
 * every mouse-drag event.
 *
 * <p>Regions are sorted by start (then type, then end) into primitive arrays; a static max-end
 * tree over that order (one {@code long} per node, implicit layout: node {@code k} has children
 * {@code 2k} and {@code 2k+1}) lets a query skip every subtree whose regions all end before the
 * query starts, and a binary search cuts off every region starting after it. Results come out in
 * start order. Building is O(n log n); a query visits O(log n) nodes plus those leading to the k
 * results. Everything is unsigned.
 *
 * <p>Two trees are kept: one over all regions and one over the blocking ones only (every type but
 * direct-relaxable), so "first blocking region" never wades through relaxable ones.
 */
public final class ReservedIndex {
    /** Subtrees this small are scanned linearly: cheaper than descending. */
    private static final int SCAN_WIDTH = 8;

    /** Sort order of the kernel's list: start, then type enum, then end. */
    public static final Comparator<ReservedRegion> KERNEL_ORDER = (a, b) -> {
        int c = Long.compareUnsigned(a.start(), b.start());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.type().ordinal(), b.type().ordinal());
        return c != 0 ? c : Long.compareUnsigned(a.last(), b.last());
    };

    private final ReservedRegion[] sorted;
    private final Tree all;
    private final Tree blocking;

    private ReservedIndex(ReservedRegion[] sorted) {
        this.sorted = sorted;
        this.all = new Tree(sorted, false);
        this.blocking = new Tree(sorted, true);
    }

    public static ReservedIndex of(List<ReservedRegion> regions) {
        ReservedRegion[] array = regions.toArray(new ReservedRegion[0]);
        Arrays.sort(array, KERNEL_ORDER);
        return new ReservedIndex(array);
    }

    public static final ReservedIndex EMPTY = of(List.of());

    public int size() {
        return sorted.length;
    }

    /** The regions in index order (start, type, end). */
    public List<ReservedRegion> regions() {
        return Collections.unmodifiableList(Arrays.asList(sorted));
    }

    /** Every region meeting the inclusive range {@code [start, last]}, in start order. */
    public List<ReservedRegion> overlapping(long start, long last) {
        requireRange(start, last);
        List<ReservedRegion> out = new ArrayList<>(4);
        all.collect(start, last, out);
        return out;
    }

    /** The first region (in start order) meeting {@code [start, last]} whose type is cut out of the IOVA space. */
    public Optional<ReservedRegion> firstBlocking(long start, long last) {
        requireRange(start, last);
        int i = blocking.first(start, last);
        return i < 0 ? Optional.empty() : Optional.of(sorted[i]);
    }

    /** True when some region meeting {@code [start, last]} is cut out of the IOVA space. */
    public boolean anyBlocking(long start, long last) {
        requireRange(start, last);
        return blocking.first(start, last) >= 0;
    }

    private static void requireRange(long start, long last) {
        if (Address.lessThan(last, start)) {
            throw new IllegalArgumentException("query end " + Address.hex(last) + " is below its start "
                    + Address.hex(start));
        }
    }

    /** One max-end tree over a subsequence of the sorted regions. */
    private static final class Tree {
        private final ReservedRegion[] regions;
        /** Position in the shared sorted array of each entry of this tree. */
        private final int[] ids;
        private final long[] starts;
        private final long[] lasts;
        /** maxLast[node]: the highest end in the node's subtree; 0 for padding (neutral under unsigned max). */
        private final long[] maxLast;
        /** Leaves in the implicit tree: a power of two at least the entry count. */
        private final int width;
        private final int count;

        Tree(ReservedRegion[] sorted, boolean blockingOnly) {
            this.regions = sorted;
            int n = 0;
            for (ReservedRegion r : sorted) {
                if (!blockingOnly || r.type().excludedFromIova()) {
                    n++;
                }
            }
            count = n;
            ids = new int[n];
            starts = new long[n];
            lasts = new long[n];
            int k = 0;
            for (int i = 0; i < sorted.length; i++) {
                ReservedRegion r = sorted[i];
                if (!blockingOnly || r.type().excludedFromIova()) {
                    ids[k] = i;
                    starts[k] = r.start();
                    lasts[k] = r.last();
                    k++;
                }
            }
            int w = 1;
            while (w < Math.max(n, 1)) {
                w <<= 1;
            }
            width = w;
            maxLast = new long[2 * w];
            System.arraycopy(lasts, 0, maxLast, w, n);
            for (int node = w - 1; node >= 1; node--) {
                maxLast[node] = Address.max(maxLast[2 * node], maxLast[2 * node + 1]);
            }
        }

        /** Number of entries whose start is at or below {@code address}. */
        private int countStartingAtOrBelow(long address) {
            int lo = 0;
            int hi = count;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (Address.lessOrEqual(starts[mid], address)) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        void collect(long start, long last, List<ReservedRegion> out) {
            int limit = countStartingAtOrBelow(last);
            if (limit > 0) {
                collect(1, 0, width, limit, start, out);
            }
        }

        private void collect(int node, int lo, int span, int limit, long start, List<ReservedRegion> out) {
            if (lo >= limit || Address.lessThan(maxLast[node], start)) {
                return;
            }
            if (span <= SCAN_WIDTH) {
                int hi = Math.min(lo + span, limit);
                for (int i = lo; i < hi; i++) {
                    if (Address.lessOrEqual(start, lasts[i])) {
                        out.add(regions[ids[i]]);
                    }
                }
                return;
            }
            int half = span >>> 1;
            collect(2 * node, lo, half, limit, start, out);
            collect(2 * node + 1, lo + half, half, limit, start, out);
        }

        /** Index into the shared sorted array of the first entry meeting the range, or -1. */
        int first(long start, long last) {
            int limit = countStartingAtOrBelow(last);
            return limit == 0 ? -1 : first(1, 0, width, limit, start);
        }

        private int first(int node, int lo, int span, int limit, long start) {
            if (lo >= limit || Address.lessThan(maxLast[node], start)) {
                return -1;
            }
            if (span <= SCAN_WIDTH) {
                int hi = Math.min(lo + span, limit);
                for (int i = lo; i < hi; i++) {
                    if (Address.lessOrEqual(start, lasts[i])) {
                        return ids[i];
                    }
                }
                return -1;
            }
            int half = span >>> 1;
            int left = first(2 * node, lo, half, limit, start);
            return left >= 0 ? left : first(2 * node + 1, lo + half, half, limit, start);
        }
    }
}
