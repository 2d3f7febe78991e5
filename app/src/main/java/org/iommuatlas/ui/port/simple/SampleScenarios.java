package org.iommuatlas.ui.port.simple;

import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.GuestArch;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.GuestRegion;
import org.iommuatlas.model.GuestRegionKind;
import org.iommuatlas.model.HostDevice;
import org.iommuatlas.model.HostMemoryKind;
import org.iommuatlas.model.HostMemoryRange;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.HostPlatform;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.model.SourceRef;
import org.iommuatlas.model.Sizes;
import org.iommuatlas.model.ViewSettings;

import java.util.List;

/**
 * Scenarios written in code from the worked examples of the domain reference (§7), used as the
 * start-up picture and the Samples menu until the presets package provides the real ones.
 */
public final class SampleScenarios {
    private static final SourceRef SYSFS = new SourceRef("/sys/kernel/iommu_groups/14/reserved_regions", 1);

    private SampleScenarios() {
    }

    /**
     * §7(a): an aarch64 {@code virt} guest with 4 GiB RAM [0x40000000, 0x13fffffff] on an AMD host
     * whose group reports the x86 MSI window and the HyperTransport hole. The bank covers the MSI
     * window, so QEMU fails.
     */
    public static Scenario armGuestOnAmdHost() {
        SourceRef preset = SourceRef.preset("virt:ram=4G");
        GuestLayout guest = new GuestLayout("virt", GuestArch.AARCH64, "virt:ram=4G",
                List.of(new RamBank("ram", "mach-virt.ram", 0x40000000L, 4 * Sizes.GIB, preset)),
                List.of(region("virt.flash", 0x0L, 0x07ffffffL, GuestRegionKind.FLASH, preset),
                        region("gic", 0x08000000L, 0x08ffffffL, GuestRegionKind.INTERRUPT_CONTROLLER, preset),
                        region("uart/rtc/fw_cfg", 0x09000000L, 0x090affffL, GuestRegionKind.MMIO, preset),
                        region("pcie-mmio", 0x10000000L, 0x3efeffffL, GuestRegionKind.PCI_WINDOW, preset),
                        region("pcie-ecam", 0x3f000000L, 0x3fffffffL, GuestRegionKind.PCI_ECAM, preset),
                        region("pcie-mmio-high", 0x8000000000L, 0xffffffffffL, GuestRegionKind.PCI_WINDOW, preset)),
                false, 0, false);
        HostModel host = new HostModel(HostPlatform.AMD,
                List.of(new ReservedRegion(0xfee00000L, 0xfeefffffL, ReservedType.MSI, "msi", 14,
                                List.of("0000:03:00.0"), SYSFS),
                        new ReservedRegion(0xfd00000000L, 0xffffffffffL, ReservedType.RESERVED, "reserved", 14,
                                List.of("0000:03:00.0"), new SourceRef(SYSFS.file(), 2))),
                List.of(memory(0x0L, 0x9ffffL, HostMemoryKind.SYSTEM_RAM, "System RAM", 1),
                        memory(0x100000L, 0xbfffffffL, HostMemoryKind.SYSTEM_RAM, "System RAM", 2),
                        memory(0xe0000000L, 0xefffffffL, HostMemoryKind.PCI_WINDOW, "PCI MMCONFIG", 3),
                        memory(0xfec00000L, 0xfec003ffL, HostMemoryKind.IOAPIC, "IOAPIC 0", 4),
                        memory(0xfee00000L, 0xfee00fffL, HostMemoryKind.LAPIC, "Local APIC", 5),
                        memory(0x100000000L, 0x83fffffffL, HostMemoryKind.SYSTEM_RAM, "System RAM", 6)),
                List.of(new HostDevice("0000:03:00.0", 14, "vfio-pci", 0x030000)),
                AddressRange.FULL, 48);
        return new Scenario("virt 4 GiB on an AMD host",
                "aarch64 virt guest, 4096 MiB, no vIOMMU, on an AMD x86 host (REFERENCE 7a)",
                host, guest, List.of("0000:03:00.0"), ViewSettings.DEFAULT);
    }

    /** §7(c): a 1 TiB q35 guest on an AMD host (machine 7.0, no relocation): high RAM hits the HT hole. */
    public static Scenario bigQ35OnAmdHost() {
        SourceRef preset = SourceRef.preset("q35:ram=1T,version=7.0");
        GuestLayout guest = new GuestLayout("pc-q35-7.0", GuestArch.X86_64, "q35:ram=1T,version=7.0",
                List.of(new RamBank("ram-below-4g", "pc.ram", 0x0L, 2 * Sizes.GIB, preset),
                        new RamBank("ram-above-4g", "pc.ram", 0x100000000L, 0xff80000000L, preset)),
                List.of(new GuestRegion("vga-lowmem", 0xa0000L, 0xbffffL, GuestRegionKind.MMIO, true, false, preset),
                        region("pcie-ecam", 0xb0000000L, 0xbfffffffL, GuestRegionKind.PCI_ECAM, preset),
                        region("pci-hole", 0xc0000000L, 0xfebfffffL, GuestRegionKind.PCI_WINDOW, preset),
                        region("lapic", 0xfee00000L, 0xfeefffffL, GuestRegionKind.INTERRUPT_CONTROLLER, preset)),
                false, 0, true);
        Scenario base = armGuestOnAmdHost();
        return new Scenario("q35 1 TiB on an AMD host", "pc-q35-7.0, 1 TiB RAM, AMD vCPU (REFERENCE 7c)",
                base.host(), guest, base.assignedDevices(), ViewSettings.DEFAULT);
    }

    private static GuestRegion region(String name, long start, long last, GuestRegionKind kind, SourceRef source) {
        return new GuestRegion(name, start, last, kind, false, false, source);
    }

    private static HostMemoryRange memory(long start, long last, HostMemoryKind kind, String name, int line) {
        return new HostMemoryRange(start, last, kind, name, 0, new SourceRef("/proc/iomem", line));
    }
}
