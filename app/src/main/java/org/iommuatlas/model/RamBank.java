package org.iommuatlas.model;

import java.util.Objects;

/**
 * A movable, resizable block of guest RAM: what the user drags. Each bank is one contiguous GPA
 * range backed by QEMU memory region {@code memoryRegion} (e.g. {@code pc.ram},
 * {@code mach-virt.ram}, or a memory-backend id such as {@code mem}); its name is what QEMU's
 * error line says after "Region".
 *
 * @param id a stable identifier within the layout ({@code ram-below-4g}, {@code ram-above-4g})
 */
public record RamBank(String id, String memoryRegion, long start, long size, SourceRef source) {
    public RamBank {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(memoryRegion, "memoryRegion");
        Objects.requireNonNull(source, "source");
        if (size == 0) {
            throw new IllegalArgumentException("RAM bank " + id + " has size 0");
        }
        long last = start + size - 1;
        if (Address.lessThan(last, start)) {
            throw new IllegalArgumentException("RAM bank " + id + " at " + Address.hex(start)
                    + " of size " + Address.hex(size) + " passes 2^64");
        }
    }

    public long last() {
        return start + size - 1;
    }

    public AddressRange range() {
        return new AddressRange(start, last());
    }

    public RamBank movedTo(long newStart) {
        return new RamBank(id, memoryRegion, newStart, size, source);
    }

    public RamBank resized(long newSize) {
        return new RamBank(id, memoryRegion, start, newSize, source);
    }

    public RamBank withRange(long newStart, long newSize) {
        return new RamBank(id, memoryRegion, newStart, newSize, source);
    }
}
