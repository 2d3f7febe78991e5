package org.iommuatlas.format.guest;

import org.iommuatlas.guest.DmaMapPlanner;
import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.GuestArch;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.GuestRegion;
import org.iommuatlas.model.GuestRegionKind;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.RamBank;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MtreeParserTest {
    /** The four flat-view example lines of REFERENCE §6.9, verbatim. */
    static final String FLAT_69 = "FlatView #0\n"
            + " AS \"memory\", root: system\n"
            + " Root memory region: system\n"
            + "  0000000000000000-000000000009ffff (prio 0, ram): pc.ram KVM\n"
            + "  00000000000c0000-00000000000dffff (prio 1, rom): pc.rom KVM\n"
            + "  0000000000100000-00000000bfffffff (prio 0, ram): pc.ram @0000000000100000 KVM\n"
            + "  0000000100000000-000000023fffffff (prio 0, ram): pc.ram @00000000c0000000 KVM\n";

    /** The §6.8 tree example lines (pc, 8 GiB), verbatim, under a header, plus the pc.ram block. */
    static final String TREE_68 = "address-space: memory\n"
            + "  0000000000000000-00000000bfffffff (prio 0, ram): alias ram-below-4g @pc.ram 0000000000000000-00000000bfffffff\n"
            + "    00000000000a0000-00000000000bffff (prio 1, i/o): vga-lowmem\n"
            + "  00000000fee00000-00000000feefffff (prio 4096, i/o): apic-msi\n"
            + "  0000000100000000-000000023fffffff (prio 0, ram): alias ram-above-4g @pc.ram 00000000c0000000-00000001ffffffff\n"
            + "\n"
            + "memory-region: pc.ram\n"
            + "  0000000000000000-00000001ffffffff (prio 0, ram): pc.ram\n";

    /** REFERENCE §7(c): the relocated high RAM of a 1 TiB q35 guest on an AMD host. */
    static final String TREE_7C = "address-space: memory\n"
            + "  0000010000000000-000001ff7fffffff (prio 0, i/o): alias ram-above-4g @pc.ram 0000000080000000-000000ffffffffff\n";

    @Test
    void readsTheFlatViewExampleLinesOfReference69() throws ParseException {
        MtreeReadout readout = MtreeParser.parse("flat.txt", FLAT_69);
        MtreeBlock view = readout.flatView("memory").orElseThrow();
        assertEquals("system", view.root());
        List<MtreeEntry> e = view.entries();
        assertEquals(4, e.size());
        assertEntry(e.get(0), 0x0L, 0x9ffffL, 0, "ram", "pc.ram", 0);
        assertEquals("KVM", e.get(0).accelerator());
        assertEntry(e.get(1), 0xc0000L, 0xdffffL, 1, "rom", "pc.rom", 0);
        assertEntry(e.get(2), 0x100000L, 0xbfffffffL, 0, "ram", "pc.ram", 0x100000L);
        assertEntry(e.get(3), 0x100000000L, 0x23fffffffL, 0, "ram", "pc.ram", 0xc0000000L);
        assertEquals(7, e.get(3).line());
    }

    @Test
    void readsTheAliasLineOfScenario7cWithItsOffsets() throws ParseException {
        MtreeEntry alias = MtreeParser.parse("tree.txt", TREE_7C).tree("memory").orElseThrow().entries().get(0);
        assertEquals(0x10000000000L, alias.start());
        assertEquals(0x1ff7fffffffL, alias.last());
        assertEquals("i/o", alias.typeWord());
        assertEquals("ram-above-4g", alias.name());
        assertEquals("pc.ram", alias.aliasTarget());
        assertEquals(0x80000000L, alias.aliasOffsetStart());
        assertEquals(0xffffffffffL, alias.aliasOffsetLast());
    }

    @Test
    void scenario7cAliasTypedIoStillBecomesARamBankOfPcRam() throws ParseException {
        GuestLayout layout = MtreeParser.toGuestLayout(MtreeParser.parse("tree.txt", TREE_7C));
        assertEquals(1, layout.banks().size());
        RamBank bank = layout.banks().get(0);
        assertEquals("pc.ram@0x10000000000", bank.id());
        assertEquals("pc.ram", bank.memoryRegion());
        assertEquals(0x10000000000L, bank.start());
        assertEquals(0xff80000000L, bank.size());
    }

    @Test
    void pc8GiBTreeOfReference68GivesTwoBanksAndTheVgaCarve() throws ParseException {
        GuestLayout layout = MtreeParser.toGuestLayout(MtreeParser.parse("tree.txt", TREE_68));
        assertBanks(layout, "pc.ram@0x0", 0x0L, 0xbfffffffL, "pc.ram@0x100000000", 0x100000000L, 0x23fffffffL);
        GuestRegion vga = region(layout, "vga-lowmem");
        assertEquals(0xa0000L, vga.start());
        assertEquals(0xbffffL, vga.last());
        assertTrue(vga.carvesRam());
        assertEquals(GuestRegionKind.INTERRUPT_CONTROLLER, region(layout, "apic-msi").kind());
        assertEquals("custom", layout.machine());
        assertEquals("", layout.spec());
        assertEquals(GuestArch.X86_64, layout.arch());
    }

    @Test
    void pc8GiBTreeLayoutPlansTheMapsOfReference58() throws ParseException {
        List<DmaMap> maps = DmaMapPlanner.plan(MtreeParser.toGuestLayout(MtreeParser.parse("tree.txt", TREE_68)));
        assertEquals(3, maps.size());
        assertMap(maps.get(0), 0x0L, 0xa0000L);
        assertMap(maps.get(1), 0xc0000L, 0xbff40000L);
        assertMap(maps.get(2), 0x100000000L, 0x140000000L);
    }

    @Test
    void realisticPcTreeRendersOverlaysAliasesAndDisabledRegionsLikeQemu() throws ParseException {
        MtreeReadout readout = MtreeParser.parse("mtree-pc-8g-tree.txt", GuestSamples.read("mtree-pc-8g-tree.txt"));
        MtreeBlock memory = readout.tree("memory").orElseThrow();
        assertEquals(List.of("cpu-memory-0", "memory"), memory.names());
        assertTrue(memory.entries().stream().anyMatch(MtreeEntry::disabled));
        GuestLayout layout = MtreeParser.toGuestLayout(readout);
        assertBanks(layout, "pc.ram@0x0", 0x0L, 0xbfffffffL, "pc.ram@0x100000000", 0x100000000L, 0x23fffffffL);
        assertTrue(region(layout, "vga-lowmem").carvesRam());
        GuestRegion bios = region(layout, "pc.bios");
        assertEquals(0xfffc0000L, bios.start());
        assertEquals(0xffffffffL, bios.last());
        assertEquals(GuestRegionKind.ROM, bios.kind());
        assertTrue(bios.dmaMapped());
        assertEquals(GuestRegionKind.RAM_DEVICE, region(layout, "vga.vram").kind());
        assertEquals(GuestRegionKind.INTERRUPT_CONTROLLER, region(layout, "kvm-ioapic").kind());
        assertEquals(GuestRegionKind.INTERRUPT_CONTROLLER, region(layout, "kvm-apic-msi").kind());
        assertEquals(GuestRegionKind.MMIO, region(layout, "hpet").kind());
        // pc.rom sits in the pci container (prio -1) under RAM, so nothing of it is visible.
        assertTrue(layout.regions().stream().noneMatch(r -> r.name().equals("pc.rom")));
    }

    @Test
    void realisticPcFlatViewUsesTheMemoryAddressSpaceAndStopsBanksAtRom() throws ParseException {
        MtreeReadout readout = MtreeParser.parse("mtree-pc-8g-flat.txt", GuestSamples.read("mtree-pc-8g-flat.txt"));
        assertEquals(3, readout.blocks().size());
        assertFalse(readout.blocks().get(2).rendered());
        assertEquals(List.of("cpu-memory-0", "memory"), readout.blocks().get(1).names());
        GuestLayout layout = MtreeParser.toGuestLayout(readout);
        assertEquals(List.of("pc.ram@0x0", "pc.ram@0x100000", "pc.ram@0x100000000"),
                layout.banks().stream().map(RamBank::id).toList());
        assertEquals(0x9ffffL, layout.banks().get(0).last());
        assertEquals(0xbfffffffL, layout.banks().get(1).last());
        assertEquals(0x23fffffffL, layout.banks().get(2).last());
        GuestRegion isaBios = layout.regions().stream().filter(r -> r.start() == 0xe0000L).findFirst().orElseThrow();
        assertEquals("pc.bios", isaBios.name());
        assertEquals(GuestRegionKind.ROM, isaBios.kind());
        assertFalse(region(layout, "vga-lowmem").carvesRam());
    }

    @Test
    void virtFlatViewGivesTheMachVirtBankAndTheMapOfTheSeedReport() throws ParseException {
        GuestLayout layout = MtreeParser.toGuestLayout(
                MtreeParser.parse("mtree-virt-4g-flat.txt", GuestSamples.read("mtree-virt-4g-flat.txt")));
        assertEquals(GuestArch.AARCH64, layout.arch());
        assertEquals(1, layout.banks().size());
        RamBank ram = layout.banks().get(0);
        assertEquals("mach-virt.ram@0x40000000", ram.id());
        assertEquals(0x40000000L, ram.start());
        assertEquals(0x100000000L, ram.size());
        GuestRegion flash = region(layout, "virt.flash0");
        assertEquals(GuestRegionKind.FLASH, flash.kind());
        assertFalse(flash.dmaMapped());
        assertEquals(GuestRegionKind.INTERRUPT_CONTROLLER, region(layout, "gic_dist").kind());
        assertEquals(GuestRegionKind.INTERRUPT_CONTROLLER, region(layout, "kvm-gicv3-its").kind());
        assertEquals(GuestRegionKind.PCI_ECAM, region(layout, "pcie-mmcfg-mmio").kind());
        assertEquals(GuestRegionKind.MMIO, region(layout, "pl011").kind());
        GuestRegion bar = region(layout, "0000:29:00.0 BAR 0 mmaps[0]");
        assertEquals(GuestRegionKind.RAM_DEVICE, bar.kind());
        assertTrue(bar.dmaMapped());
        DmaMap first = DmaMapPlanner.plan(layout).get(0);
        assertMap(first, 0x40000000L, 0x100000000L);
        assertEquals("mach-virt.ram", first.regionName());
    }

    @Test
    void flatViewLineWithoutPrioIsRead() throws ParseException {
        MtreeEntry e = single("FlatView #0\n AS \"memory\", root: system\n"
                + "  0000000040000000-000000013fffffff (ram): mach-virt.ram KVM\n");
        assertNull(e.prio());
        assertEquals(0, e.priorityOrDefault());
        assertEquals("mach-virt.ram", e.name());
    }

    @Test
    void nonVolatilePrefixOwnerSuffixAndLowercaseKvmAreTakenOff() throws ParseException {
        MtreeEntry e = single("FlatView #3\n AS \"memory\", root: system\n"
                + "  0000000140000000-000000017fffffff (prio 0, nv-ram): nvdimm0 @0000000000001000"
                + " owner:{dev id=nv0} kvm\n");
        assertTrue(e.nonVolatile());
        assertEquals("ram", e.typeWord());
        assertEquals("nvdimm0", e.name());
        assertEquals(0x1000L, e.offsetInRegion());
        assertEquals("owner:{dev id=nv0}", e.ownerSuffix());
        assertEquals("kvm", e.accelerator());
    }

    @Test
    void overflowPrefixIsRecordedAndTheRangeKeptAsPrinted() throws ParseException {
        MtreeEntry e = single("address-space: memory\n"
                + "  [DETECTED OVERFLOW!] fffffffffffff000-0000000000000fff (prio 0, i/o): broken\n");
        assertTrue(e.overflow());
        assertEquals(0xfffffffffffff000L, e.start());
        assertEquals(0xfffL, e.last());
    }

    @Test
    void oldRwFlagLettersAreAcceptedAsTheTypeWord() throws ParseException {
        MtreeReadout readout = MtreeParser.parse("old.txt", "address-space: memory\n"
                + "  0000000000000000-7ffffffffffffffe (prio 0, RW): system\n"
                + "    0000000000000000-000000003fffffff (prio 0, RW): alias ram-below-4g @pc.ram 0000000000000000-000000003fffffff\n"
                + "memory-region: pc.ram\n"
                + "  0000000000000000-000000003fffffff (prio 0, RW): pc.ram\n");
        MtreeEntry system = readout.tree("memory").orElseThrow().entries().get(0);
        assertEquals(MtreeRegionType.LEGACY_FLAGS, system.type());
        assertEquals("RW", system.typeWord());
        GuestLayout layout = MtreeParser.toGuestLayout(readout);
        assertBanks(layout, "pc.ram@0x0", 0x0L, 0x3fffffffL);
    }

    @Test
    void sharedAddressSpaceHeaderCollectsTheNamesBelowIt() throws ParseException {
        MtreeReadout readout = MtreeParser.parse("shared.txt", "address-space shared 2 times:\n"
                + "address-space: cpu-memory-0\naddress-space: memory\n"
                + "  0000000000000000-ffffffffffffffff (prio 0, i/o): system\n");
        assertEquals(List.of("cpu-memory-0", "memory"), readout.tree("memory").orElseThrow().names());
    }

    @Test
    void dispatchTreeAfterAFlatViewIsSkipped() throws ParseException {
        MtreeReadout readout = MtreeParser.parse("d.txt", FLAT_69
                + "  Dispatch\n    Physical sections\n"
                + "      #0 @0000000000000000..ffffffffffffffff (noname) [unassigned]\n"
                + "    Nodes (9 bits per level, 6 levels) ptr=[3] skip=4\n      [0]\n");
        assertEquals(4, readout.flatView("memory").orElseThrow().entries().size());
    }

    @Test
    void aliasNamesAndTargetsWithSpacesAreSplitAtTheAtSign() throws ParseException {
        MtreeEntry e = single("address-space: memory\n  00000000fd000000-00000000fd003fff (prio 0, ramd): alias"
                + " 0000:01:00.0 BAR 0 window @0000:01:00.0 BAR 0 mmaps[0] 0000000000000000-0000000000003fff\n");
        assertEquals("0000:01:00.0 BAR 0 window", e.name());
        assertEquals("0000:01:00.0 BAR 0 mmaps[0]", e.aliasTarget());
        assertEquals(0x3fffL, e.aliasOffsetLast());
    }

    @Test
    void overlongLineIsRefusedInsteadOfScanned() {
        ParseException e = assertThrows(ParseException.class, () -> MtreeParser.parse("big.txt",
                "address-space: memory\n  0000000000000000-00000000bfffffff (prio 0, ram): "
                        + "alias x @y ".repeat(1000) + "\n"));
        assertEquals(2, e.line());
        assertTrue(e.problem().contains("characters long"), e.problem());
    }

    @Test
    void treeDepthFollowsIndentation() throws ParseException {
        List<MtreeEntry> entries = MtreeParser.parse("t", GuestSamples.read("mtree-pc-8g-tree.txt"))
                .tree("memory").orElseThrow().entries();
        assertEquals(0, entries.get(0).depth());
        assertEquals(1, entries.get(1).depth());
        assertEquals("vga-lowmem", entries.get(3).name());
        assertEquals(2, entries.get(3).depth());
    }

    @Test
    void damagedRegionLineIsReportedWithLineAndColumn() {
        ParseException e = assertThrows(ParseException.class, () -> MtreeParser.parse("bad.txt",
                "address-space: memory\n  0000000000000000-00000000bfffffff (prio zero, ram): pc.ram\n"));
        assertEquals(2, e.line());
        assertEquals(3, e.column());
        assertTrue(e.problem().contains("expected a region line"), e.problem());
    }

    @Test
    void unknownTypeWordIsReportedAtItsColumn() {
        ParseException e = assertThrows(ParseException.class, () -> MtreeParser.parse("bad.txt",
                "address-space: memory\n  0000000000000000-00000000bfffffff (prio 0, flash): x\n"));
        assertEquals(2, e.line());
        assertEquals(46, e.column());
    }

    @Test
    void endBelowStartWithoutOverflowMarkIsRefused() {
        ParseException e = assertThrows(ParseException.class, () -> MtreeParser.parse("bad.txt",
                "address-space: memory\n  00000000c0000000-00000000bfffffff (prio 0, ram): pc.ram\n"));
        assertEquals(2, e.line());
        assertTrue(e.problem().contains("below its start"), e.problem());
    }

    @Test
    void aliasWhoseOffsetsSpanADifferentSizeIsRefused() {
        ParseException e = assertThrows(ParseException.class, () -> MtreeParser.parse("bad.txt",
                "address-space: memory\n  0000000000000000-00000000bfffffff (prio 0, ram): alias ram-below-4g"
                        + " @pc.ram 0000000000000000-000000000fffffff\n"));
        assertEquals(2, e.line());
    }

    @Test
    void regionLineBeforeAnyHeaderIsRefused() {
        ParseException e = assertThrows(ParseException.class, () -> MtreeParser.parse("bad.txt",
                "  0000000000000000-000000000009ffff (prio 0, ram): pc.ram KVM\n"));
        assertEquals(1, e.line());
        assertTrue(e.problem().contains("before any"), e.problem());
    }

    @Test
    void unknownLineInsideABlockIsRefused() {
        ParseException e = assertThrows(ParseException.class, () -> MtreeParser.parse("bad.txt",
                "address-space: memory\n  this is not a region\n"));
        assertEquals(2, e.line());
    }

    @Test
    void textWithoutAnyHeaderIsRefused() {
        ParseException e = assertThrows(ParseException.class, () -> MtreeParser.parse("bad.txt", "hello\nworld\n"));
        assertEquals(0, e.line());
        assertTrue(e.problem().contains("info mtree"), e.problem());
    }

    @Test
    void layoutWithoutAMemoryAddressSpaceNamesWhatWasThere() throws ParseException {
        MtreeReadout readout = MtreeParser.parse("io.txt",
                "address-space: I/O\n  0000000000000000-000000000000ffff (prio 0, i/o): io\n");
        ParseException e = assertThrows(ParseException.class, () -> MtreeParser.toGuestLayout(readout));
        assertTrue(e.problem().contains("I/O"), e.problem());
    }

    @Test
    void unrenderedMemoryFlatViewAloneIsRefused() throws ParseException {
        MtreeReadout readout = MtreeParser.parse("f.txt", "FlatView #0\n AS \"memory\", root: system\n"
                + " Root memory region: system\n  No rendered FlatView\n");
        ParseException e = assertThrows(ParseException.class, () -> MtreeParser.toGuestLayout(readout));
        assertTrue(e.problem().contains("No rendered FlatView"), e.problem());
    }

    private static MtreeEntry single(String text) throws ParseException {
        MtreeReadout readout = MtreeParser.parse("one.txt", text);
        return readout.blocks().get(0).entries().get(0);
    }

    private static void assertEntry(MtreeEntry e, long start, long last, int prio, String type, String name,
                                    long offset) {
        assertEquals(start, e.start(), "start of " + e);
        assertEquals(last, e.last(), "last of " + e);
        assertEquals(prio, e.prio());
        assertEquals(type, e.typeWord());
        assertEquals(name, e.name());
        assertEquals(offset, e.offsetInRegion());
    }

    private static void assertBanks(GuestLayout layout, Object... idStartLast) {
        assertEquals(idStartLast.length / 3, layout.banks().size(), "banks " + layout.banks());
        for (int i = 0; i < layout.banks().size(); i++) {
            RamBank b = layout.banks().get(i);
            assertEquals(idStartLast[3 * i], b.id());
            assertEquals((long) (Long) idStartLast[3 * i + 1], b.start(), b.id());
            assertEquals((long) (Long) idStartLast[3 * i + 2], b.last(), b.id());
            assertEquals("pc.ram", b.memoryRegion());
        }
    }

    private static GuestRegion region(GuestLayout layout, String name) {
        return layout.regions().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no region " + name + " in " + layout.regions()));
    }

    private static void assertMap(DmaMap map, long iova, long size) {
        assertEquals(iova, map.iova(), map.toString());
        assertEquals(size, map.size(), map.toString());
    }
}
