package org.iommuatlas.model;

import java.util.Objects;

/**
 * A host-physical range from e820 or {@code /proc/iomem}: kind, the name the source gave it,
 * nesting depth (iomem indentation level, 0 for e820), and where it was read.
 */
public record HostMemoryRange(long start, long last, HostMemoryKind kind, String name, int depth, SourceRef source) {
    public HostMemoryRange {
        if (Address.lessThan(last, start)) {
            throw new IllegalArgumentException(
                    "range end " + Address.hex(last) + " is below its start " + Address.hex(start));
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }

    public AddressRange range() {
        return new AddressRange(start, last);
    }
}
