package org.iommuatlas.ui.engine;

import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.ui.port.AnalysisPort;
import org.iommuatlas.ui.port.AnalysisView;
import org.iommuatlas.ui.port.ConflictView;
import org.iommuatlas.ui.port.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EngineAnalysisPortTest {
    private final AnalysisPort port = EnginePorts.create().analysis();
    private final Scenario start = EnginePorts.defaultScenario();

    @Test
    void theSameRangeReportedByTwoGroupsIsOneConflictNamingBoth() {
        AnalysisView view = port.analyze(start);
        List<ConflictView> errors = view.conflicts().stream().filter(c -> c.severity() == Severity.ERROR).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).summary().endsWith("(groups 27, 28)"), errors.get(0).summary());
        assertEquals(AddressRange.of(0xfee00000L, 0xfeefffffL), errors.get(0).overlap());
        assertTrue(view.predictedError().contains("vfio_dma_map(<container>, 0x40000000, 0x100000000, <vaddr>) = -22"));
        assertTrue(view.fits().stream().anyMatch(f -> f.contains("3054 MiB")), view.fits().toString());
    }

    @Test
    void theSameScenarioAskedAgainGetsTheResultAlreadyComputed() {
        AnalysisView first = port.analyze(start);
        assertSame(first, port.analyze(start), "the window's first analysis reuses the one made while starting");
    }

    @Test
    void twoThreadsAskingForTheSameScenarioAtOnceShareOneResult() throws Exception {
        // As at start-up: a worker analyses the default scenario while the window asks for it.
        java.util.concurrent.CompletableFuture<AnalysisView> worker =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> port.analyze(start));
        AnalysisView window = port.analyze(start);

        assertSame(window, worker.get(60, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(window.predictedError().contains("vfio_dma_map(<container>, 0x40000000, 0x100000000, <vaddr>) = -22"));
    }

    @Test
    void anEditedScenarioIsAnalysedAfresh() {
        AnalysisView failing = port.analyze(start);
        Scenario moved = start.withGuest(start.guest().withBank(start.guest().bank("ram").orElseThrow().movedTo(0x100000000L)));

        AnalysisView clean = port.analyze(moved);

        assertNotNull(failing.predictedError());
        assertNull(clean.predictedError());
        AnalysisView again = port.analyze(start);
        assertNotSame(failing, again, "going back to the first scenario analyses it again");
        assertEquals(failing, again);
    }

    @Test
    void theDragProbeAgreesWithTheFullAnalysis() {
        RamBank bank = start.guest().bank("ram").orElseThrow();
        AnalysisPort.DragProbe probe = port.probe(start, "ram");
        assertEquals(1, probe.conflictsFor(bank).stream().filter(c -> c.severity() == Severity.ERROR).count());
        RamBank moved = bank.movedTo(0x100000000L);
        assertTrue(probe.conflictsFor(moved).isEmpty(), "4 GiB from 4 GiB is clear of msi and the HT hole");
        AnalysisView after = port.analyze(start.withGuest(start.guest().withBank(moved)));
        assertNull(after.predictedError());
    }

    @Test
    void theDragProbeNamesTwoBanksOverlappingTheDraggedOneOverTheSameRangeOnce() {
        RamBank ram = start.guest().bank("ram").orElseThrow();
        RamBank a = new RamBank("dimm-a", "dimm-a.ram", 0x200000000L, 0x40000000L, ram.source());
        RamBank b = new RamBank("dimm-b", "dimm-b.ram", 0x200000000L, 0x40000000L, ram.source());
        java.util.List<RamBank> banks = new java.util.ArrayList<>(start.guest().banks());
        banks.add(a);
        banks.add(b);
        Scenario three = start.withGuest(start.guest().withBanks(banks));
        RamBank over = ram.movedTo(0x1c0000000L);

        List<ConflictView> live = port.probe(three, "ram").conflictsFor(over);
        List<ConflictView> committed = port.analyze(three.withGuest(three.guest().withBank(over))).conflicts().stream()
                .filter(c -> "ram".equals(c.bankId())).toList();

        List<ConflictView> liveOverlaps = live.stream().filter(c -> c.rule().equals("GUEST_OVERLAP")).toList();
        assertEquals(1, liveOverlaps.size(), live.toString());
        assertEquals(AddressRange.of(0x200000000L, 0x23fffffffL), liveOverlaps.get(0).overlap());
        List<ConflictView> committedOverlaps = committed.stream().filter(c -> c.rule().equals("GUEST_OVERLAP")).toList();
        assertEquals(1, committedOverlaps.size(), committed.toString());
        // The same finding as the full analysis shows once the bank is dropped there (which also
        // finds the bank's DMA map for it; the probe has no map list to look in).
        assertEquals(committedOverlaps.get(0).summary(), liveOverlaps.get(0).summary());
        assertEquals(committedOverlaps.get(0).explanation(), liveOverlaps.get(0).explanation());
    }

    @Test
    void theDragProbesFindingsAgainstTheHostCarryTheMapTheyConcern() {
        RamBank bank = start.guest().bank("ram").orElseThrow();
        List<ConflictView> live = port.probe(start, "ram").conflictsFor(bank);
        assertTrue(live.size() >= 1, live.toString());
        for (ConflictView c : live) {
            assertNotNull(c.map(), c.toString());
            assertEquals(bank.range(), c.map().range());
            assertEquals("ram", c.map().bankId());
        }
    }
}
