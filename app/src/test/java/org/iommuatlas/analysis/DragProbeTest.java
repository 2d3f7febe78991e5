package org.iommuatlas.analysis;

import org.iommuatlas.guest.DmaMapPlanner;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.Sizes;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DragProbeTest {

    /** The Analyzer's conflicts for one bank, in its order. */
    static List<Conflict> analyzerConflicts(HostModel host, GuestLayout layout, AnalysisOptions options, String bankId) {
        return Analyzer.analyze(host, layout, DmaMapPlanner.plan(layout), options).conflicts().stream()
                .filter(c -> bankId.equals(c.bankId())).toList();
    }

    static GuestLayout without(GuestLayout layout, String bankId) {
        return layout.withBanks(layout.banks().stream().filter(b -> !b.id().equals(bankId)).toList());
    }

    @Test
    void agreesWithTheAnalyzerForTheVirtBankAtSeveralPositions() {
        HostModel host = Fixtures.amdHost();
        GuestLayout layout = Fixtures.virt(4 * Sizes.GIB);
        RamBank bank = layout.banks().get(0);
        DragProbe probe = new DragProbe(host, without(layout, "ram"), AnalysisOptions.DEFAULT,
                Analyzer.containerIndex(host, AnalysisOptions.DEFAULT));
        long[] starts = {0x40000000L, 0xfef00000L, 0xfc00000000L, 0x10000000000L, 0x0L, 0xfee00000L};
        for (long start : starts) {
            RamBank moved = bank.movedTo(start);
            assertEquals(analyzerConflicts(host, layout.withBank(moved), AnalysisOptions.DEFAULT, "ram"),
                    probe.probe(moved), "bank at 0x" + Long.toHexString(start));
        }
        assertTrue(probe.fails(bank));
        assertFalse(probe.fails(bank.movedTo(0xfef00000L)));
    }

    @Test
    void agreesWithTheAnalyzerForX86LowRamWithItsCarveOutAndTheOtherBank() {
        HostModel host = Fixtures.intelThreeDirectHost();
        GuestLayout layout = Fixtures.q35Split(4 * Sizes.GIB, 0x100000000L);
        DragProbe lowProbe = new DragProbe(host, without(layout, "ram-below-4g"), AnalysisOptions.DEFAULT,
                Analyzer.containerIndex(host, AnalysisOptions.DEFAULT));
        RamBank low = layout.bank("ram-below-4g").orElseThrow();
        long[] sizes = {0xa0000L, 0xe8000L, 0xe9000L, 0x80000000L, 0xd5f7f000L, 0x120000000L};
        for (long size : sizes) {
            RamBank resized = low.resized(size);
            List<Conflict> probed = lowProbe.probe(resized);
            assertEquals(analyzerConflicts(host, layout.withBank(resized), AnalysisOptions.DEFAULT, "ram-below-4g"),
                    probed, "low RAM of 0x" + Long.toHexString(size));
        }
        // Grown past 4 GiB, low RAM overlaps the high bank.
        assertTrue(lowProbe.probe(low.resized(0x120000000L)).stream().anyMatch(c -> c.rule() == Rule.GUEST_OVERLAP));
        assertFalse(lowProbe.fails(low.resized(0xe8000L)));
        assertTrue(lowProbe.fails(low.resized(0xe9000L)));
    }
}
