package org.iommuatlas.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The guest-physical address map: movable RAM banks plus fixed regions (ROM, MMIO, interrupt
 * controllers, PCI windows). Immutable; edits return a new layout.
 *
 * @param machine     QEMU machine name as the user gave it ({@code virt}, {@code pc-q35-8.2}, {@code custom})
 * @param spec        the preset spec it was computed from ({@code virt:ram=4G}), or empty when read from a file
 * @param viommu      the guest has a vIOMMU, so IOVA is not GPA (a different analysis mode)
 * @param physBits    guest physical address bits, 0 when unknown
 */
public record GuestLayout(String machine, GuestArch arch, String spec, List<RamBank> banks,
                          List<GuestRegion> regions, boolean viommu, int physBits, boolean amdVcpu) {

    public GuestLayout {
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(arch, "arch");
        Objects.requireNonNull(spec, "spec");
        banks = List.copyOf(banks);
        regions = List.copyOf(regions);
        for (int i = 0; i < banks.size(); i++) {
            for (int j = i + 1; j < banks.size(); j++) {
                if (banks.get(i).id().equals(banks.get(j).id())) {
                    throw new IllegalArgumentException("two RAM banks share the id " + banks.get(i).id());
                }
            }
        }
    }

    public Optional<RamBank> bank(String id) {
        return banks.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    /** Total guest RAM in bytes (sum of banks; unsigned). */
    public long totalRam() {
        long sum = 0;
        for (RamBank b : banks) {
            sum += b.size();
        }
        return sum;
    }

    public GuestLayout withBank(RamBank changed) {
        List<RamBank> copy = new ArrayList<>(banks);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).id().equals(changed.id())) {
                copy.set(i, changed);
                return withBanks(copy);
            }
        }
        throw new IllegalArgumentException("no RAM bank with id " + changed.id());
    }

    public GuestLayout withBanks(List<RamBank> newBanks) {
        return new GuestLayout(machine, arch, spec, newBanks, regions, viommu, physBits, amdVcpu);
    }

    public GuestLayout withRegions(List<GuestRegion> newRegions) {
        return new GuestLayout(machine, arch, spec, banks, newRegions, viommu, physBits, amdVcpu);
    }

    public GuestLayout withViommu(boolean v) {
        return new GuestLayout(machine, arch, spec, banks, regions, v, physBits, amdVcpu);
    }
}
