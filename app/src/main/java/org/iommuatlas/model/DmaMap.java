package org.iommuatlas.model;

import java.util.Objects;

/**
 * One VFIO DMA map QEMU issues for a guest RAM section: IOVA and size exactly as QEMU computes
 * them (page-aligned), the memory region named in its error line, and the bank it came from.
 *
 * @param bankId the RAM bank this map belongs to, or null for a fixed ROM / device-RAM section
 */
public record DmaMap(long iova, long size, String regionName, boolean readOnly, String bankId) {
    public DmaMap {
        Objects.requireNonNull(regionName, "regionName");
        if (size == 0) {
            throw new IllegalArgumentException("a DMA map cannot be empty");
        }
        if (Address.lessThan(iova + size - 1, iova)) {
            throw new IllegalArgumentException("DMA map at " + Address.hex(iova) + " passes 2^64");
        }
    }

    public long last() {
        return iova + size - 1;
    }

    public AddressRange range() {
        return new AddressRange(iova, last());
    }

    @Override
    public String toString() {
        return "(" + Address.hex(iova) + ", " + Address.hex(size) + ") " + regionName;
    }
}
