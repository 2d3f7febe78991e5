package org.iommuatlas.analysis;

import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.GuestArch;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.GuestRegion;
import org.iommuatlas.model.GuestRegionKind;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.HostPlatform;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.iommuatlas.model.SourceRef;

import java.util.List;

/** Hosts and guests of REFERENCE §7, built directly from the model. */
final class Fixtures {
    static final SourceRef SYSFS = new SourceRef("reserved_regions", 1);
    static final SourceRef PRESET = SourceRef.preset("test");

    private Fixtures() {
    }

    static ReservedRegion region(long start, long last, ReservedType type, int group) {
        return ReservedRegion.of(AddressRange.of(start, last), type, group, SYSFS);
    }

    static ReservedRegion region(long start, long last, ReservedType type, int group, String... devices) {
        return region(start, last, type, group).withDevices(List.of(devices));
    }

    static HostModel host(HostPlatform platform, ReservedRegion... regions) {
        return HostModel.EMPTY.withPlatform(platform).withRegions(List.of(regions));
    }

    /** §7(a): AMD host, group 12: x86 MSI window and the HyperTransport range. */
    static HostModel amdHost() {
        return host(HostPlatform.AMD,
                region(0xfee00000L, 0xfeefffffL, ReservedType.MSI, 12),
                region(0xfd00000000L, 0xffffffffffL, ReservedType.RESERVED, 12));
    }

    /** §7(b): Intel host whose group 5 has three direct RMRRs and the MSI window. */
    static HostModel intelThreeDirectHost() {
        return host(HostPlatform.INTEL,
                region(0xe8000L, 0xe8fffL, ReservedType.DIRECT, 5),
                region(0xf4000L, 0xf4fffL, ReservedType.DIRECT, 5),
                region(0xd5f7e000L, 0xd5f94fffL, ReservedType.DIRECT, 5),
                region(0xfee00000L, 0xfeefffffL, ReservedType.MSI, 5));
    }

    /** Arm SMMU host with the fixed software MSI window. */
    static HostModel armHost() {
        return host(HostPlatform.ARM_SMMU,
                new ReservedRegion(0x08000000L, 0x080fffffL, ReservedType.SW_MSI, "msi", 3, List.of(), SYSFS));
    }

    static RamBank bank(String id, String memoryRegion, long start, long size) {
        return new RamBank(id, memoryRegion, start, size, PRESET);
    }

    /** aarch64 virt: one RAM block from 0x40000000. */
    static GuestLayout virt(long ramBytes) {
        return new GuestLayout("virt", GuestArch.AARCH64, "virt:ram=" + ramBytes,
                List.of(bank("ram", "mach-virt.ram", 0x40000000L, ramBytes)), List.of(), false, 0, false);
    }

    static GuestRegion vgaLowmem() {
        return new GuestRegion("vga-lowmem", 0xa0000L, 0xbffffL, GuestRegionKind.MMIO, true, false, PRESET);
    }

    static GuestRegion pcBios() {
        return new GuestRegion("pc.bios", 0xfffc0000L, 0xffffffffL, GuestRegionKind.ROM, false, true, PRESET);
    }

    /** pc with all RAM below 4 GiB, vga-lowmem carve and the SeaBIOS ROM. */
    static GuestLayout pcLow(long ramBytes) {
        return new GuestLayout("pc", GuestArch.X86_64, "pc:ram=" + ramBytes,
                List.of(bank("ram-below-4g", "pc.ram", 0, ramBytes)), List.of(vgaLowmem(), pcBios()), false, 0, false);
    }

    /** q35 above 2816 MiB: 2 GiB low, the rest from {@code highStart}. */
    static GuestLayout q35Split(long ramBytes, long highStart) {
        return new GuestLayout("q35", GuestArch.X86_64, "q35:ram=" + ramBytes,
                List.of(bank("ram-below-4g", "pc.ram", 0, 0x80000000L),
                        bank("ram-above-4g", "pc.ram", highStart, ramBytes - 0x80000000L)),
                List.of(vgaLowmem(), pcBios()), false, 0, false);
    }
}
