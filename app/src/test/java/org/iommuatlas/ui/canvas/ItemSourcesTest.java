package org.iommuatlas.ui.canvas;

import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.HostPlatform;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.model.SourceRef;
import org.iommuatlas.ui.engine.EnginePorts;
import org.iommuatlas.ui.port.AnalysisView;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ItemSourcesTest {
    private static final String MSI_ID = "resv:msi@0xfee00000-0xfeefffff";

    private static ItemSources sources(Scenario s, ItemSources.HostPlaces host) {
        return new ItemSources(s, AnalysisView.EMPTY, AtlasCanvasView.pictureInput(s, AnalysisView.EMPTY), host);
    }

    @Test
    void hostItemsResolvedForOneScenarioServeTheNextWithTheSameHost() {
        ReservedRegion msi = ReservedRegion.of(AddressRange.of(0xfee00000L, 0xfeefffffL), ReservedType.MSI, 7,
                new SourceRef("reserved_regions", 1));
        HostModel host = HostModel.EMPTY.withPlatform(HostPlatform.AMD).withRegions(List.of(msi));
        Scenario before = EnginePorts.defaultScenario().withHost(host);
        ItemSources.HostPlaces places = new ItemSources.HostPlaces(before);
        ItemSources first = sources(before, places);
        assertSame(msi, first.source(MSI_ID));

        RamBank bank = before.guest().banks().get(0);
        Scenario moved = before.withGuest(before.guest().withBank(bank.movedTo(0x200000000L)));
        assertTrue(places.isFor(moved), "a guest edit keeps the host");
        ItemSources second = sources(moved, places);
        assertSame(msi, second.source(MSI_ID), "the host region, resolved once");
        assertEquals(MSI_ID, second.idOf(msi));
        assertEquals(0xfee00000L, second.item(MSI_ID).start());
        RamBank movedBank = (RamBank) second.source(org.iommuatlas.picture.PictureInputs.bankItemId(bank.id()));
        assertEquals(0x200000000L, movedBank.start(), "the guest part is the new one");

        assertFalse(places.isFor(moved.withHost(host.withRegions(host.regions()))), "another host instance");
        assertFalse(places.isFor(moved.withAssignedDevices(List.of("0000:01:00.0"))), "another assignment");
    }
}
