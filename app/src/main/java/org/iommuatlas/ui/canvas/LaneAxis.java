package org.iommuatlas.ui.canvas;

import org.iommuatlas.model.Address;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maps addresses of the visible window to vertical pixels and back, linear or folded.
 *
 * <p>Folded: the window is cut at every start and end of every item into stretches; each stretch
 * that something occupies gets height by the logarithm of its size (a 1 MiB MSI window next to a
 * 4 GiB bank stays visible), and empty stretches shrink to a thin fold marked as a discontinuity.
 * Inside a stretch the mapping is linear, so it is monotonic and invertible. The only doubles are
 * offsets from a stretch start, at the last step to pixels.
 */
public final class LaneAxis {
    /** One piece of the axis: addresses [start, last] drawn from y0 to y1. */
    public record Segment(long start, long last, double y0, double y1, boolean fold) {
        double sizeAsDouble() {
            return Address.unsignedToDouble(last - start) + 1.0;
        }
    }

    private static final double FOLD_WEIGHT = 1.6;

    private final AddressWindow window;
    private final List<Segment> segments;
    private final double top;
    private final double bottom;
    private final boolean linear;

    private LaneAxis(AddressWindow window, List<Segment> segments, double top, double bottom, boolean linear) {
        this.window = window;
        this.segments = segments;
        this.top = top;
        this.bottom = bottom;
        this.linear = linear;
    }

    public static LaneAxis linear(AddressWindow window, double top, double bottom) {
        return new LaneAxis(window, List.of(new Segment(window.start(), window.last(), top, bottom, false)), top, bottom, true);
    }

    /** A folded axis over {@code window} for the given items. */
    public static LaneAxis folded(AddressWindow window, LaneItems items, double top, double bottom) {
        // Sort unsigned: flip the sign bit, sort signed, flip back.
        long[] flipped = Arrays.stream(items.boundaries()).map(c -> c ^ Long.MIN_VALUE).sorted()
                .map(c -> c ^ Long.MIN_VALUE).distinct().toArray();
        List<long[]> pieces = new ArrayList<>();
        long cursor = window.start();
        for (long cut : flipped) {
            if (!Address.lessThan(cursor, cut) || Address.lessThan(window.last(), cut)) {
                continue;
            }
            pieces.add(new long[]{cursor, cut - 1});
            cursor = cut;
        }
        pieces.add(new long[]{cursor, window.last()});
        List<LaneItem> all = items.all();
        long[] occStart = new long[all.size()];
        long[] occLast = new long[all.size()];
        for (int i = 0; i < all.size(); i++) {
            occStart[i] = all.get(i).start();
            occLast[i] = all.get(i).last();
        }
        Occupancy occupancy = new Occupancy(occStart, occLast);
        double[] weights = new double[pieces.size()];
        boolean[] folds = new boolean[pieces.size()];
        double total = 0;
        for (int i = 0; i < pieces.size(); i++) {
            long[] p = pieces.get(i);
            boolean occupied = occupancy.covers(p[0], p[1]);
            double log2 = 64 - Long.numberOfLeadingZeros(p[1] - p[0]);
            folds[i] = !occupied;
            weights[i] = occupied ? Math.max(3, Math.min(40, log2 - 6)) : FOLD_WEIGHT;
            total += weights[i];
        }
        List<Segment> segments = new ArrayList<>();
        double y = top;
        double scale = (bottom - top) / total;
        for (int i = 0; i < pieces.size(); i++) {
            double h = weights[i] * scale;
            segments.add(new Segment(pieces.get(i)[0], pieces.get(i)[1], y, y + h, folds[i]));
            y += h;
        }
        return new LaneAxis(window, segments, top, bottom, false);
    }

    public AddressWindow window() {
        return window;
    }

    public boolean isLinear() {
        return linear;
    }

    public List<Segment> segments() {
        return segments;
    }

    public double top() {
        return top;
    }

    public double bottom() {
        return bottom;
    }

    /** The y where {@code address} starts; addresses outside the window clamp to its edges. */
    public double yOf(long address) {
        if (Address.lessThan(address, window.start())) {
            return top;
        }
        if (Address.lessThan(window.last(), address)) {
            return bottom;
        }
        Segment s = segmentOf(address);
        return s.y0() + Address.offsetAsDouble(address, s.start()) / s.sizeAsDouble() * (s.y1() - s.y0());
    }

    /** The y just below {@code last} (the bottom edge of an inclusive range ending there). */
    public double yAfter(long last) {
        if (last == Address.MAX || !Address.lessThan(last, window.last())) {
            return Address.lessThan(last, window.start()) ? top : bottom;
        }
        return yOf(last + 1);
    }

    /** The address drawn at {@code y} (clamped to the window). */
    public long addressAt(double y) {
        if (y <= top) {
            return window.start();
        }
        if (y >= bottom) {
            return window.last();
        }
        for (Segment s : segments) {
            if (y < s.y1()) {
                double fraction = (y - s.y0()) / (s.y1() - s.y0());
                BigInteger offset = new BigDecimal(fraction * s.sizeAsDouble()).toBigInteger();
                long a = s.start() + offset.longValue();
                return Address.lessThan(s.last(), a) ? s.last() : a;
            }
        }
        return window.last();
    }

    private Segment segmentOf(long address) {
        int lo = 0;
        int hi = segments.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (Address.lessOrEqual(segments.get(mid).start(), address)) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return segments.get(lo);
    }

    /** Which inclusive ranges some item covers, by sweep over starts sorted with a running max. */
    private static final class Occupancy {
        private final long[] starts;
        private final long[] maxLast;

        Occupancy(long[] s, long[] l) {
            Integer[] order = new Integer[s.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Long.compareUnsigned(s[a], s[b]));
            starts = new long[s.length];
            maxLast = new long[s.length];
            long running = 0;
            for (int i = 0; i < order.length; i++) {
                starts[i] = s[order[i]];
                running = i == 0 ? l[order[i]] : Address.max(running, l[order[i]]);
                maxLast[i] = running;
            }
        }

        /** True when some item overlaps [start, last] (pieces never straddle an item edge). */
        boolean covers(long start, long last) {
            int lo = 0;
            int hi = starts.length - 1;
            int end = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (Address.lessOrEqual(starts[mid], last)) {
                    end = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return end >= 0 && Address.lessOrEqual(start, maxLast[end]);
        }
    }
}
