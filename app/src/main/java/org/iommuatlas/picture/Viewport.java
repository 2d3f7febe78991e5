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

    public boolean isFull() {
        return start == 0 && last == Address.MAX;
    }
}
