package org.iommuatlas.picture;

import org.iommuatlas.model.Address;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The whole 64-bit axis 0..0xffffffffffffffff cut at every item boundary, each piece given a
 * height that grows with the logarithm of its size, and large empty pieces folded to a fixed
 * height. Built once per data change; queries are a binary search in precomputed arrays, so
 * 100,000+ boundaries cost nothing per frame.
 *
 * <p>Heights are in abstract units; {@link FoldedScale} maps a viewport's units to pixels.
 * Within a piece the position is linear, which keeps the mapping monotonic and invertible.
 */
public final class FoldedAxis {
    /**
     * @param minWeight       units of the smallest piece (a 4 KiB page or less)
     * @param perDoubling     extra units for each doubling of size above 4 KiB
     * @param breakThreshold  empty pieces at least this many bytes fold into a break
     * @param breakWeight     units of a folded break
     * @param emptyFactor     empty pieces below the threshold get this share of the units an item of their size would
     */
    public record Rules(double minWeight, double perDoubling, long breakThreshold, double breakWeight,
                        double emptyFactor) {
        public static final Rules DEFAULT = new Rules(2.0, 1.0, 1L << 34, 3.0, 0.5);
    }

    private static final double LOG2 = Math.log(2);

    /** Piece i covers [starts[i], starts[i+1] - 1]; the last piece ends at 0xffffffffffffffff. */
    private final long[] starts;
    /** cumulative[i] = units above piece i; cumulative[n] = total. */
    private final double[] cumulative;
    private final boolean[] folded;
    private final List<Break> breaks;

    private FoldedAxis(long[] starts, double[] cumulative, boolean[] folded, List<Break> breaks) {
        this.starts = starts;
        this.cumulative = cumulative;
        this.folded = folded;
        this.breaks = breaks;
    }

    /** An axis over the given inclusive ranges ({@code starts[i]..lasts[i]} for i below count). */
    public static FoldedAxis build(long[] rangeStarts, long[] rangeLasts, int count, Rules rules) {
        long[] cuts = new long[2 * count + 1];
        int m = 0;
        cuts[m++] = 0;
        for (int i = 0; i < count; i++) {
            cuts[m++] = rangeStarts[i];
            if (rangeLasts[i] != Address.MAX) {
                cuts[m++] = rangeLasts[i] + 1;
            }
        }
        long[] pieces = sortedUniqueUnsigned(cuts, m);
        int n = pieces.length;
        // Coverage by difference array: +1 at the piece a range starts in, -1 after its last piece.
        int[] delta = new int[n + 1];
        for (int i = 0; i < count; i++) {
            delta[pieceIndex(pieces, rangeStarts[i])]++;
            delta[pieceIndex(pieces, rangeLasts[i]) + 1]--;
        }
        double[] cumulative = new double[n + 1];
        boolean[] folded = new boolean[n];
        List<Break> breaks = new ArrayList<>();
        int covered = 0;
        for (int i = 0; i < n; i++) {
            covered += delta[i];
            double size = pieceSize(pieces, i);
            long last = i + 1 < n ? pieces[i + 1] - 1 : Address.MAX;
            boolean empty = covered == 0;
            boolean wholeSpace = n == 1;
            boolean fold = empty && !wholeSpace && size >= Address.unsignedToDouble(rules.breakThreshold());
            double weight;
            if (fold) {
                weight = rules.breakWeight();
                folded[i] = true;
                breaks.add(new Break(pieces[i], last));
            } else {
                double doublings = Math.max(0, Math.log(size) / LOG2 - 12);
                weight = rules.minWeight() + rules.perDoubling() * doublings;
                if (empty && !wholeSpace) {
                    weight = Math.max(rules.minWeight(), weight * rules.emptyFactor());
                }
            }
            cumulative[i + 1] = cumulative[i] + weight;
        }
        return new FoldedAxis(pieces, cumulative, folded, List.copyOf(breaks));
    }

    public static FoldedAxis build(long[] rangeStarts, long[] rangeLasts, int count) {
        return build(rangeStarts, rangeLasts, count, Rules.DEFAULT);
    }

    /** Total units of the whole axis. */
    public double totalUnits() {
        return cumulative[starts.length];
    }

    public int pieceCount() {
        return starts.length;
    }

    public List<Break> breaks() {
        return breaks;
    }

    /** Units above the top edge of byte {@code address}. */
    public double units(long address) {
        return unitsIn(pieceIndex(starts, address), address);
    }

    private double unitsIn(int i, long address) {
        double within = Address.offsetAsDouble(address, starts[i]) / pieceSize(starts, i);
        return cumulative[i] + within * (cumulative[i + 1] - cumulative[i]);
    }

    /**
     * Lookups that start from the previous piece and gallop forward: near O(1) per lookup when
     * addresses come in rising order, a plain binary search when they go back.
     */
    public final class Cursor {
        private int hint;

        public double units(long address) {
            hint = pieceIndexFrom(hint, address);
            return unitsIn(hint, address);
        }

        public double unitsEnd(long last) {
            if (last == Address.MAX) {
                return totalUnits();
            }
            return units(last + 1);
        }
    }

    public Cursor cursor() {
        return new Cursor();
    }

    private int pieceIndexFrom(int hint, long address) {
        int n = starts.length;
        if (hint < 0 || hint >= n || Address.lessThan(address, starts[hint])) {
            return pieceIndex(starts, address);
        }
        int step = 1;
        int lo = hint;
        while (lo + step < n && Address.lessOrEqual(starts[lo + step], address)) {
            lo += step;
            step <<= 1;
        }
        int hi = Math.min(n - 1, lo + step - 1);
        while (lo < hi) { // last start <= address within [lo, hi]
            int mid = (lo + hi + 1) >>> 1;
            if (Address.lessOrEqual(starts[mid], address)) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Units above the bottom edge of byte {@code last}. */
    public double unitsEnd(long last) {
        return last == Address.MAX ? totalUnits() : units(last + 1);
    }

    /** The address at {@code units} from the top (clamped to the axis). */
    public long addressAt(double units) {
        if (!(units > 0)) {
            return 0;
        }
        if (units >= totalUnits()) {
            return Address.MAX;
        }
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) { // last piece whose cumulative start <= units
            int mid = (lo + hi + 1) >>> 1;
            if (cumulative[mid] <= units) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        double weight = cumulative[lo + 1] - cumulative[lo];
        double fraction = weight > 0 ? (units - cumulative[lo]) / weight : 0;
        long offset = UnsignedPixels.toUnsigned(fraction * pieceSize(starts, lo));
        long pieceLast = lo + 1 < starts.length ? starts[lo + 1] - 1 : Address.MAX;
        long address = starts[lo] + offset;
        if (Address.lessThan(address, starts[lo]) || Address.lessThan(pieceLast, address)) {
            return pieceLast;
        }
        return address;
    }

    /** Whether the piece holding {@code address} is folded. */
    public boolean isFolded(long address) {
        return folded[pieceIndex(starts, address)];
    }

    private static double pieceSize(long[] pieces, int i) {
        long next = i + 1 < pieces.length ? pieces[i + 1] : 0; // 0 stands for 2^64
        double size = Address.offsetAsDouble(next - 1, pieces[i]) + 1.0;
        return size;
    }

    /** Index of the piece that contains {@code address}: the last start that is <= address. */
    static int pieceIndex(long[] pieces, long address) {
        int lo = 0;
        int hi = pieces.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (Address.lessOrEqual(pieces[mid], address)) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Sorts the first {@code count} values as unsigned and drops duplicates. */
    static long[] sortedUniqueUnsigned(long[] values, int count) {
        long[] flipped = new long[count];
        for (int i = 0; i < count; i++) {
            flipped[i] = values[i] ^ Long.MIN_VALUE; // signed order of flipped == unsigned order
        }
        Arrays.sort(flipped);
        int m = 0;
        for (int i = 0; i < count; i++) {
            if (m == 0 || flipped[i] != flipped[m - 1]) {
                flipped[m++] = flipped[i];
            }
        }
        long[] out = new long[m];
        for (int i = 0; i < m; i++) {
            out[i] = flipped[i] ^ Long.MIN_VALUE;
        }
        return out;
    }
}
