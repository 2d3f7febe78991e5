package org.iommuatlas.picture;

import org.iommuatlas.guest.DmaMapPlanner;
import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.GuestArch;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.GuestRegion;
import org.iommuatlas.model.GuestRegionKind;
import org.iommuatlas.model.HostMemoryKind;
import org.iommuatlas.model.HostMemoryRange;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.HostPlatform;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.model.SourceRef;
import org.iommuatlas.model.ViewSettings;

import java.nio.file.Path;
import java.util.List;

/** Worked scenarios of REFERENCE §7 as picture inputs, for tests and for looking at. */
final class Samples {
    static final long MSI_START = 0xfee00000L;
    static final long MSI_LAST = 0xfeefffffL;
    static final long HT_START = 0xfd00000000L;
    static final long HT_LAST = 0xffffffffffL;
    static final long RAM_START = 0x40000000L;
    static final long RAM_LAST = 0x13fffffffL;

    private Samples() {
    }

    /** §7(a): aarch64 virt, 4096 MiB, on an AMD host: the RAM covers the x86 MSI window. */
    static Scenario scenario7a() {
        SourceRef sysfs = new SourceRef("iommu_groups/12/reserved_regions", 1);
        HostModel host = HostModel.EMPTY.withPlatform(HostPlatform.AMD).withRegions(List.of(
                ReservedRegion.of(AddressRange.of(MSI_START, MSI_LAST), ReservedType.MSI, 12, sysfs),
                ReservedRegion.of(AddressRange.of(HT_START, HT_LAST), ReservedType.RESERVED, 12,
                        new SourceRef("iommu_groups/12/reserved_regions", 2))));
        GuestLayout guest = new GuestLayout("virt", GuestArch.AARCH64, "virt:ram=4G",
                List.of(new RamBank("ram", "mach-virt.ram", RAM_START, 0x100000000L, SourceRef.preset("virt"))),
                List.of(), false, 0, false);
        return new Scenario("aarch64 virt guest, 4096 MiB, on an AMD host", "REFERENCE 7(a)", host, guest,
                List.of(), ViewSettings.DEFAULT);
    }

    static PictureInput input7a() {
        Scenario s = scenario7a();
        List<DmaMap> maps = DmaMapPlanner.plan(s.guest());
        List<Highlight> conflicts = List.of(new Highlight(Lane.IOVA, MSI_START, MSI_LAST, Severity.ERROR,
                "mach-virt.ram overlaps msi [0xfee00000, 0xfeefffff]"));
        return PictureInputs.from(s, maps, conflicts).toBuilder()
                .status("QEMU: Region mach-virt.ram: vfio_dma_map(<c>, 0x40000000, 0x100000000, <va>) = -22 "
                        + "(Invalid argument)", Severity.ERROR)
                .build();
    }

    /** §7(b)-like: q35 guest, 4 GiB, on an Intel host whose group has three direct regions. */
    static PictureInput input7b() {
        SourceRef sysfs = new SourceRef("iommu_groups/7/reserved_regions", 1);
        HostModel host = HostModel.EMPTY.withPlatform(HostPlatform.INTEL).withRegions(List.of(
                ReservedRegion.of(AddressRange.of(0xe8000L, 0xe8fffL), ReservedType.DIRECT, 7, sysfs),
                ReservedRegion.of(AddressRange.of(0xf4000L, 0xf4fffL), ReservedType.DIRECT, 7, sysfs),
                ReservedRegion.of(AddressRange.of(0xd5f7e000L, 0xd5f94fffL), ReservedType.DIRECT, 7, sysfs),
                ReservedRegion.of(AddressRange.of(0xfee00000L, 0xfeefffffL), ReservedType.MSI, 7, sysfs)))
                .withMemory(List.of(
                        mem(0x1000L, 0x9fbffL, HostMemoryKind.SYSTEM_RAM, "System RAM"),
                        mem(0x9fc00L, 0xfffffL, HostMemoryKind.RESERVED, "Reserved"),
                        mem(0x100000L, 0xd5f7dfffL, HostMemoryKind.SYSTEM_RAM, "System RAM"),
                        mem(0xd5f7e000L, 0xd5f94fffL, HostMemoryKind.RESERVED, "Reserved"),
                        mem(0xd5f95000L, 0xdfffffffL, HostMemoryKind.SYSTEM_RAM, "System RAM"),
                        mem(0xe0000000L, 0xfebfffffL, HostMemoryKind.PCI_WINDOW, "PCI Bus 0000:00"),
                        mem(0xfec00000L, 0xfec003ffL, HostMemoryKind.IOAPIC, "IOAPIC 0"),
                        mem(0xfed90000L, 0xfed90fffL, HostMemoryKind.IOMMU_UNIT, "dmar0"),
                        mem(0xfee00000L, 0xfee00fffL, HostMemoryKind.LAPIC, "Local APIC"),
                        mem(0x100000000L, 0x81fffffffL, HostMemoryKind.SYSTEM_RAM, "System RAM")));
        SourceRef preset = SourceRef.preset("q35");
        GuestLayout guest = new GuestLayout("pc-q35-8.2", GuestArch.X86_64, "q35:ram=4G",
                List.of(new RamBank("ram-below-4g", "pc.ram", 0, 0x80000000L, preset),
                        new RamBank("ram-above-4g", "pc.ram", 0x100000000L, 0x80000000L, preset)),
                List.of(new GuestRegion("vga-lowmem", 0xa0000L, 0xbffffL, GuestRegionKind.MMIO, true, false, preset),
                        GuestRegion.of("pcie-mmcfg", AddressRange.of(0xb0000000L, 0xbfffffffL),
                                GuestRegionKind.PCI_ECAM, preset),
                        GuestRegion.of("pci-hole", AddressRange.of(0xc0000000L, 0xfebfffffL),
                                GuestRegionKind.PCI_WINDOW, preset),
                        GuestRegion.of("ioapic", AddressRange.of(0xfec00000L, 0xfec00fffL),
                                GuestRegionKind.INTERRUPT_CONTROLLER, preset),
                        GuestRegion.of("apic-msi", AddressRange.of(0xfee00000L, 0xfeefffffL),
                                GuestRegionKind.INTERRUPT_CONTROLLER, preset),
                        new GuestRegion("pc.bios", 0xfffc0000L, 0xffffffffL, GuestRegionKind.ROM, false, true, preset)),
                false, 0, false);
        Scenario s = new Scenario("q35 guest, 4 GiB, on an Intel host with three direct regions", "REFERENCE 7(b)",
                host, guest, List.of(), ViewSettings.DEFAULT);
        List<Highlight> conflicts = List.of(
                new Highlight(Lane.IOVA, 0xe8000L, 0xe8fffL, Severity.ERROR, "pc.ram map at 0xc0000 covers direct 0xe8000"),
                new Highlight(Lane.IOVA, 0xf4000L, 0xf4fffL, Severity.ERROR, "covers direct 0xf4000"),
                new Highlight(Lane.IOVA, 0xd5f7e000L, 0xd5f94fffL, Severity.WARN, "direct 0xd5f7e000 (pc guests only)"));
        return PictureInputs.from(s, DmaMapPlanner.plan(guest), conflicts).toBuilder()
                .status("R3: the group has direct regions, so the device cannot be assigned (v6.6+: "
                        + "\"Firmware has requested this device have a 1:1 IOMMU mapping\")", Severity.ERROR)
                .build();
    }

    private static HostMemoryRange mem(long start, long last, HostMemoryKind kind, String name) {
        return new HostMemoryRange(start, last, kind, name, 0, new SourceRef("/proc/iomem", 1));
    }

    /** Writes the §7(a) picture: {@code Samples <file.png> [theme] [linear]}. */
    public static void main(String[] args) throws Exception {
        Palette palette = Palette.load(args.length > 1 ? args[1] : "light");
        boolean linear = args.length > 2 && args[2].equals("linear");
        PictureInput input = args.length > 3 && args[3].equals("7b") ? input7b() : input7a();
        Drawing d = PictureExporter.exportDrawing(input, linear ? Viewport.fitting(input) : Viewport.FULL, palette,
                LayoutOptions.export().withFolded(!linear));
        Path out = Path.of(args[0]);
        if (out.toString().endsWith(".svg")) {
            PictureExporter.writeSvg(d, palette, out);
        } else {
            PictureExporter.writePng(d, palette, out, 1.0);
        }
    }
}
