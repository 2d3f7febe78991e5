package org.iommuatlas.ui.port.simple;

import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.model.Sizes;
import org.iommuatlas.model.SourceRef;
import org.iommuatlas.ui.port.AnalysisPort;
import org.iommuatlas.ui.port.AnalysisView;
import org.iommuatlas.ui.port.ConflictView;
import org.iommuatlas.ui.port.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimpleAnalysisPortTest {
    private final SimpleAnalysisPort port = new SimpleAnalysisPort();

    @Test
    void virtFourGibOnAmdHostHitsTheMsiWindowAsInReference7a() {
        AnalysisView result = port.analyze(SampleScenarios.armGuestOnAmdHost());
        assertEquals(1, result.conflicts().size());
        ConflictView c = result.conflicts().get(0);
        assertEquals(Severity.ERROR, c.severity());
        assertEquals("R1", c.rule());
        assertEquals(AddressRange.of(0xfee00000L, 0xfeefffffL), c.overlap());
        assertEquals(ReservedType.MSI, c.hostRegion().type());
        assertEquals("Region mach-virt.ram: vfio_dma_map(<container>, 0x40000000, 0x100000000, <va>) = -22 (Invalid argument)",
                result.predictedError());
        assertFalse(result.clean());
    }

    @Test
    void whatFitsIsThe3054MibBelowTheMsiWindow() {
        AnalysisView result = port.analyze(SampleScenarios.armGuestOnAmdHost());
        assertEquals(List.of("mach-virt.ram fits up to 3054 MiB at 0x40000000 (ends below 0xfee00000)"), result.fits());
    }

    @Test
    void aBankClearOfEveryRegionIsClean() {
        Scenario s = SampleScenarios.armGuestOnAmdHost();
        RamBank ram = s.guest().bank("ram").orElseThrow().resized(3054 * Sizes.MIB);
        AnalysisView result = port.analyze(s.withGuest(s.guest().withBank(ram)));
        assertTrue(result.clean());
        assertNull(result.predictedError());
        assertTrue(result.conflicts().isEmpty());
    }

    @Test
    void directRelaxableOverlapIsANoteNotAnError() {
        Scenario s = SampleScenarios.armGuestOnAmdHost();
        List<ReservedRegion> regions = List.of(ReservedRegion.of(AddressRange.of(0x50000000L, 0x50000fffL),
                ReservedType.DIRECT_RELAXABLE, 3, new SourceRef("reserved_regions", 1)));
        AnalysisView result = port.analyze(s.withHost(s.host().withRegions(regions)));
        assertEquals(1, result.conflicts().size());
        assertEquals(Severity.INFO, result.conflicts().get(0).severity());
        assertTrue(result.clean());
    }

    @Test
    void theDragProbeReportsConflictsForTheCandidatePlacementOnly() {
        Scenario s = SampleScenarios.armGuestOnAmdHost();
        AnalysisPort.DragProbe probe = port.probe(s, "ram");
        RamBank ram = s.guest().bank("ram").orElseThrow();
        assertTrue(probe.conflictsFor(ram.movedTo(0x100000000L)).isEmpty());
        List<ConflictView> onHole = probe.conflictsFor(ram.movedTo(0xfe00000000L));
        assertEquals(1, onHole.size());
        assertEquals(AddressRange.of(0xfe00000000L, 0xfeffffffffL), onHole.get(0).overlap());
        assertEquals(ReservedType.RESERVED, onHole.get(0).hostRegion().type());
    }

    @Test
    void theProbeFindsTheOneHitAmongAHundredThousandRegions() {
        Scenario s = SampleScenarios.armGuestOnAmdHost();
        List<ReservedRegion> many = new ArrayList<>();
        for (long i = 0; i < 100_000; i++) {
            long base = 0x200000000L + i * 0x10000L;
            many.add(ReservedRegion.of(AddressRange.of(base, base + 0xfff), ReservedType.RESERVED, 1,
                    new SourceRef("many", (int) i + 1)));
        }
        AnalysisPort.DragProbe probe = port.probe(s.withHost(s.host().withRegions(many)), "ram");
        RamBank probeBank = new RamBank("ram", "mach-virt.ram", 0x200000000L + 500 * 0x10000L + 0x1000L, 0xf000L,
                SourceRef.COMPUTED);
        assertTrue(probe.conflictsFor(probeBank).isEmpty());
        List<ConflictView> hit = probe.conflictsFor(probeBank.withRange(0x200000000L + 500 * 0x10000L, 0x1000L));
        assertEquals(1, hit.size());
        assertEquals(501, hit.get(0).hostRegion().source().line());
    }
}
