package org.iommuatlas.format.guest;

import org.iommuatlas.model.AddressRange;

/**
 * One piece of a rendered flat view: a guest-physical range, the memory region that backs it,
 * and where in that region it starts. What QEMU's listeners (VFIO's among them) are called with.
 *
 * @param regionName the backing memory region ({@code pc.ram}), not the alias that placed it
 * @param offset     offset of {@code start} inside the backing region
 * @param line       input line the section was read or rendered from
 */
record FlatSection(long start, long last, MtreeRegionType type, String regionName, long offset, int line) {
    AddressRange range() {
        return new AddressRange(start, last);
    }

    /** The guest-physical address of the backing region's byte 0: equal for pieces of one mapping. */
    long regionBase() {
        return start - offset;
    }
}
