package org.iommuatlas.format.guest;

import org.iommuatlas.model.MachineConfig;

import java.util.List;
import java.util.Objects;

/**
 * What a QEMU command line says about the guest map.
 *
 * @param binary          the QEMU binary as written ({@code /usr/bin/qemu-system-x86_64}), empty when the paste starts at the options
 * @param machine         machine options; {@code ramRegionName} is the {@code memory-backend=} id when one is named
 * @param cpuModel        {@code -cpu} model ({@code EPYC-Rome}, {@code host}), empty when absent
 * @param cpuVendorKnown  false for {@code -cpu host}/{@code max} or no {@code -cpu}: the vendor is then the host's or
 *                        QEMU's default, which the line does not say (amdVcpu is false then)
 * @param accel           {@code accel=} / {@code -accel} / {@code -enable-kvm} ({@code kvm}, {@code tcg}), empty when absent
 * @param ramDefaulted    no {@code -m} and no sized memory backend: RAM is QEMU's 128 MiB default
 * @param viommuDevice    what made the guest have a vIOMMU ({@code intel-iommu}, {@code iommu=smmuv3}), empty when none
 * @param backends        {@code -object memory-backend-*} objects
 * @param numaMemdevs     {@code -numa node,memdev=} ids, in order
 */
public record QemuCommandLine(String file, String binary, MachineConfig machine, String cpuModel,
                              boolean cpuVendorKnown, String accel, boolean ramDefaulted, String viommuDevice,
                              List<MemoryBackend> backends, List<String> numaMemdevs) implements GuestInput {
    /** A {@code -object memory-backend-ram|file|memfd,id=...,size=...}. */
    public record MemoryBackend(String qomType, String id, long size) {
    }

    public QemuCommandLine {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(binary, "binary");
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(cpuModel, "cpuModel");
        Objects.requireNonNull(accel, "accel");
        Objects.requireNonNull(viommuDevice, "viommuDevice");
        backends = List.copyOf(backends);
        numaMemdevs = List.copyOf(numaMemdevs);
    }

    @Override
    public GuestFormat format() {
        return GuestFormat.QEMU_COMMAND_LINE;
    }
}
