package org.iommuatlas.guest;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.GuestArch;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.GuestRegion;
import org.iommuatlas.model.GuestRegionKind;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.SourceRef;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DmaMapPlannerTest {
    static final SourceRef SRC = new SourceRef("<test>", 0);
    static final long KIB64 = 0x10000;

    static RamBank bank(String id, long start, long size) {
        return new RamBank(id, "pc.ram", start, size, SRC);
    }

    static GuestRegion carve(String name, long start, long last) {
        return new GuestRegion(name, start, last, GuestRegionKind.MMIO, true, false, SRC);
    }

    static GuestLayout layout(List<RamBank> banks, List<GuestRegion> regions) {
        return new GuestLayout("custom", GuestArch.X86_64, "", banks, regions, false, 0, false);
    }

    static List<String> maps(GuestLayout l, long page) {
        return DmaMapPlanner.plan(l, page).stream()
                .map(m -> "(" + Address.hex(m.iova()) + ", " + Address.hex(m.size()) + ")").toList();
    }

    static List<String> maps(GuestLayout l) {
        return maps(l, DmaMapPlanner.DEFAULT_HOST_PAGE);
    }

    @Test
    void anUncarvedBankIsOneMapWithItsRegionAndBank() {
        List<DmaMap> m = DmaMapPlanner.plan(layout(List.of(bank("ram", 0x40000000L, 0x100000000L)), List.of()));
        assertEquals(1, m.size());
        assertEquals(new DmaMap(0x40000000L, 0x100000000L, "pc.ram", false, "ram"), m.get(0));
    }

    @Test
    void aCarveInTheMiddleSplitsTheBankInTwo() {
        GuestLayout l = layout(List.of(bank("low", 0, 0x40000000L)), List.of(carve("vga-lowmem", 0xA0000L, 0xBFFFFL)));
        assertEquals(List.of("(0x0, 0xa0000)", "(0xc0000, 0x3ff40000)"), maps(l));
    }

    @Test
    void aCarveAtTheBankStartLeavesTheTail() {
        GuestLayout l = layout(List.of(bank("b", 0x1000, 0x10000)), List.of(carve("c", 0x1000, 0x1FFF)));
        assertEquals(List.of("(0x2000, 0xf000)"), maps(l));
    }

    @Test
    void aCarveStartingBeforeTheBankLeavesTheTail() {
        GuestLayout l = layout(List.of(bank("b", 0x10000, 0x10000)), List.of(carve("c", 0x0, 0x10FFF)));
        assertEquals(List.of("(0x11000, 0xf000)"), maps(l));
    }

    @Test
    void aCarveAtTheBankEndLeavesTheHead() {
        GuestLayout l = layout(List.of(bank("b", 0x1000, 0x10000)), List.of(carve("c", 0x10000, 0x10FFF)));
        assertEquals(List.of("(0x1000, 0xf000)"), maps(l));
    }

    @Test
    void aCarveCoveringTheWholeBankLeavesNoMap() {
        GuestLayout exact = layout(List.of(bank("b", 0x1000, 0x10000)), List.of(carve("c", 0x1000, 0x10FFF)));
        GuestLayout wider = layout(List.of(bank("b", 0x1000, 0x10000)), List.of(carve("c", 0x0, Address.MAX)));
        assertEquals(List.of(), maps(exact));
        assertEquals(List.of(), maps(wider));
    }

    @Test
    void overlappingAndAdjacentCarvesAreCutOutTogether() {
        GuestLayout l = layout(List.of(bank("b", 0, 0x10000)),
                List.of(carve("c2", 0x4000, 0x5FFF), carve("c1", 0x3000, 0x4FFF), carve("c3", 0x6000, 0x6FFF)));
        assertEquals(List.of("(0x0, 0x3000)", "(0x7000, 0x9000)"), maps(l));
    }

    @Test
    void aCarveOutsideTheBankChangesNothing() {
        GuestLayout l = layout(List.of(bank("b", 0x100000000L, 0x1000)), List.of(carve("vga", 0xA0000L, 0xBFFFFL)));
        assertEquals(List.of("(0x100000000, 0x1000)"), maps(l));
    }

    @Test
    void aBankAtTheTopOfThe64BitSpaceKeepsItsLastPage() {
        GuestLayout l = layout(List.of(bank("top", 0xFFFFFFFF00000000L, 0x100000000L)), List.of());
        List<DmaMap> m = DmaMapPlanner.plan(l);
        assertEquals(1, m.size());
        assertEquals(0xFFFFFFFF00000000L, m.get(0).iova());
        assertEquals(0x100000000L, m.get(0).size());
        assertEquals(Address.MAX, m.get(0).last());
    }

    @Test
    void aCarveEndingAtTheTopOfTheSpaceLeavesTheHead() {
        GuestLayout l = layout(List.of(bank("top", 0xFFFFFFFF00000000L, 0x100000000L)),
                List.of(carve("c", 0xFFFFFFFF80000000L, Address.MAX)));
        assertEquals(List.of("(0xffffffff00000000, 0x80000000)"), maps(l));
    }

    @Test
    void aCarveInsideATopBankLeavesBothSides() {
        GuestLayout l = layout(List.of(bank("top", 0xFFFFFFFF00000000L, 0x100000000L)),
                List.of(carve("c", 0xFFFFFFFF80000000L, 0xFFFFFFFF80000FFFL)));
        assertEquals(List.of("(0xffffffff00000000, 0x80000000)", "(0xffffffff80001000, 0x7ffff000)"), maps(l));
    }

    @Test
    void aSectionInTheLastPartialPageBelow2To64VanishesWithoutWrapping() {
        GuestLayout l = layout(List.of(bank("b", 0xFFFFFFFFFFFFF800L, 0x800)), List.of());
        assertEquals(List.of(), maps(l));
    }

    @Test
    void anUnalignedBankStartIsAlignedUpAndItsEndDownWith64KiBPages() {
        GuestLayout l = layout(List.of(bank("b", 0x40001000L, 0x100000L)), List.of());
        assertEquals(List.of("(0x40010000, 0xf0000)"), maps(l, KIB64));
    }

    @Test
    void x86LowRamPiecesAreBothAlignedTo64KiB() {
        GuestLayout l = layout(List.of(bank("low", 0, 0x40000000L)), List.of(carve("vga-lowmem", 0xA0000L, 0xBFFFFL)));
        assertEquals(List.of("(0x0, 0xa0000)", "(0xc0000, 0x3ff40000)"), maps(l, KIB64));
    }

    @Test
    void aPieceSmallerThanAPageVanishes() {
        GuestLayout l = layout(List.of(bank("b", 0x100, 0x101)), List.of());
        assertEquals(List.of(), maps(l));
        GuestLayout firstHalfPage = layout(List.of(bank("b", 0x0, 0x800)), List.of());
        assertEquals(List.of(), maps(firstHalfPage));
        GuestLayout carvedToCrumbs = layout(List.of(bank("b", 0x0, 0x20000)), List.of(carve("c", 0x800, 0x1F7FF)));
        assertEquals(List.of(), maps(carvedToCrumbs, KIB64));
    }

    @Test
    void mapsComeOutInIovaOrderWhateverTheBankOrder() {
        GuestLayout l = layout(List.of(bank("high", 0x100000000L, 0x40000000L), bank("low", 0, 0x80000000L)),
                List.of(carve("vga-lowmem", 0xA0000L, 0xBFFFFL)));
        assertEquals(List.of("(0x0, 0xa0000)", "(0xc0000, 0x7ff40000)", "(0x100000000, 0x40000000)"), maps(l));
    }

    @Test
    void aDmaMappedRomIsMappedReadOnlyWithoutABank() {
        GuestRegion bios = new GuestRegion("pc.bios", 0xFFFC0000L, 0xFFFFFFFFL, GuestRegionKind.ROM, false, true, SRC);
        List<DmaMap> m = DmaMapPlanner.plan(layout(List.of(bank("low", 0, 0x80000000L)), List.of(bios)));
        DmaMap rom = m.get(m.size() - 1);
        assertEquals(new DmaMap(0xFFFC0000L, 0x40000L, "pc.bios", true, null), rom);
    }

    @Test
    void aLowPriorityRomUnderRamIsOnlyMappedWhereRamDoesNotCoverIt() {
        GuestRegion bios = new GuestRegion("pc.bios", 0xFFFC0000L, 0xFFFFFFFFL, GuestRegionKind.ROM, false, true, SRC);
        GuestLayout l = layout(List.of(bank("low", 0, 0xFFFE0000L)), List.of(bios));
        assertEquals(List.of("(0x0, 0xfffe0000)", "(0xfffe0000, 0x20000)"), maps(l));
    }

    @Test
    void aCarvingDeviceRamRegionIsMappedWholeAndWritable() {
        GuestRegion bar = new GuestRegion("0000:01:00.0 BAR0 mmaps[0]", 0x10000L, 0x1FFFFL, GuestRegionKind.RAM_DEVICE,
                true, true, SRC);
        List<DmaMap> m = DmaMapPlanner.plan(layout(List.of(bank("b", 0, 0x40000L)), List.of(bar)));
        assertEquals(3, m.size());
        assertEquals("0000:01:00.0 BAR0 mmaps[0]", m.get(1).regionName());
        assertFalse(m.get(1).readOnly());
        assertNull(m.get(1).bankId());
        assertEquals(0x10000L, m.get(1).size());
        assertEquals(List.of("(0x0, 0x10000)", "(0x10000, 0x10000)", "(0x20000, 0x20000)"),
                maps(layout(List.of(bank("b", 0, 0x40000L)), List.of(bar))));
    }

    @Test
    void regionsThatAreNotDmaMappedGiveNoMaps() {
        GuestRegion lapic = new GuestRegion("lapic", 0xFEE00000L, 0xFEEFFFFFL, GuestRegionKind.INTERRUPT_CONTROLLER,
                false, false, SRC);
        assertEquals(List.of(), maps(layout(List.of(), List.of(lapic))));
    }

    @Test
    void aPageSizeThatIsNotAPowerOfTwoIsRefused() {
        GuestLayout l = layout(List.of(bank("b", 0, 0x1000)), List.of());
        assertThrows(IllegalArgumentException.class, () -> DmaMapPlanner.plan(l, 3000));
        assertThrows(IllegalArgumentException.class, () -> DmaMapPlanner.plan(l, 0));
    }
}
