package org.iommuatlas.picture;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.Sizes;

/** The few text formats the picture repeats: a range with its size, as labels and tooltips show it. */
public final class PictureText {
    private PictureText() {
    }

    /** {@code [0xfee00000, 0xfeefffff] (1 MiB)}. */
    public static String rangeLine(long start, long last) {
        return "[" + Address.hex(start) + ", " + Address.hex(last) + "] (" + size(start, last) + ")";
    }

    /** {@code 0xfee00000–0xfeefffff}: compact enough for a label's second line. */
    public static String rangeShort(long start, long last) {
        return Address.hex(start) + "\u2013" + Address.hex(last);
    }

    /** Exact binary size of an inclusive range; the whole space reads "16 EiB". */
    public static String size(long start, long last) {
        return Sizes.exact(new AddressRange(start, last));
    }
}
