package org.iommuatlas.picture;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.ViewSettings;

/** The visible inclusive address range {@code [start, last]}; zooming means choosing a smaller one. */
public record Viewport(long start, long last) {
    public static final Viewport FULL = new Viewport(0, Address.MAX);

    public Viewport {
        if (Address.lessThan(last, start)) {
            throw new IllegalArgumentException("viewport end " + Address.hex(last) + " is below its start "
                    + Address.hex(start));
        }
    }

    public static Viewport of(ViewSettings view) {
        return new Viewport(view.viewStart(), view.viewLast());
    }

    /**
     * The smallest range of whole power-of-two blocks holding every item of the input: "fit the
     * data" for a linear scale, where the full 64-bit space would squeeze everything into a line.
     * The full space when the input is empty.
     */
    public static Viewport fitting(PictureInput input) {
        if (input.items().isEmpty()) {
            return FULL;
        }
        long lo = Address.MAX;
        long hi = 0;
        for (Item i : input.items()) {
            lo = Address.min(lo, i.start());
            hi = Address.max(hi, i.last());
        }
        long span = hi - lo; // unsigned; the view ends on a block of 1/16 of the next power of two
        int bits = 64 - Long.numberOfLeadingZeros(span);
        long block = bits >= 64 ? 0 : 1L << Math.max(12, bits - 4);
        if (block == 0) {
            return FULL;
        }
        long start = Address.alignDown(lo, block);
        long last = Address.alignDown(hi, block) + (block - 1);
        return new Viewport(start, Address.lessThan(last, start) ? Address.MAX : last);
    }

    public boolean isFull() {
        return start == 0 && last == Address.MAX;
    }
}
