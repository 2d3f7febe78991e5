package org.iommuatlas.guest;

import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.GuestRegion;
import org.iommuatlas.model.GuestRegionKind;
import org.iommuatlas.model.SourceRef;

import java.util.ArrayList;
import java.util.List;

/** Collects the fixed regions of a preset, all tagged with the preset's source. */
final class RegionList {
    private final SourceRef source;
    private final List<GuestRegion> regions = new ArrayList<>();

    RegionList(SourceRef source) {
        this.source = source;
    }

    /** A region that neither carves RAM nor is DMA-mapped (MMIO, interrupt controllers, windows). */
    RegionList add(String name, long base, long size, GuestRegionKind kind) {
        return add(name, base, size, kind, false, false);
    }

    RegionList add(String name, long base, long size, GuestRegionKind kind, boolean carvesRam, boolean dmaMapped) {
        AddressRange r = AddressRange.ofSize(base, size);
        regions.add(new GuestRegion(name, r.start(), r.last(), kind, carvesRam, dmaMapped, source));
        return this;
    }

    /** A region given by inclusive bounds. */
    RegionList addRange(String name, long start, long last, GuestRegionKind kind) {
        regions.add(new GuestRegion(name, start, last, kind, false, false, source));
        return this;
    }

    List<GuestRegion> toList() {
        List<GuestRegion> sorted = new ArrayList<>(regions);
        sorted.sort((a, b) -> a.range().compareTo(b.range()));
        return sorted;
    }
}
