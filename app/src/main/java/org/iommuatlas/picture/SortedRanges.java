package org.iommuatlas.picture;

import org.iommuatlas.model.Address;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Inclusive ranges sorted once by start (unsigned), with a running maximum of their last
 * addresses, so the ranges meeting a window are found by two binary searches and a scan over
 * just those candidates.
 */
final class SortedRanges {
    private final long[] starts;
    private final long[] lasts;
    private final long[] maxLastSoFar;
    /** The caller's index of the range at each sorted position. */
    private final int[] ids;

    /** Sorts ranges {@code starts[i]..lasts[i]}; ties put the larger range first (containers before contents). */
    SortedRanges(long[] rangeStarts, long[] rangeLasts) {
        int n = rangeStarts.length;
        int[] order = sortedOrder(rangeStarts, rangeLasts);
        starts = new long[n];
        lasts = new long[n];
        maxLastSoFar = new long[n];
        ids = new int[n];
        for (int k = 0; k < n; k++) {
            int i = order[k];
            ids[k] = i;
            starts[k] = rangeStarts[i];
            lasts[k] = rangeLasts[i];
            maxLastSoFar[k] = k == 0 ? lasts[k] : Address.max(maxLastSoFar[k - 1], lasts[k]);
        }
    }

    /**
     * The indices of the ranges in sorted order: a stable merge sort on primitive indices (boxed
     * Integers and a comparator lambda made indexing 100,000 host regions take most of a second).
     */
    private static int[] sortedOrder(long[] starts, long[] lasts) {
        int n = starts.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        boolean sorted = true;
        for (int i = 1; i < n && sorted; i++) {
            sorted = compare(starts, lasts, i - 1, i) <= 0;
        }
        if (sorted) {
            return order;
        }
        int[] buffer = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, n);
                if (compare(starts, lasts, order[mid - 1], order[mid]) <= 0) {
                    continue; // the two runs are already in order
                }
                System.arraycopy(order, lo, buffer, lo, hi - lo);
                int a = lo;
                int b = mid;
                for (int k = lo; k < hi; k++) {
                    if (b >= hi || (a < mid && compare(starts, lasts, buffer[a], buffer[b]) <= 0)) {
                        order[k] = buffer[a++];
                    } else {
                        order[k] = buffer[b++];
                    }
                }
            }
        }
        return order;
    }

    /** By start (unsigned), then the larger range first. */
    private static int compare(long[] starts, long[] lasts, int a, int b) {
        int c = Long.compareUnsigned(starts[a], starts[b]);
        return c != 0 ? c : Long.compareUnsigned(lasts[b], lasts[a]);
    }

    int size() {
        return ids.length;
    }

    /** The caller's index at sorted position {@code k}. */
    int id(int k) {
        return ids[k];
    }

    long start(int k) {
        return starts[k];
    }

    long last(int k) {
        return lasts[k];
    }

    /** Calls {@code sink} with the sorted position of every range meeting {@code [from, to]}, in start order. */
    void forEachMeeting(long from, long to, IntConsumer sink) {
        int n = ids.length;
        // first position whose running max last reaches `from`: nothing before it can meet the window
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Address.lessThan(maxLastSoFar[mid], from)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo; k < n && Address.lessOrEqual(starts[k], to); k++) {
            if (Address.lessOrEqual(from, lasts[k])) {
                sink.accept(k);
            }
        }
    }
}
