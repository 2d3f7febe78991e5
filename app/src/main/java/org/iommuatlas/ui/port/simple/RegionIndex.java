package org.iommuatlas.ui.port.simple;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.ReservedRegion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Host reserved regions sorted by start with a running maximum of their last addresses, so an
 * overlap query costs a binary search plus the hits, not a scan of 100,000 regions per drag event.
 */
final class RegionIndex {
    private final ReservedRegion[] byStart;
    /** maxLast[i] = the highest last address among byStart[0..i] (unsigned). */
    private final long[] maxLast;

    RegionIndex(List<ReservedRegion> regions) {
        byStart = regions.toArray(new ReservedRegion[0]);
        java.util.Arrays.sort(byStart, Comparator.comparing(ReservedRegion::start, Long::compareUnsigned));
        maxLast = new long[byStart.length];
        long running = 0;
        for (int i = 0; i < byStart.length; i++) {
            running = i == 0 ? byStart[i].last() : Address.max(running, byStart[i].last());
            maxLast[i] = running;
        }
    }

    /** Regions overlapping the inclusive range, in ascending start order. */
    List<ReservedRegion> overlapping(long start, long last) {
        // The last region that starts at or before `last`; nothing after it can overlap.
        int lo = 0;
        int hi = byStart.length - 1;
        int end = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (Address.lessOrEqual(byStart[mid].start(), last)) {
                end = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        List<ReservedRegion> hits = new ArrayList<>();
        for (int i = end; i >= 0 && Address.lessOrEqual(start, maxLast[i]); i--) {
            if (Address.lessOrEqual(start, byStart[i].last())) {
                hits.add(byStart[i]);
            }
        }
        java.util.Collections.reverse(hits);
        return hits;
    }
}
