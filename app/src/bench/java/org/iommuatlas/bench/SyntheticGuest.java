package org.iommuatlas.bench;

import org.iommuatlas.model.GuestArch;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.SourceRef;

import java.util.ArrayList;
import java.util.List;

/**
 * A guest with many RAM sections, one DMA map each: {@code count} banks of 64 MiB laid end to end
 * from 4 GiB (10,000 of them reach 629 GiB, below the 1012 GiB HyperTransport hole). No real guest
 * has so many; it is the "10,000 guest RAM sections" of issue #4, as many hot-plugged DIMMs.
 */
public final class SyntheticGuest {
    public static final long SECTION = 64L << 20;
    public static final long BASE = 1L << 32;

    private SyntheticGuest() {
    }

    public static GuestLayout layout(int count) {
        SourceRef source = new SourceRef("<synthetic guest>", 0);
        List<RamBank> banks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            banks.add(new RamBank("dimm" + i, "dimm" + i, BASE + i * SECTION, SECTION, source));
        }
        return new GuestLayout("custom", GuestArch.X86_64, "", banks, List.of(), false, 46, false);
    }
}
