package org.iommuatlas.model;

import java.util.Objects;

/**
 * A fixed piece of the guest-physical map that is not a movable RAM bank.
 *
 * @param carvesRam   overlays RAM with higher priority, so QEMU's DMA maps skip it
 *                    (x86 {@code vga-lowmem} at 0xa0000 splits low RAM into two maps)
 * @param dmaMapped   QEMU's VFIO listener maps it too (read-only ROM such as {@code pc.bios},
 *                    or {@code ramd} device RAM for peer-to-peer)
 */
public record GuestRegion(String name, long start, long last, GuestRegionKind kind, boolean carvesRam,
                          boolean dmaMapped, SourceRef source) {
    public GuestRegion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        if (Address.lessThan(last, start)) {
            throw new IllegalArgumentException(
                    name + ": end " + Address.hex(last) + " is below start " + Address.hex(start));
        }
    }

    public static GuestRegion of(String name, AddressRange range, GuestRegionKind kind, SourceRef source) {
        return new GuestRegion(name, range.start(), range.last(), kind, false, false, source);
    }

    public AddressRange range() {
        return new AddressRange(start, last);
    }
}
