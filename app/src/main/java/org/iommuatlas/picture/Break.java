package org.iommuatlas.picture;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.Sizes;

/** A large empty stretch {@code [start, last]} the folded axis draws at a fixed height, marked with its real size. */
public record Break(long start, long last) {
    public Break {
        if (Address.lessThan(last, start)) {
            throw new IllegalArgumentException("break end below its start");
        }
    }

    public boolean contains(long address) {
        return Address.lessOrEqual(start, address) && Address.lessOrEqual(address, last);
    }

    /** "1007 GiB" style label (rounded for sizes that are not whole units). */
    public String sizeLabel() {
        if (start == 0 && last == Address.MAX) {
            return "16 EiB";
        }
        return Sizes.approx(last - start + 1);
    }
}
