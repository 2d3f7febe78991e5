package org.iommuatlas.ui.canvas;

import org.iommuatlas.model.Address;

import java.util.ArrayList;
import java.util.List;

/**
 * Where hex ticks go. Linear: multiples of the smallest power of two that leaves at least 40 px
 * between ticks. Folded: the start of every stretch (the addresses where something begins or
 * ends), since spacing there says nothing about size. The painter drops any label closer than a
 * line to the previous one, so labels never overlap.
 */
final class AxisTicks {
    record Tick(long address, double y) {
    }

    private AxisTicks() {
    }

    static List<Tick> of(LaneAxis axis) {
        List<Tick> ticks = new ArrayList<>();
        if (!axis.isLinear()) {
            for (LaneAxis.Segment s : axis.segments()) {
                ticks.add(new Tick(s.start(), s.y0()));
            }
            return ticks;
        }
        AddressWindow w = axis.window();
        double px = axis.bottom() - axis.top();
        int maxTicks = Math.max(1, (int) (px / 40));
        // step = smallest power of two with span / step <= maxTicks
        java.math.BigInteger span = w.span();
        int shift = 0;
        while (shift < 64 && span.shiftRight(shift).compareTo(java.math.BigInteger.valueOf(maxTicks)) > 0) {
            shift++;
        }
        if (shift >= 64) {
            ticks.add(new Tick(0, axis.top()));
            return ticks;
        }
        long step = 1L << shift;
        long t;
        try {
            t = Address.alignUp(w.start(), step);
        } catch (ArithmeticException e) {
            return ticks;
        }
        for (int i = 0; i <= maxTicks + 1 && Address.lessOrEqual(t, w.last()); i++) {
            ticks.add(new Tick(t, axis.yOf(t)));
            long next = t + step;
            if (Address.lessThan(next, t)) {
                break;
            }
            t = next;
        }
        return ticks;
    }
}
