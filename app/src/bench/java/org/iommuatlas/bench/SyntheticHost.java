package org.iommuatlas.bench;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.HostDevice;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.HostPlatform;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.iommuatlas.model.SourceRef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded synthetic x86 hosts far bigger than any real one, with the shape of a real one
 * (REFERENCE §2, §6.1): every group has the MSI window 0xfee00000-0xfeefffff (so regions overlap
 * across groups exactly as on real hosts), about 3% of groups have a firmware RMRR (direct) and
 * 8% a USB-style relaxable one, both drawn from small shared pools below 4 GiB, and the rest of
 * each group's quota is reserved regions of 4 KiB to 2 MiB. Those lie mostly in the high window
 * from 0xfd00000000 (the AMD HyperTransport hole and above); one in a thousand lands in
 * [4 GiB, 1 TiB), where {@link SyntheticGuest}'s RAM lies, so an analysis finds some conflicts
 * but not a flood. Within a group regions are sorted and disjoint, as sysfs prints them merged.
 * Each group has one device; a few are bound to vfio-pci.
 */
public final class SyntheticHost {
    public static final long MSI_START = 0xfee00000L;
    public static final long MSI_LAST = 0xfeefffffL;
    private static final long PAGE = 4096;
    private static final long HIGH_BASE = 0xfd_0000_0000L;
    /** 2^44 bytes of room for the high reserved regions: 4 Gi pages, so they rarely meet. */
    private static final long HIGH_PAGES = 1L << 32;
    private static final long GUEST_BASE = 0x1_0000_0000L;
    private static final long GUEST_PAGES = (1L << 40) / PAGE - GUEST_BASE / PAGE;

    private SyntheticHost() {
    }

    /** {@code count} regions spread over {@code groups} groups (numbered 0..groups-1), sorted per group. */
    public static List<ReservedRegion> regions(int count, int groups, long seed) {
        if (groups <= 0 || count < groups) {
            throw new IllegalArgumentException("need at least one region per group: " + count + " in " + groups);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<ReservedRegion> out = new ArrayList<>(count);
        int perGroup = count / groups;
        int extra = count % groups;
        for (int g = 0; g < groups; g++) {
            int quota = perGroup + (g < extra ? 1 : 0);
            out.addAll(group(g, quota, random));
        }
        return out;
    }

    /** Host drivers and their PCI classes; a real host binds only a few devices to vfio-pci. */
    private static final String[] DRIVERS = {"nvme", "e1000e", "xhci_hcd", "ahci", "snd_hda_intel", "i915", "igb",
        "pcieport"};
    private static final int[] CLASSES = {0x010802, 0x020000, 0x0c0330, 0x010601, 0x040300, 0x030000, 0x020000,
        0x060400};
    /** Devices of the first groups are bound to vfio-pci, as for a guest with a few passed-through devices. */
    public static final int VFIO_BOUND = 4;

    /**
     * A host of {@link #regions} with one device per group (the first {@link #VFIO_BOUND} bound to
     * vfio-pci, the others to host drivers) and the Intel platform.
     */
    public static HostModel host(int count, int groups, long seed) {
        List<HostDevice> devices = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            int kind = g % DRIVERS.length;
            devices.add(new HostDevice(deviceName(g), g, g < VFIO_BOUND ? "vfio-pci" : DRIVERS[kind], CLASSES[kind]));
        }
        return new HostModel(HostPlatform.INTEL, regions(count, groups, seed), List.of(), devices,
                org.iommuatlas.model.AddressRange.FULL, 46);
    }

    /** {@code 0000:bb:dd.f} for group {@code g}: unique while g < 65536 * 8. */
    public static String deviceName(int g) {
        int bus = (g >> 8) & 0xff;
        int dev = (g >> 3) & 0x1f;
        int fn = g & 7;
        int domain = g >> 16;
        return String.format("%04x:%02x:%02x.%x", domain, bus, dev, fn);
    }

    private static List<ReservedRegion> group(int g, int quota, SplittableRandom random) {
        SourceRef source = new SourceRef("/sys/kernel/iommu_groups/" + g + "/reserved_regions", 0);
        List<ReservedRegion> regions = new ArrayList<>(quota);
        regions.add(region(MSI_START, MSI_LAST, ReservedType.MSI, g, source));
        if (regions.size() < quota && random.nextInt(100) < 3) {
            // Firmware RMRRs: a pool of 64 disjoint ranges of 1 MiB below 2 GiB.
            long start = 0x4000_0000L + random.nextInt(64) * 0x20_0000L;
            regions.add(region(start, start + 0xf_ffffL, ReservedType.DIRECT, g, source));
        }
        if (regions.size() < quota && random.nextInt(100) < 8) {
            // USB controller RMRRs: 16 disjoint ranges of 128 KiB at 0x3e000000.
            long start = 0x3e00_0000L + random.nextInt(16) * 0x4_0000L;
            regions.add(region(start, start + 0x1_ffffL, ReservedType.DIRECT_RELAXABLE, g, source));
        }
        while (regions.size() < quota) {
            boolean inGuestRam = random.nextInt(1000) == 0;
            long start = inGuestRam
                    ? GUEST_BASE + random.nextLong(GUEST_PAGES) * PAGE
                    : HIGH_BASE + random.nextLong(HIGH_PAGES) * PAGE;
            long size = (1 + random.nextInt(512)) * PAGE;
            regions.add(region(start, start + size - 1, ReservedType.RESERVED, g, source));
        }
        regions.sort(Comparator.comparing(ReservedRegion::start, Long::compareUnsigned));
        return disjoint(regions);
    }

    /** Pushes a region that meets its predecessor past it, keeping its size (rare at these densities). */
    private static List<ReservedRegion> disjoint(List<ReservedRegion> sorted) {
        List<ReservedRegion> out = new ArrayList<>(sorted.size());
        ReservedRegion previous = null;
        for (ReservedRegion r : sorted) {
            if (previous != null && !Address.lessThan(previous.last(), r.start())) {
                long start = previous.last() + 1 + PAGE;
                r = r.withRange(start, start + (r.last() - r.start()));
            }
            out.add(r);
            previous = r;
        }
        return out;
    }

    private static ReservedRegion region(long start, long last, ReservedType type, int group, SourceRef source) {
        return new ReservedRegion(start, last, type, type.sysfsWord(), group, List.of(), source);
    }

    /** The regions as one reserved_regions-style text, one kernel-format line per region. */
    public static String sysfsText(List<ReservedRegion> regions) {
        StringBuilder text = new StringBuilder(regions.size() * 45);
        for (ReservedRegion r : regions) {
            text.append(Address.hex16(r.start())).append(' ').append(Address.hex16(r.last())).append(' ')
                    .append(r.reportedAs()).append('\n');
        }
        return text.toString();
    }
}
