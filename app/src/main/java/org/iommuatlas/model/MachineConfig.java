package org.iommuatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * What a guest's machine options say, before the layout rules turn them into a GPA map: what
 * the SPEC {@code q35:ram=1100G,cpu=amd,version=7.0}, a QEMU command line and libvirt XML all
 * reduce to.
 *
 * @param machineName     the machine as given ({@code pc-q35-7.0}, {@code virt-8.2}, {@code q35})
 * @param version         machine-type version such as {@code 7.0}, or null for the latest
 * @param ramBytes        boot RAM ({@code -m} size, libvirt {@code <memory>} or sum of NUMA cells)
 * @param maxRamBytes     hotplug ceiling ({@code maxmem}), 0 when none
 * @param slots           hotplug DIMM slots, 0 when none
 * @param highmem         aarch64 virt {@code highmem}; null when not given (on)
 * @param maxRamBelow4g   x86 {@code max-ram-below-4g}, null when not given
 * @param amdVcpu         the guest vCPU model is AMD (decides the 1 TiB relocation)
 * @param physBits        guest phys-bits, 0 when not given
 * @param viommu          the guest has a vIOMMU (intel-iommu, smmuv3, virtio-iommu)
 * @param ramRegionName   memory-region name QEMU will print for the RAM ({@code mem} for a
 *                        memory backend id), null for the machine's default
 * @param hostDevices     host devices assigned with vfio-pci ({@code 0000:01:00.0})
 */
public record MachineConfig(MachineType type, String machineName, String version, long ramBytes,
                            long maxRamBytes, int slots, Boolean highmem, Long maxRamBelow4g,
                            boolean amdVcpu, int physBits, boolean viommu, String ramRegionName,
                            List<String> hostDevices) {
    public MachineConfig {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(machineName, "machineName");
        hostDevices = List.copyOf(hostDevices);
        if (ramBytes <= 0) {
            throw new IllegalArgumentException("guest RAM must be positive");
        }
    }

    /** The simplest config: a machine of the latest version with this much RAM. */
    public static MachineConfig of(MachineType type, long ramBytes) {
        return new MachineConfig(type, type.specName(), null, ramBytes, 0, 0, null, null, false, 0, false,
                null, List.of());
    }

    public MachineConfig withRam(long bytes) {
        return new MachineConfig(type, machineName, version, bytes, maxRamBytes, slots, highmem, maxRamBelow4g,
                amdVcpu, physBits, viommu, ramRegionName, hostDevices);
    }

    public MachineConfig withVersion(String v) {
        return new MachineConfig(type, machineName, v, ramBytes, maxRamBytes, slots, highmem, maxRamBelow4g,
                amdVcpu, physBits, viommu, ramRegionName, hostDevices);
    }

    public MachineConfig withAmdVcpu(boolean amd) {
        return new MachineConfig(type, machineName, version, ramBytes, maxRamBytes, slots, highmem, maxRamBelow4g,
                amd, physBits, viommu, ramRegionName, hostDevices);
    }

    public MachineConfig withMaxRamBelow4g(Long bytes) {
        return new MachineConfig(type, machineName, version, ramBytes, maxRamBytes, slots, highmem, bytes,
                amdVcpu, physBits, viommu, ramRegionName, hostDevices);
    }

    public MachineConfig withHighmem(Boolean on) {
        return new MachineConfig(type, machineName, version, ramBytes, maxRamBytes, slots, on, maxRamBelow4g,
                amdVcpu, physBits, viommu, ramRegionName, hostDevices);
    }

    public MachineConfig withPhysBits(int bits) {
        return new MachineConfig(type, machineName, version, ramBytes, maxRamBytes, slots, highmem, maxRamBelow4g,
                amdVcpu, bits, viommu, ramRegionName, hostDevices);
    }

    public MachineConfig withViommu(boolean v) {
        return new MachineConfig(type, machineName, version, ramBytes, maxRamBytes, slots, highmem, maxRamBelow4g,
                amdVcpu, physBits, v, ramRegionName, hostDevices);
    }

    public MachineConfig withHotplug(long maxRam, int slotCount) {
        return new MachineConfig(type, machineName, version, ramBytes, maxRam, slotCount, highmem, maxRamBelow4g,
                amdVcpu, physBits, viommu, ramRegionName, hostDevices);
    }

    public MachineConfig withRamRegionName(String name) {
        return new MachineConfig(type, machineName, version, ramBytes, maxRamBytes, slots, highmem, maxRamBelow4g,
                amdVcpu, physBits, viommu, name, hostDevices);
    }

    public MachineConfig withHostDevices(List<String> devices) {
        return new MachineConfig(type, machineName, version, ramBytes, maxRamBytes, slots, highmem, maxRamBelow4g,
                amdVcpu, physBits, viommu, ramRegionName, devices);
    }
}
