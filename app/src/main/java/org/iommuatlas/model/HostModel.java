package org.iommuatlas.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Everything known about the host: IOMMU family, reserved regions (per group, as the kernel
 * reports them), the host-physical memory map, devices and their groups, and the IOMMU aperture.
 * Immutable; {@code with...} methods return changed copies.
 *
 * @param aperture   the IOVA range the IOMMU can translate ({@link AddressRange#FULL} when unknown)
 * @param physBits   host physical address bits, 0 when unknown
 */
public record HostModel(HostPlatform platform, List<ReservedRegion> regions, List<HostMemoryRange> memory,
                        List<HostDevice> devices, AddressRange aperture, int physBits) {

    public static final HostModel EMPTY = new HostModel(HostPlatform.UNKNOWN, List.of(), List.of(), List.of(),
            AddressRange.FULL, 0);

    public HostModel {
        Objects.requireNonNull(platform, "platform");
        regions = List.copyOf(regions);
        memory = List.copyOf(memory);
        devices = List.copyOf(devices);
        Objects.requireNonNull(aperture, "aperture");
        if (physBits < 0 || physBits > 64) {
            throw new IllegalArgumentException("physBits must be 0..64, was " + physBits);
        }
    }

    public HostModel withPlatform(HostPlatform p) {
        return new HostModel(p, regions, memory, devices, aperture, physBits);
    }

    public HostModel withRegions(List<ReservedRegion> r) {
        return new HostModel(platform, r, memory, devices, aperture, physBits);
    }

    public HostModel withMemory(List<HostMemoryRange> m) {
        return new HostModel(platform, regions, m, devices, aperture, physBits);
    }

    public HostModel withDevices(List<HostDevice> d) {
        return new HostModel(platform, regions, memory, d, aperture, physBits);
    }

    public HostModel withAperture(AddressRange a) {
        return new HostModel(platform, regions, memory, devices, a, physBits);
    }

    public HostModel withPhysBits(int bits) {
        return new HostModel(platform, regions, memory, devices, aperture, bits);
    }

    /**
     * Combines two partial views of the same host (say sysfs regions and a dmesg e820 map).
     * Regions, memory and devices are concatenated; a known platform, aperture or phys-bits wins
     * over an unknown one.
     */
    public HostModel mergedWith(HostModel other) {
        List<ReservedRegion> r = new ArrayList<>(regions);
        r.addAll(other.regions);
        List<HostMemoryRange> m = new ArrayList<>(memory);
        m.addAll(other.memory);
        List<HostDevice> d = new ArrayList<>(devices);
        for (HostDevice dev : other.devices) {
            if (d.stream().noneMatch(x -> x.name().equals(dev.name()))) {
                d.add(dev);
            }
        }
        HostPlatform p = platform != HostPlatform.UNKNOWN ? platform : other.platform;
        AddressRange a = !aperture.equals(AddressRange.FULL) ? aperture : other.aperture;
        int bits = physBits != 0 ? physBits : other.physBits;
        return new HostModel(p, r, m, d, a, bits);
    }

    /** Group numbers that appear on regions or devices, ascending. */
    public List<Integer> groups() {
        TreeSet<Integer> g = new TreeSet<>();
        for (ReservedRegion r : regions) {
            if (r.hasGroup()) {
                g.add(r.group());
            }
        }
        for (HostDevice d : devices) {
            if (d.group() != ReservedRegion.NO_GROUP) {
                g.add(d.group());
            }
        }
        return List.copyOf(g);
    }

    public List<HostDevice> devicesInGroup(int group) {
        return devices.stream().filter(d -> d.group() == group).toList();
    }
}
