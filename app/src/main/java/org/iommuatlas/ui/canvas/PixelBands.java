package org.iommuatlas.ui.canvas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Vertical pixel spans (y0 to y1) merged where they overlap or touch: what the drag overlay draws
 * when many findings fall under one bank. A host of 100,000 regions can put hundreds of them there;
 * one band per visible span costs the same to look at and a bounded amount to paint.
 */
final class PixelBands {
    /** A merged span, top to bottom. */
    record Band(double y0, double y1) {
    }

    private double[] starts = new double[8];
    private double[] ends = new double[8];
    private int size;

    void add(double y0, double y1) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        starts[size] = Math.min(y0, y1);
        ends[size] = Math.max(y0, y1);
        size++;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The spans sorted by top, each overlapping or touching (within a pixel) run merged into one. */
    List<Band> merged() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(starts[a], starts[b]));
        List<Band> out = new ArrayList<>();
        double y0 = 0;
        double y1 = 0;
        for (int k = 0; k < size; k++) {
            int i = order[k];
            if (k > 0 && starts[i] <= y1 + 1) {
                y1 = Math.max(y1, ends[i]);
                continue;
            }
            if (k > 0) {
                out.add(new Band(y0, y1));
            }
            y0 = starts[i];
            y1 = ends[i];
        }
        if (size > 0) {
            out.add(new Band(y0, y1));
        }
        return out;
    }
}
