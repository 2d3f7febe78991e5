package org.iommuatlas.picture;

import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.HostDevice;
import org.iommuatlas.model.HostMemoryKind;
import org.iommuatlas.model.HostMemoryRange;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.HostPlatform;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.model.SourceRef;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PictureInputsTest {
    private static final SourceRef SRC = new SourceRef("reserved_regions", 1);

    private static Item item(PictureInput in, String id) {
        return in.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow(() ->
                new AssertionError("no item " + id + " in " + in.items().stream().map(Item::id).toList()));
    }

    @Test
    void sevenAPutsRamInGpaMapAndWindowsInIovaAndTheRemapperInHpa() {
        PictureInput in = Samples.input7a();
        Item bank = item(in, "bank:ram");
        assertEquals(Lane.GPA, bank.lane());
        assertEquals(0x40000000L, bank.start());
        assertEquals(0x13fffffffL, bank.last());
        Item map = item(in, "map:0");
        assertEquals(Style.FAILED_MAP, map.style(), "the map meets the ERROR highlight");
        Item msi = item(in, "resv:msi@0xfee00000-0xfeefffff");
        assertEquals(Lane.IOVA, msi.lane());
        assertEquals("msi / interrupt remapping", msi.label());
        assertEquals(Style.INTERRUPT_REMAP, item(in, "resv:msi@0xfee00000-0xfeefffff:remap").style());
        assertEquals(Style.RESERVED, item(in, "resv:reserved@0xfd00000000-0xffffffffff").style());
        assertTrue(in.connectors().stream().anyMatch(c -> c.style() == ConnectorStyle.MSI_TO_REMAPPER));
        assertTrue(in.connectors().stream().anyMatch(c -> c.style() == ConnectorStyle.GPA_TO_IOVA
                && c.fromStart() == 0x40000000L && c.toLast() == 0x13fffffffL));
        assertEquals(Style.CONFLICT, in.items().stream().filter(i -> i.id().startsWith("highlight-"))
                .findFirst().orElseThrow().style());
    }

    @Test
    void guestRamIsBackedByHostSystemRamAsAWholeNeverAsABlock() {
        Scenario s = Samples.scenario7a();
        HostModel host = s.host().withMemory(List.of(
                new HostMemoryRange(0x1000, 0x9fbff, HostMemoryKind.SYSTEM_RAM, "System RAM", 0, SRC),
                new HostMemoryRange(0x1000000, 0x1ffffff, HostMemoryKind.OTHER, "Kernel code", 1, SRC),
                new HostMemoryRange(0x100000000L, 0x23fffffffL, HostMemoryKind.SYSTEM_RAM, "System RAM", 0, SRC)));
        PictureInput in = PictureInputs.from(s.withHost(host), List.of(), List.of());
        Connector backing = in.connectors().stream().filter(c -> c.style() == ConnectorStyle.RAM_BACKING)
                .findFirst().orElseThrow();
        assertEquals(Lane.GPA, backing.fromLane());
        assertEquals(Lane.HPA, backing.toLane());
        assertEquals(0x1000L, backing.toStart());
        assertEquals(0x23fffffffL, backing.toLast());
        assertTrue(in.items().stream().noneMatch(i -> i.lane() == Lane.HPA && i.style() == Style.RAM_BANK));
        assertTrue(in.items().stream().noneMatch(i -> i.label().equals("Kernel code")), "nested iomem is left out");
    }

    @Test
    void identityRegionsAppearInIovaAndHpaWithTheirConnector() {
        HostModel host = HostModel.EMPTY.withPlatform(HostPlatform.INTEL).withRegions(List.of(
                ReservedRegion.of(AddressRange.of(0xe8000L, 0xe8fffL), ReservedType.DIRECT, 7, SRC),
                ReservedRegion.of(AddressRange.of(0xd5f7e000L, 0xd5f94fffL), ReservedType.DIRECT_RELAXABLE, 7, SRC)));
        PictureInput in = PictureInputs.from(host);
        assertEquals(Style.DIRECT, item(in, "resv:direct@0xe8000-0xe8fff:hpa").style());
        assertEquals(Lane.HPA, item(in, "resv:direct@0xe8000-0xe8fff:hpa").lane());
        assertTrue(in.connectors().stream().anyMatch(c -> c.style() == ConnectorStyle.IDENTITY
                && c.fromStart() == 0xe8000L && c.toStart() == 0xe8000L));
        assertTrue(in.connectors().stream().anyMatch(c -> c.style() == ConnectorStyle.IDENTITY_RELAXABLE
                && c.fromLast() == 0xd5f94fffL));
    }

    @Test
    void theSameRegionReportedByTwoGroupsIsDrawnOnceNamingBoth() {
        HostModel host = HostModel.EMPTY.withPlatform(HostPlatform.AMD).withRegions(List.of(
                ReservedRegion.of(AddressRange.of(0xfee00000L, 0xfeefffffL), ReservedType.MSI, 3, SRC),
                ReservedRegion.of(AddressRange.of(0xfee00000L, 0xfeefffffL), ReservedType.MSI, 12, SRC)));
        PictureInput in = PictureInputs.from(host);
        List<Item> msi = in.items().stream().filter(i -> i.lane() == Lane.IOVA).toList();
        assertEquals(1, msi.size());
        assertTrue(msi.get(0).tooltip().contains("groups [3, 12]"), msi.get(0).tooltip());
    }

    @Test
    void aGuestEditKeepsTheHostItemsAndAnotherHostOrAssignmentRemakesThem() {
        Scenario s = Samples.scenario7a();
        HostModel host = s.host().withRegions(List.of(
                ReservedRegion.of(AddressRange.of(0xfee00000L, 0xfeefffffL), ReservedType.MSI, 12, SRC),
                ReservedRegion.of(AddressRange.of(0xfee00000L, 0xfeefffffL), ReservedType.MSI, 5, SRC)))
                .withDevices(List.of(HostDevice.of("0000:01:00.0", 12), HostDevice.of("0000:00:14.0", 5)));
        Scenario before = s.withHost(host);
        String msi = "resv:msi@0xfee00000-0xfeefffff";
        Item first = item(PictureInputs.from(before, List.of(), List.of()), msi);
        // The bank moved: the same host model instance, so the same host items.
        var bank = before.guest().banks().get(0);
        Scenario moved = before.withGuest(before.guest().withBank(bank.movedTo(0x80000000L)));
        PictureInput after = PictureInputs.from(moved, List.of(), List.of());
        org.junit.jupiter.api.Assertions.assertSame(first, item(after, msi));
        assertEquals(0x80000000L, item(after, "bank:" + bank.id()).start(), "the guest part is new");
        // An equal host in a new instance, or a different assignment, makes them again.
        Item copy = item(PictureInputs.from(moved.withHost(host.withRegions(host.regions())), List.of(), List.of()), msi);
        org.junit.jupiter.api.Assertions.assertNotSame(first, copy);
        assertEquals(first, copy);
        Item assigned = item(PictureInputs.from(moved.withAssignedDevices(List.of("0000:01:00.0")), List.of(),
                List.of()), msi);
        assertTrue(assigned.tooltip().contains("group [12]"), assigned.tooltip());
    }

    @Test
    void onlyTheAssignedDevicesGroupsAreDrawn() {
        Scenario s = Samples.scenario7a();
        HostModel host = s.host().withRegions(List.of(
                ReservedRegion.of(AddressRange.of(0xfee00000L, 0xfeefffffL), ReservedType.MSI, 12, SRC),
                ReservedRegion.of(AddressRange.of(0xe8000L, 0xe8fffL), ReservedType.DIRECT, 5, SRC)))
                .withDevices(List.of(HostDevice.of("0000:01:00.0", 12), HostDevice.of("0000:00:14.0", 5)));
        PictureInput in = PictureInputs.from(s.withHost(host).withAssignedDevices(List.of("0000:01:00.0")),
                List.of(), List.of());
        assertTrue(in.items().stream().noneMatch(i -> i.style() == Style.DIRECT), "group 5 is not assigned");
        assertTrue(in.items().stream().anyMatch(i -> i.style() == Style.MSI));
    }

    @Test
    void aSoftwareMsiWindowOnArmIsLabelledAsInferred() {
        HostModel host = HostModel.EMPTY.withPlatform(HostPlatform.ARM_SMMU).withRegions(List.of(
                new ReservedRegion(0x8000000L, 0x80fffffL, ReservedType.SW_MSI, "msi", 1, List.of(), SRC)));
        Item window = PictureInputs.from(host).items().get(0);
        assertEquals(Style.SW_MSI, window.style());
        assertEquals("msi (SW window, inferred)", window.label());
    }

    @Test
    void bankItemIdsRoundTrip() {
        assertEquals("ram-above-4g", PictureInputs.bankIdOf(PictureInputs.bankItemId("ram-above-4g")));
        assertEquals(null, PictureInputs.bankIdOf("resv:msi@0x0-0x1"));
    }

    @Test
    void duplicateItemIdsAreRefused() {
        PictureInput.Builder b = PictureInput.builder().item(Item.of("a", Lane.GPA, 0, 1, Style.ROM, "x"));
        assertThrows(IllegalArgumentException.class, () -> b.item(Item.of("a", Lane.IOVA, 0, 1, Style.ROM, "y")));
    }

    @Test
    void anItemEndingBelowItsStartIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Item.of("a", Lane.GPA, 0x2000, 0x1fff, Style.ROM, "x"));
    }
}
