package org.iommuatlas.analysis;

import org.iommuatlas.model.RamBank;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sweep in {@link Analyzer#bankOverlaps} reports what testing every pair reports, in the same order. */
class BankOverlapSweepTest {
    /** The pairwise definition the sweep replaced: for each bank, each other bank in list order. */
    private static List<String> pairwise(List<RamBank> banks) {
        List<String> out = new ArrayList<>();
        for (RamBank bank : banks) {
            for (RamBank other : banks) {
                if (other != bank) {
                    Analyzer.bankOverlap(bank, other).ifPresent(c -> out.add(c.message()));
                }
            }
        }
        return out;
    }

    private static List<String> sweep(List<RamBank> banks) {
        return Analyzer.bankOverlaps(banks).stream().map(Conflict::message).toList();
    }

    @Test
    void seededRandomLayoutsGiveTheSameWarningsInTheSameOrder() {
        SplittableRandom random = new SplittableRandom(42);
        int withOverlaps = 0;
        for (int layout = 0; layout < 200; layout++) {
            List<RamBank> banks = new ArrayList<>();
            int count = 1 + random.nextInt(12);
            for (int i = 0; i < count; i++) {
                long start = random.nextInt(64) * 0x1000_0000L;
                long size = (1 + random.nextInt(8)) * 0x1000_0000L;
                banks.add(Fixtures.bank("b" + i, "ram" + i, start, size));
            }
            List<String> expected = pairwise(banks);
            withOverlaps += expected.isEmpty() ? 0 : 1;
            assertEquals(expected, sweep(banks), "layout " + layout);
        }
        assertTrue(withOverlaps > 50, "the seeded layouts should overlap often, did " + withOverlaps);
    }

    @Test
    void banksAtTheTopOfThe64BitSpaceAndSharingAStartAreCompared() {
        List<RamBank> banks = List.of(
                Fixtures.bank("top", "ram-top", 0xffff_ffff_0000_0000L, 0x1_0000_0000L),
                Fixtures.bank("low", "ram-low", 0, 0x1000),
                Fixtures.bank("top-half", "ram-top-half", 0xffff_ffff_0000_0000L, 0x8000_0000L),
                Fixtures.bank("high", "ram-high", 0x8000_0000_0000_0000L, 0x1000));
        List<String> expected = pairwise(banks);
        assertEquals(2, expected.size());
        assertEquals(expected, sweep(banks));
    }

    @Test
    void tenThousandDisjointBanksGiveNoWarning() {
        List<RamBank> banks = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            banks.add(Fixtures.bank("dimm" + i, "dimm" + i, 0x1_0000_0000L + i * 0x400_0000L, 0x400_0000L));
        }
        assertTrue(Analyzer.bankOverlaps(banks).isEmpty());
    }
}
