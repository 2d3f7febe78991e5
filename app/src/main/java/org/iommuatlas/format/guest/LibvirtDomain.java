package org.iommuatlas.format.guest;

import org.iommuatlas.model.MachineConfig;

import java.util.List;
import java.util.Objects;

/**
 * What a libvirt domain XML says about the guest's address map, plus what it says that the
 * machine config has no field for but a user will want to see.
 *
 * @param name            {@code <name>}, empty when absent
 * @param machine         the machine options (its {@code hostDevices} are the hostdev host addresses)
 * @param arch            {@code <type arch=...>} ({@code x86_64}, {@code aarch64})
 * @param cpuMode         {@code <cpu mode=...>} ({@code host-passthrough}, {@code custom}), empty when absent
 * @param cpuModel        {@code <cpu><model>}, empty when absent
 * @param cpuVendorKnown  false for {@code host-passthrough}/{@code host-model} without a model or vendor:
 *                        the guest vendor is the host's, which the XML does not say (so amdVcpu is a guess of false)
 * @param viommuModel     {@code <iommu model=...>} ({@code intel}, {@code smmuv3}, {@code virtio}), empty when none
 * @param hugepages       {@code <memoryBacking><hugepages>} present
 * @param hugepageSizes   the {@code <page size unit>} values as given ({@code 1 G}), possibly empty
 * @param locked          {@code <memoryBacking><locked/>}: all guest RAM is locked (memlock limits matter)
 * @param numaCells       number of {@code <cell>} elements (RAM is their sum when present)
 */
public record LibvirtDomain(String file, String name, MachineConfig machine, String arch, String cpuMode,
                            String cpuModel, boolean cpuVendorKnown, String viommuModel, boolean hugepages,
                            List<String> hugepageSizes, boolean locked, int numaCells,
                            List<LibvirtHostdev> hostdevs) implements GuestInput {
    public LibvirtDomain {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(arch, "arch");
        Objects.requireNonNull(cpuMode, "cpuMode");
        Objects.requireNonNull(cpuModel, "cpuModel");
        Objects.requireNonNull(viommuModel, "viommuModel");
        hugepageSizes = List.copyOf(hugepageSizes);
        hostdevs = List.copyOf(hostdevs);
    }

    @Override
    public GuestFormat format() {
        return GuestFormat.LIBVIRT_XML;
    }
}
