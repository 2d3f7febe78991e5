package org.iommuatlas.guest;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.MachineConfig;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.Sizes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Machine options worth suggesting to a user whose layout conflicts with the host: the same
 * guest with one QEMU knob changed. Sizing RAM down to what fits is computed elsewhere; this
 * only offers the knobs that move RAM without shrinking it, and only when they change the layout.
 */
public final class MachineOptions {
    /** The HyperTransport range [0xfd00000000, 0xffffffffff] an AMD host IOMMU reserves. */
    static final AddressRange AMD_HT = AddressRange.ofSize(X86Layout.AMD_HT_START, X86Layout.AMD_HT_SIZE);
    /** max-ram-below-4g values offered for x86 guests, largest first. */
    static final long[] BELOW_4G_STEPS = {3 * Sizes.GIB, 2 * Sizes.GIB, Sizes.GIB};

    private MachineOptions() {
    }

    /** One alternative config and what it changes, in words a user can act on. */
    public record Alternative(MachineConfig config, String description) {
        public Alternative {
            Objects.requireNonNull(config, "config");
            Objects.requireNonNull(description, "description");
        }
    }

    public static List<Alternative> alternatives(MachineConfig config) {
        List<Alternative> out = new ArrayList<>();
        switch (config.type()) {
            case PC, Q35 -> {
                amdRelocation(config, out);
                below4gVariants(config, out);
            }
            case VIRT_AARCH64 -> highmemToggle(config, out);
            case RISCV64_VIRT -> {
                // no knob moves riscv virt RAM: it always starts at 0x80000000
            }
        }
        return out;
    }

    /** R6: above-4G RAM reaches the HT hole and QEMU is not relocating it; an AMD vCPU on 7.1+ would. */
    private static void amdRelocation(MachineConfig c, List<Alternative> out) {
        if (!ramTouches(c, AMD_HT)) {
            return;
        }
        String version = MachineVersions.enforcesAmd1TbHole(c.version()) ? c.version() : "7.1";
        MachineConfig alt = renamed(c.withAmdVcpu(true).withVersion(version), version);
        if (ramTouches(alt, AMD_HT)) {
            return; // not expected, but never suggest what does not help
        }
        out.add(new Alternative(alt, "AMD vCPU on machine type " + (version == null ? "latest" : version)
                + " or newer: QEMU moves above-4G RAM to " + Address.hex(X86Layout.AMD_ABOVE_1TB_START)
                + ", past the HT hole " + AMD_HT + " (under KVM the vCPU vendor is the host's)"));
    }

    /** Lower max-ram-below-4g moves low RAM above 4 GiB, clear of firmware ranges below 4 GiB (R9). */
    private static void below4gVariants(MachineConfig c, List<Alternative> out) {
        long currentBelow = X86RamSplit.of(c).belowBytes();
        for (long step : BELOW_4G_STEPS) {
            if (Long.compareUnsigned(step, currentBelow) >= 0) {
                continue;
            }
            MachineConfig alt = c.withMaxRamBelow4g(step);
            X86RamSplit split = X86RamSplit.of(alt);
            out.add(new Alternative(alt, "max-ram-below-4g=" + MachineSpec.formatSize(step) + ": low RAM ends at "
                    + Address.hex(split.belowBytes()) + ", " + Sizes.exact(split.aboveBytes()) + " above 4 GiB"));
        }
    }

    /** highmem=off only when everything fits in 32 bits (it drops the high PCIe windows); on whenever it is off. */
    private static void highmemToggle(MachineConfig c, List<Alternative> out) {
        boolean on = c.highmem() == null || c.highmem();
        if (!on) {
            out.add(new Alternative(c.withHighmem(true), "highmem=on: RAM may pass 4 GiB and the high PCIe "
                    + "ECAM/MMIO windows come back"));
            return;
        }
        MachineConfig off = c.withHighmem(false);
        if (GuestPresets.layout(off).startsInQemu()) {
            out.add(new Alternative(off, "highmem=off: no regions above 4 GiB (the 512 GiB high PCIe MMIO window "
                    + "that covers the AMD HT range goes away); RAM stays at most 3 GiB"));
        }
    }

    private static boolean ramTouches(MachineConfig c, AddressRange range) {
        for (RamBank bank : GuestPresets.layout(c).layout().banks()) {
            if (bank.range().overlaps(range)) {
                return true;
            }
        }
        return false;
    }

    /** Keeps a versioned machine name in step with a changed version ({@code pc-q35-7.0} → {@code pc-q35-7.1}). */
    private static MachineConfig renamed(MachineConfig c, String version) {
        if (c.machineName().equalsIgnoreCase(c.type().specName())) {
            return c;
        }
        String name = MachineSpec.versionedName(c.type(), version);
        return new MachineConfig(c.type(), name, version, c.ramBytes(), c.maxRamBytes(), c.slots(), c.highmem(),
                c.maxRamBelow4g(), c.amdVcpu(), c.physBits(), c.viommu(), c.ramRegionName(), c.hostDevices());
    }
}
