package org.iommuatlas.analysis;

import org.iommuatlas.guest.DmaMapPlanner;
import org.iommuatlas.model.Address;
import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.GuestArch;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.GuestRegion;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.HostPlatform;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analysis against a plain double loop over maps × regions, on seeded random hosts and
 * layouts (regions near the MSI window, the HT range, 2^63 and the top of the space).
 */
class BruteForceAgreementTest {
    private static final long PAGE = 4096;
    private static final int LAYOUTS = 2000;

    @Test
    void analyzerDragProbeAndFitsAgreeWithAPlainDoubleLoop() {
        Random random = new Random(20261121L);
        for (int round = 0; round < LAYOUTS; round++) {
            HostModel host = randomHost(random);
            GuestLayout layout = randomLayout(random);
            String where = "round " + round;
            List<DmaMap> maps = DmaMapPlanner.plan(layout);
            AnalysisResult result = Analyzer.analyze(host, layout, maps, AnalysisOptions.DEFAULT);
            List<ReservedRegion> regions = ContainerRegions.of(host, List.of());
            AddressRange aperture = host.aperture();

            // Every (map, region) overlap, in map order then region order.
            List<String> expectedPairs = new ArrayList<>();
            List<String> expectedFailures = new ArrayList<>();
            for (DmaMap map : maps) {
                String failure = Address.lessThan(map.iova(), aperture.start()) ? "aperture" : null;
                for (ReservedRegion r : regions) {
                    if (AddressRange.overlaps(map.iova(), map.last(), r.start(), r.last())) {
                        expectedPairs.add(map + " x " + r.range() + " " + r.type());
                        if (failure == null && r.type() != ReservedType.DIRECT_RELAXABLE) {
                            failure = r.range() + " " + r.type();
                        }
                    }
                }
                if (failure == null && Address.lessThan(aperture.last(), map.last())) {
                    failure = "aperture";
                }
                if (failure != null) {
                    expectedFailures.add(map + " @ " + failure);
                }
            }
            List<String> actualPairs = result.conflicts().stream().filter(c -> c.hostRegion() != null
                    && c.sectionRange() != null && c.rule() != Rule.GUEST_OVERLAP)
                    .map(c -> mapOf(maps, c) + " x " + c.hostRegion().range() + " " + c.hostRegion().type()).toList();
            assertEquals(expectedPairs, actualPairs, where);
            List<String> actualFailures = result.failingMaps().stream().map(f -> f.map() + " @ "
                    + (f.region() == null ? "aperture" : f.region().range() + " " + f.region().type())).toList();
            assertEquals(expectedFailures, actualFailures, where);

            ReservedIndex index = Analyzer.containerIndex(host, AnalysisOptions.DEFAULT);
            for (RamBank bank : layout.banks()) {
                checkFit(host, layout, bank, result.fit(bank.id()).orElseThrow(), regions, where);
                GuestLayout others = layout.withBanks(layout.banks().stream().filter(b -> b != bank).toList());
                DragProbe probe = new DragProbe(host, others, AnalysisOptions.DEFAULT, index);
                assertEquals(result.conflicts().stream().filter(c -> bank.id().equals(c.bankId())).toList(),
                        probe.probe(bank), where + " probe " + bank.id());
                RamBank moved = bank.movedTo(Address.alignDown(randomAddress(random), PAGE) & 0x7fffffffffffffffL);
                GuestLayout movedLayout = layout.withBank(moved);
                assertEquals(Analyzer.analyze(host, movedLayout, DmaMapPlanner.plan(movedLayout), AnalysisOptions.DEFAULT)
                                .conflicts().stream().filter(c -> bank.id().equals(c.bankId())).toList(),
                        probe.probe(moved), where + " moved probe " + bank.id());
            }
        }
    }

    /** maxBytes is clear by the double loop, and one page more is not. */
    private static void checkFit(HostModel host, GuestLayout layout, RamBank bank, BankFit fit,
                                 List<ReservedRegion> regions, String where) {
        long max = fit.maxBytes();
        assertEquals(0, max % PAGE, where);
        if (max != 0 && Address.lessOrEqual(max, -bank.start()) ) {
            assertFalse(fails(host, layout, bank.resized(max), regions), where + " fit " + bank.id() + " at max");
        }
        long bigger = max + PAGE;
        boolean representable = Address.lessThan(max, bigger) && (bank.start() == 0
                || Address.lessOrEqual(bigger, -bank.start()));
        if (representable) {
            assertTrue(fails(host, layout, bank.resized(bigger), regions), where + " fit " + bank.id() + " above max");
        }
    }

    private static boolean fails(HostModel host, GuestLayout layout, RamBank bank, List<ReservedRegion> regions) {
        GuestLayout single = layout.withBanks(List.of(bank)).withRegions(
                layout.regions().stream().filter(GuestRegion::carvesRam).toList());
        for (DmaMap map : DmaMapPlanner.plan(single)) {
            if (!host.aperture().contains(map.range())) {
                return true;
            }
            for (ReservedRegion r : regions) {
                if (r.type() != ReservedType.DIRECT_RELAXABLE
                        && AddressRange.overlaps(map.iova(), map.last(), r.start(), r.last())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String mapOf(List<DmaMap> maps, Conflict c) {
        for (DmaMap m : maps) {
            if (m.range().equals(c.sectionRange()) && m.regionName().equals(c.section())) {
                return m.toString();
            }
        }
        return "?";
    }

    private static HostModel randomHost(Random random) {
        HostPlatform[] platforms = {HostPlatform.INTEL, HostPlatform.AMD, HostPlatform.ARM_SMMU, HostPlatform.UNKNOWN};
        int n = random.nextInt(40);
        List<ReservedRegion> regions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long start = randomAddress(random);
            long length = random.nextInt(5) == 0 ? random.nextLong() >>> (20 + random.nextInt(44))
                    : random.nextInt(0x40000);
            long last = Address.lessThan(start + length, start) ? Address.MAX : start + length;
            ReservedType type = ReservedType.values()[random.nextInt(ReservedType.values().length)];
            regions.add(Fixtures.region(start, last, type, random.nextInt(3)));
        }
        AddressRange aperture = random.nextInt(4) == 0
                ? AddressRange.of(random.nextBoolean() ? 0 : 0x1000000L, 0xffffffffffL >>> random.nextInt(8))
                : AddressRange.FULL;
        return HostModel.EMPTY.withPlatform(platforms[random.nextInt(platforms.length)]).withRegions(regions)
                .withAperture(aperture);
    }

    private static GuestLayout randomLayout(Random random) {
        int banks = 1 + random.nextInt(3);
        List<RamBank> list = new ArrayList<>();
        for (int i = 0; i < banks; i++) {
            long start = randomAddress(random);
            if (random.nextInt(3) > 0) {
                start = Address.alignDown(start, PAGE);
            }
            long size = 1 + (random.nextInt(4) == 0 ? random.nextLong() >>> (24 + random.nextInt(40))
                    : random.nextInt(0x200000));
            if (Address.lessThan(start + size - 1, start)) {
                size = -start;
            }
            list.add(Fixtures.bank("bank" + i, "ram" + i, start, size));
        }
        List<GuestRegion> regions = new ArrayList<>();
        if (random.nextBoolean()) {
            regions.add(Fixtures.vgaLowmem());
        }
        if (random.nextInt(3) == 0) {
            long s = randomAddress(random);
            regions.add(new GuestRegion("hole", s, s + random.nextInt(0x30000), org.iommuatlas.model.GuestRegionKind.MMIO,
                    true, false, Fixtures.PRESET));
        }
        return new GuestLayout("random", GuestArch.X86_64, "", list, regions, false, 0, false);
    }

    static long randomAddress(Random random) {
        long[] bases = {0, 0xa0000L, 0x08000000L, 0xfee00000L, 0xfd00000000L, 0x8000000000000000L,
                0xffffffffff000000L};
        return bases[random.nextInt(bases.length)] + (random.nextLong() & 0x3fffffL);
    }
}
