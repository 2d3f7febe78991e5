package org.iommuatlas.picture;

import org.iommuatlas.model.Address;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Tick positions and hex labels for the visible range. On a linear scale ticks are multiples of
 * the smallest power of two that leaves {@code minSpacing} pixels between labels. On a folded
 * scale spacing varies, so each band of {@code minSpacing} pixels proposes its roundest address
 * (most trailing zero bits) and rounder addresses win where labels would collide. Labels never
 * sit closer than {@code minSpacing}.
 */
public final class HexTicks {
    /** One tick: the address, its pixel row (top edge of the byte) and its label. */
    public record Tick(long address, double y, String label) {
    }

    private HexTicks() {
    }

    public static List<Tick> ticks(AxisScale scale, double minSpacing) {
        return ticks(scale, minSpacing, new long[0]);
    }

    /**
     * Ticks where {@code preferred} addresses (item boundaries on a folded scale, whose spacing
     * says nothing about size) win over round ones when labels would collide.
     */
    public static List<Tick> ticks(AxisScale scale, double minSpacing, long[] preferred) {
        if (!(minSpacing > 0)) {
            throw new IllegalArgumentException("minimum tick spacing must be positive");
        }
        return scale instanceof LinearScale linear ? linearTicks(linear, minSpacing)
                : roundestTicks(scale, minSpacing, preferred);
    }

    /** The lowercase {@code 0x...} label of an address. */
    public static String label(long address) {
        return Address.hex(address);
    }

    private static List<Tick> linearTicks(LinearScale scale, double minSpacing) {
        double bytesPerPixel = UnsignedPixels.span(scale.viewStart(), scale.viewLast()) / scale.height();
        double wanted = bytesPerPixel * minSpacing;
        int shift = wanted <= 1 ? 0 : (int) Math.ceil(Math.log(wanted) / Math.log(2));
        List<Tick> out = new ArrayList<>();
        if (shift >= 64) {
            out.add(new Tick(0, scale.y(0), label(0)));
            return filterSpacing(out, minSpacing);
        }
        long step = 1L << shift;
        long address;
        try {
            address = Address.alignUp(scale.viewStart(), step);
        } catch (ArithmeticException e) {
            return out;
        }
        while (Address.lessOrEqual(address, scale.viewLast())) {
            out.add(new Tick(address, scale.y(address), label(address)));
            long next = address + step;
            if (Address.lessThan(next, address) || next == 0) {
                break; // passed 2^64
            }
            address = next;
        }
        return filterSpacing(out, minSpacing);
    }

    /** Rounding can put two power-of-two ticks a hair under the spacing; drop such stragglers. */
    private static List<Tick> filterSpacing(List<Tick> sorted, double minSpacing) {
        List<Tick> out = new ArrayList<>();
        for (Tick t : sorted) {
            if (out.isEmpty() || t.y() - out.get(out.size() - 1).y() >= minSpacing - 1e-6) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<Tick> roundestTicks(AxisScale scale, double minSpacing, long[] preferred) {
        List<Tick> first = new ArrayList<>();
        for (long a : preferred) {
            double ty = scale.y(a);
            if (ty >= scale.top() - 0.5 && ty <= scale.bottom() + 0.5 && !scale.inBreak(a)) {
                first.add(new Tick(a, ty, label(a)));
            }
        }
        first.sort(Comparator.comparingInt((Tick t) -> roundness(t.address())).reversed()
                .thenComparingDouble(Tick::y));
        List<Tick> candidates = new ArrayList<>();
        double band = minSpacing / 2;
        for (double y = scale.top(); y < scale.bottom(); y += band) {
            long lo = scale.addressAt(y);
            long hi = scale.addressAt(Math.min(y + band, scale.bottom()));
            long a = roundest(lo, hi);
            if (scale.inBreak(a)) {
                continue;
            }
            double ty = scale.y(a);
            if (ty < scale.top() - 0.5 || ty > scale.bottom() + 0.5) {
                continue;
            }
            if (candidates.isEmpty() || candidates.get(candidates.size() - 1).address() != a) {
                candidates.add(new Tick(a, ty, label(a)));
            }
        }
        candidates.sort(Comparator.comparingInt((Tick t) -> roundness(t.address())).reversed()
                .thenComparingDouble(Tick::y));
        first.addAll(candidates);
        TreeSet<Double> taken = new TreeSet<>();
        List<Tick> kept = new ArrayList<>();
        for (Tick t : first) {
            Double below = taken.floor(t.y());
            Double above = taken.ceiling(t.y());
            if ((below == null || t.y() - below >= minSpacing) && (above == null || above - t.y() >= minSpacing)) {
                taken.add(t.y());
                kept.add(t);
            }
        }
        kept.sort(Comparator.comparingDouble(Tick::y));
        return kept;
    }

    /** Trailing zero bits; 0 counts as the roundest of all. */
    static int roundness(long address) {
        return address == 0 ? 64 : Long.numberOfTrailingZeros(address);
    }

    /** The address in {@code [lo, hi]} (unsigned, lo <= hi) with the most trailing zero bits. */
    static long roundest(long lo, long hi) {
        if (Address.lessThan(hi, lo)) {
            long t = lo;
            lo = hi;
            hi = t;
        }
        if (lo == hi || lo == 0) {
            return lo;
        }
        int k = 63 - Long.numberOfLeadingZeros(lo ^ hi); // highest bit where they differ
        long commonPrefix = k == 63 ? 0 : hi & ~((1L << (k + 1)) - 1);
        if (commonPrefix == lo) {
            return lo;
        }
        return hi & ~((1L << k) - 1); // common prefix with bit k set, all lower bits clear
    }
}
