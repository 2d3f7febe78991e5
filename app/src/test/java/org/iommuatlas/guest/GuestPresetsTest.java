package org.iommuatlas.guest;

import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.GuestArch;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.GuestRegion;
import org.iommuatlas.model.GuestRegionKind;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.RamBank;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GuestPresetsTest {

    static PresetLayout preset(String spec) throws ParseException {
        return GuestPresets.layout(MachineSpec.parse(spec));
    }

    static GuestLayout layout(String spec) throws ParseException {
        PresetLayout p = preset(spec);
        assertEquals(List.of(), p.problems());
        return p.layout();
    }

    static Optional<GuestRegion> region(GuestLayout l, String name) {
        return l.regions().stream().filter(r -> r.name().equals(name)).findFirst();
    }

    static GuestRegion must(GuestLayout l, String name) {
        return region(l, name).orElseThrow(() -> new AssertionError("no region " + name + " in " + l.regions()));
    }

    static void assertRegion(GuestLayout l, String name, long start, long last, GuestRegionKind kind) {
        GuestRegion r = must(l, name);
        assertEquals(start, r.start(), name + " start");
        assertEquals(last, r.last(), name + " last");
        assertEquals(kind, r.kind(), name + " kind");
    }

    // ---- aarch64 virt ----

    @Test
    void armVirtCarriesTheConfigIntoTheLayout() throws ParseException {
        GuestLayout l = layout("virt-8.2:ram=4G,phys-bits=44,viommu=on");
        assertEquals("virt-8.2", l.machine());
        assertEquals(GuestArch.AARCH64, l.arch());
        assertEquals("virt-8.2:ram=4G,phys-bits=44,viommu=on", l.spec());
        assertTrue(l.viommu());
        assertEquals(44, l.physBits());
        assertEquals(List.of(new RamBank("ram", "mach-virt.ram", 0x40000000L, 0x100000000L,
                l.banks().get(0).source())), l.banks());
        assertEquals("<preset virt-8.2:ram=4G,phys-bits=44,viommu=on>", l.banks().get(0).source().file());
    }

    @Test
    void armVirtLowMapFollowsBaseMemmap() throws ParseException {
        GuestLayout l = layout("virt:ram=4G");
        assertRegion(l, "virt.flash0", 0x0L, 0x3FFFFFFL, GuestRegionKind.FLASH);
        assertRegion(l, "virt.flash1", 0x4000000L, 0x7FFFFFFL, GuestRegionKind.FLASH);
        assertRegion(l, "gic-dist", 0x08000000L, 0x0800FFFFL, GuestRegionKind.INTERRUPT_CONTROLLER);
        assertRegion(l, "gic-v2m", 0x08020000L, 0x08020FFFL, GuestRegionKind.INTERRUPT_CONTROLLER);
        assertRegion(l, "gic-its", 0x08080000L, 0x0809FFFFL, GuestRegionKind.INTERRUPT_CONTROLLER);
        assertRegion(l, "gic-redist", 0x080A0000L, 0x08FFFFFFL, GuestRegionKind.INTERRUPT_CONTROLLER);
        assertRegion(l, "uart0", 0x09000000L, 0x09000FFFL, GuestRegionKind.MMIO);
        assertRegion(l, "fw-cfg", 0x09020000L, 0x09020017L, GuestRegionKind.MMIO);
        assertRegion(l, "smmuv3", 0x09050000L, 0x0906FFFFL, GuestRegionKind.MMIO);
        assertRegion(l, "platform-bus", 0x0C000000L, 0x0DFFFFFFL, GuestRegionKind.MMIO);
        assertRegion(l, "pcie-mmio", 0x10000000L, 0x3EFEFFFFL, GuestRegionKind.PCI_WINDOW);
        assertRegion(l, "pcie-pio", 0x3EFF0000L, 0x3EFFFFFFL, GuestRegionKind.PCI_WINDOW);
        assertRegion(l, "pcie-ecam", 0x3F000000L, 0x3FFFFFFFL, GuestRegionKind.PCI_ECAM);
        assertTrue(l.regions().stream().noneMatch(r -> r.carvesRam() || r.dmaMapped()));
    }

    @Test
    void armVirtSmallGuestKeepsTheLegacyHighMapAt256GiB() throws ParseException {
        GuestLayout l = layout("virt:ram=4G");
        assertRegion(l, "high-gic-redist2", 0x4000000000L, 0x4003FFFFFFL, GuestRegionKind.INTERRUPT_CONTROLLER);
        assertRegion(l, "high-pcie-ecam", 0x4010000000L, 0x401FFFFFFFL, GuestRegionKind.PCI_ECAM);
        assertRegion(l, "high-pcie-mmio", 0x8000000000L, 0xFFFFFFFFFFL, GuestRegionKind.PCI_WINDOW);
    }

    @Test
    void armVirtHighRegionsFloatAboveLargeRamEachAlignedToItsSize() throws ParseException {
        GuestLayout l = layout("virt:ram=300G");
        // memtop = ROUND_UP(0x40000000 + 300 GiB, 1 GiB) = 301 GiB = 0x4b40000000
        assertRegion(l, "high-gic-redist2", 0x4B40000000L, 0x4B43FFFFFFL, GuestRegionKind.INTERRUPT_CONTROLLER);
        assertRegion(l, "high-pcie-ecam", 0x4B50000000L, 0x4B5FFFFFFFL, GuestRegionKind.PCI_ECAM);
        assertRegion(l, "high-pcie-mmio", 0x8000000000L, 0xFFFFFFFFFFL, GuestRegionKind.PCI_WINDOW);
    }

    @Test
    void armVirtHighMmioIsDisabledWhenItPassesThePaLimit() throws ParseException {
        GuestLayout assumed40 = layout("virt:ram=600G");
        assertTrue(region(assumed40, "high-gic-redist2").isPresent());
        assertFalse(region(assumed40, "high-pcie-mmio").isPresent());
        GuestLayout bits48 = layout("virt:ram=600G,phys-bits=48");
        assertRegion(bits48, "high-pcie-mmio", 0x10000000000L, 0x17FFFFFFFFFL, GuestRegionKind.PCI_WINDOW);
    }

    @Test
    void armVirtHotplugMemoryFollowsRamAndPushesNothingBelowTheFloor() throws ParseException {
        GuestLayout l = layout("virt:ram=4G,maxmem=8G,slots=2");
        // base ROUND_UP(0x140000000, 1 GiB), size maxmem - ram + 2 slots x 1 GiB = 6 GiB
        assertRegion(l, "device-memory", 0x140000000L, 0x2BFFFFFFFL, GuestRegionKind.DEVICE_MEMORY);
        assertRegion(l, "high-gic-redist2", 0x4000000000L, 0x4003FFFFFFL, GuestRegionKind.INTERRUPT_CONTROLLER);
    }

    @Test
    void armVirtHighmemOffAllowsThreeGiBAndNoHighRegions() throws ParseException {
        GuestLayout l = layout("virt:ram=3G,highmem=off");
        assertTrue(l.regions().stream().noneMatch(r -> r.name().startsWith("high-")));
        assertEquals(0xFFFFFFFFL, l.banks().get(0).last());
    }

    @Test
    void armVirtHighmemOffWithFourGiBIsRefusedAsQemuSays() throws ParseException {
        PresetLayout p = preset("virt:ram=4G,highmem=off");
        assertEquals(List.of("Addressing limited to 32 bits, but memory exceeds it by 1073741824 bytes"), p.problems());
        assertFalse(p.startsInQemu());
        assertEquals(0x13FFFFFFFL, p.layout().banks().get(0).last(), "the layout is still drawn");
    }

    @Test
    void armVirtKnownPhysBitsLimitRamAndHotplug() throws ParseException {
        assertEquals(List.of("Addressing limited to 36 bits, but memory exceeds it by 1073741824 bytes"),
                preset("virt:ram=64G,phys-bits=36").problems());
        assertEquals(List.of(), preset("virt:ram=63G,phys-bits=36").problems());
    }

    @Test
    void armVirtBefore40CannotPass255GiB() throws ParseException {
        assertEquals(List.of("mach-virt: cannot model more than 255GB RAM"), preset("virt-3.1:ram=256G").problems());
        assertEquals(List.of(), preset("virt-4.0:ram=256G").problems());
    }

    @Test
    void armVirtRamNameOverrideNamesTheMap() throws ParseException {
        List<DmaMap> maps = DmaMapPlanner.plan(layout("virt:ram=4G,ram-name=mem"));
        assertEquals("mem", maps.get(0).regionName());
    }

    // ---- riscv64 virt ----

    @Test
    void riscvVirtRamStartsAt2GiBBehindTheFixedMap() throws ParseException {
        GuestLayout l = layout("riscv64-virt:ram=2G");
        assertEquals(GuestArch.RISCV64, l.arch());
        assertEquals(List.of(new RamBank("ram", "riscv_virt_board.ram", 0x80000000L, 0x80000000L,
                l.banks().get(0).source())), l.banks());
        assertRegion(l, "plic", 0xC000000L, 0xC5FFFFFL, GuestRegionKind.INTERRUPT_CONTROLLER);
        assertRegion(l, "clint (aclint mswi+mtimer)", 0x2000000L, 0x200FFFFL, GuestRegionKind.INTERRUPT_CONTROLLER);
        assertRegion(l, "imsic-m (aia=aplic-imsic)", 0x24000000L, 0x27FFFFFFL, GuestRegionKind.INTERRUPT_CONTROLLER);
        assertRegion(l, "imsic-s (aia=aplic-imsic)", 0x28000000L, 0x2BFFFFFFL, GuestRegionKind.INTERRUPT_CONTROLLER);
        assertRegion(l, "virt.flash0", 0x20000000L, 0x21FFFFFFL, GuestRegionKind.FLASH);
        assertRegion(l, "pcie-ecam", 0x30000000L, 0x3FFFFFFFL, GuestRegionKind.PCI_ECAM);
        assertRegion(l, "pcie-mmio", 0x40000000L, 0x7FFFFFFFL, GuestRegionKind.PCI_WINDOW);
        // high window: ROUND_UP(0x80000000 + 2 GiB, 16 GiB), 16 GiB long
        assertRegion(l, "pcie-mmio-high", 0x400000000L, 0x7FFFFFFFFL, GuestRegionKind.PCI_WINDOW);
        assertRegion(layout("riscv64-virt:ram=16G"), "pcie-mmio-high", 0x800000000L, 0xBFFFFFFFFL,
                GuestRegionKind.PCI_WINDOW);
    }

    @Test
    void riscvVirtMapsItsMaskRomReadOnlyAndItsRam() throws ParseException {
        List<DmaMap> maps = DmaMapPlanner.plan(layout("riscv64-virt:ram=2G"));
        assertEquals(List.of(new DmaMap(0x1000L, 0xF000L, "riscv_virt_board.mrom", true, null),
                new DmaMap(0x80000000L, 0x80000000L, "riscv_virt_board.ram", false, "ram")), maps);
    }

    // ---- x86 ----

    @Test
    void q35FixedPiecesFollowSection56() throws ParseException {
        GuestLayout l = layout("q35:ram=4G");
        assertEquals(GuestArch.X86_64, l.arch());
        GuestRegion vga = must(l, "vga-lowmem");
        assertEquals(0xA0000L, vga.start());
        assertEquals(0xBFFFFL, vga.last());
        assertTrue(vga.carvesRam());
        GuestRegion rom = must(l, "pc.rom");
        assertEquals(GuestRegionKind.ROM, rom.kind());
        assertFalse(rom.dmaMapped());
        assertFalse(rom.carvesRam());
        assertRegion(l, "isa-bios", 0xE0000L, 0xFFFFFL, GuestRegionKind.ROM);
        assertFalse(must(l, "isa-bios").carvesRam());
        assertRegion(l, "mmconfig (pcie-ecam)", 0xB0000000L, 0xBFFFFFFFL, GuestRegionKind.PCI_ECAM);
        List<GuestRegion> hole = l.regions().stream().filter(r -> r.name().equals("pci-hole")).toList();
        assertEquals(2, hole.size());
        assertEquals(0x80000000L, hole.get(0).start());
        assertEquals(0xAFFFFFFFL, hole.get(0).last());
        assertEquals(0xC0000000L, hole.get(1).start());
        assertEquals(0xFEBFFFFFL, hole.get(1).last());
        assertRegion(l, "ioapic", 0xFEC00000L, 0xFEC00FFFL, GuestRegionKind.INTERRUPT_CONTROLLER);
        assertRegion(l, "ich9-rcrb (e820 reserved)", 0xFED1C000L, 0xFED1FFFFL, GuestRegionKind.RESERVED);
        assertRegion(l, "lapic", 0xFEE00000L, 0xFEEFFFFFL, GuestRegionKind.INTERRUPT_CONTROLLER);
        GuestRegion bios = must(l, "pc.bios");
        assertEquals(0xFFFC0000L, bios.start());
        assertEquals(0xFFFFFFFFL, bios.last());
        assertTrue(bios.dmaMapped());
        // 64-bit hole: ROUND_UP(end of above-4G RAM 0x180000000, 1 GiB), 32 GiB on q35
        assertRegion(l, "pci-hole64", 0x180000000L, 0x97FFFFFFFL, GuestRegionKind.PCI_WINDOW);
    }

    @Test
    void pcHasOneHoleUpToTheIoapicAndA2GiBHole64() throws ParseException {
        GuestLayout l = layout("pc:ram=2G");
        assertRegion(l, "pci-hole", 0x80000000L, 0xFEBFFFFFL, GuestRegionKind.PCI_WINDOW);
        assertFalse(region(l, "mmconfig (pcie-ecam)").isPresent());
        assertFalse(region(l, "ich9-rcrb (e820 reserved)").isPresent());
        assertRegion(l, "pci-hole64", 0x100000000L, 0x17FFFFFFFL, GuestRegionKind.PCI_WINDOW);
        assertEquals(List.of("ram-below-4g"), l.banks().stream().map(RamBank::id).toList());
    }

    @Test
    void x86BanksNamePcRamOrTheOverride() throws ParseException {
        GuestLayout l = layout("q35:ram=4G,ram-name=mem");
        assertEquals(List.of("mem", "mem"), l.banks().stream().map(RamBank::memoryRegion).toList());
        assertEquals(List.of("pc.ram", "pc.ram"), layout("q35:ram=4G").banks().stream().map(RamBank::memoryRegion).toList());
    }

    @Test
    void x86HotplugMemorySitsAfterAbove4gRamAndMovesTheHole64() throws ParseException {
        GuestLayout l = layout("q35:ram=4G,maxmem=8G,slots=2");
        assertRegion(l, "device-memory", 0x180000000L, 0x2FFFFFFFFL, GuestRegionKind.DEVICE_MEMORY);
        assertRegion(l, "pci-hole64", 0x300000000L, 0xAFFFFFFFFL, GuestRegionKind.PCI_WINDOW);
    }

    @Test
    void theAmdHtRangeIsAdvertisedOnlyForAnAmdVcpuOnAnEnforcingMachineWith40Bits() throws ParseException {
        GuestLayout amd = layout("q35:ram=4G,cpu=amd");
        assertRegion(amd, "amd-ht-hole (e820 reserved)", 0xFD00000000L, 0xFFFFFFFFFFL, GuestRegionKind.RESERVED);
        assertTrue(amd.amdVcpu());
        assertTrue(region(layout("q35:ram=4G,cpu=amd,phys-bits=40"), "amd-ht-hole (e820 reserved)").isPresent());
        assertFalse(region(layout("q35:ram=4G,cpu=amd,phys-bits=39"), "amd-ht-hole (e820 reserved)").isPresent());
        assertFalse(region(layout("q35:ram=4G,cpu=amd,version=7.0"), "amd-ht-hole (e820 reserved)").isPresent());
        assertFalse(region(layout("q35:ram=4G,cpu=intel"), "amd-ht-hole (e820 reserved)").isPresent());
    }

    @Test
    void relocationMovesTheHole64AboveTheRelocatedRam() throws ParseException {
        GuestLayout l = layout("q35:ram=1024G,cpu=amd,version=7.1");
        assertRegion(l, "pci-hole64", 0x1FF80000000L, 0x2077FFFFFFFL, GuestRegionKind.PCI_WINDOW);
        assertEquals(0x80000000L, l.bank("ram-below-4g").orElseThrow().size(), "below-4G RAM is unchanged");
    }

    @Test
    void x86ConfigsQemuRefusesGiveItsMessages() throws ParseException {
        assertEquals(List.of("Machine option 'max-ram-below-4g=5368709120' expects size less than or equal to 4G"),
                preset("pc:ram=4G,max-ram-below-4g=5G").problems());
        assertEquals(List.of("phys-bits should be between 32 and 52 (but is 30)"), preset("q35:ram=1G,phys-bits=30").problems());
        assertEquals(List.of("invalid value of maxmem: maximum memory size (0x80000000) must be at least the initial "
                + "memory size (0x100000000)"), preset("q35:ram=4G,maxmem=2G").problems());
        assertEquals(List.of("invalid value of maxmem: memory slots were specified but maximum memory size "
                + "(0x100000000) is equal to the initial memory size (0x100000000)"), preset("q35:ram=4G,slots=2").problems());
        assertEquals(List.of("unsupported amount of memory slots: 257"),
                preset("q35:ram=4G,maxmem=8G,slots=257").problems());
    }

    @Test
    void physBitsTooLowCountsTheWholeHole64() throws ParseException {
        // q35 4 GiB: hole64 [0x180000000, 0x97fffffff] needs 36 bits
        assertEquals(List.of("Address space limit 0x7ffffffff < 0x97fffffff phys-bits too low (35)"),
                preset("q35:ram=4G,phys-bits=35").problems());
        assertEquals(List.of(), preset("q35:ram=4G,phys-bits=36").problems());
    }

    @Test
    void aPcOneSevenSplitStays3584MiBLowWithoutGigabyteAlignment() throws ParseException {
        GuestLayout l = layout("pc-1.7:ram=4G");
        assertEquals(0xE0000000L, l.bank("ram-below-4g").orElseThrow().size());
        assertRegion(l, "pci-hole", 0xE0000000L, 0xFEBFFFFFL, GuestRegionKind.PCI_WINDOW);
    }

    @Test
    void oldQ35TypesWithoutGigabyteAlignmentKeep2816MiBLow() throws ParseException {
        GuestLayout l = layout("pc-q35-1.7:ram=4G");
        assertEquals(0xB0000000L, l.bank("ram-below-4g").orElseThrow().size());
        assertEquals(0x50000000L, l.bank("ram-above-4g").orElseThrow().size());
    }
}
