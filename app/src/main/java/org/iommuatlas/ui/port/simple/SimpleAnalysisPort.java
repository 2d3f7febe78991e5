package org.iommuatlas.ui.port.simple;

import org.iommuatlas.guest.DmaMapPlanner;
import org.iommuatlas.model.Address;
import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.model.Sizes;
import org.iommuatlas.ui.port.AnalysisPort;
import org.iommuatlas.ui.port.AnalysisView;
import org.iommuatlas.ui.port.ConflictView;
import org.iommuatlas.ui.port.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in analysis so the window works end to end before the real engine is wired: each DMA
 * map QEMU would issue (no vIOMMU, IOVA = GPA) against every host reserved region. Excluded types
 * give rule R1 errors, direct-relaxable gives R2 notes. Group membership, aperture and the other
 * rules are the real engine's job.
 */
public final class SimpleAnalysisPort implements AnalysisPort {

    @Override
    public AnalysisView analyze(Scenario scenario) {
        List<DmaMap> maps = DmaMapPlanner.plan(scenario.guest());
        RegionIndex index = new RegionIndex(scenario.host().regions());
        List<ConflictView> conflicts = new ArrayList<>();
        String predicted = null;
        for (DmaMap map : maps) {
            List<ConflictView> found = check(map, index);
            if (predicted == null && found.stream().anyMatch(c -> c.severity() == Severity.ERROR)) {
                predicted = qemuErrorLine(map);
            }
            conflicts.addAll(found);
        }
        return new AnalysisView(maps, conflicts, predicted, fits(scenario.guest(), index));
    }

    @Override
    public DragProbe probe(Scenario scenario, String bankId) {
        RegionIndex index = new RegionIndex(scenario.host().regions());
        GuestLayout layout = scenario.guest();
        return candidate -> {
            List<ConflictView> found = new ArrayList<>();
            for (DmaMap map : DmaMapPlanner.plan(layout.withBanks(List.of(candidate)).withRegions(
                    layout.regions().stream().filter(r -> r.carvesRam()).toList()))) {
                if (bankId.equals(map.bankId())) {
                    found.addAll(check(map, index));
                }
            }
            return found;
        };
    }

    /** QEMU's start-up line for a map the kernel refuses (REFERENCE §6.10, pre-8.2 wording). */
    static String qemuErrorLine(DmaMap map) {
        return "Region " + map.regionName() + ": vfio_dma_map(<container>, " + Address.hex(map.iova()) + ", "
                + Address.hex(map.size()) + ", <va>) = -22 (Invalid argument)";
    }

    private static List<ConflictView> check(DmaMap map, RegionIndex index) {
        List<ConflictView> found = new ArrayList<>();
        for (ReservedRegion region : index.overlapping(map.iova(), map.last())) {
            AddressRange overlap = map.range().intersection(region.range()).orElseThrow();
            String where = region.range() + " " + region.reportedAs();
            if (region.type().excludedFromIova()) {
                found.add(new ConflictView(Severity.ERROR, "R1",
                        map.regionName() + " " + map.range() + " hits " + where,
                        "QEMU maps guest RAM " + map.range() + " (" + Sizes.exact(map.size()) + ") for DMA at IOVA = GPA, "
                                + "but the host IOMMU reserves " + region.range() + " as " + describe(region.type())
                                + ". The kernel refuses the map with -22 (Invalid argument) and QEMU stops. "
                                + "Move or shrink the bank so it no longer covers " + overlap + ".",
                        map.bankId(), map, region, overlap));
            } else {
                found.add(new ConflictView(Severity.INFO, "R2",
                        map.regionName() + " " + map.range() + " covers relaxable " + where,
                        "The firmware asked for an identity map at " + region.range() + ", but it may be dropped "
                                + "while the device is assigned. No error; legacy USB or GPU stolen memory may misbehave.",
                        map.bankId(), map, region, overlap));
            }
        }
        return found;
    }

    private static String describe(ReservedType type) {
        switch (type) {
            case MSI:
                return "an MSI window (interrupt messages, never DMA)";
            case SW_MSI:
                return "the software MSI window where the kernel maps the interrupt doorbell";
            case DIRECT:
                return "a firmware identity map";
            case RESERVED:
                return "a reserved range (never map it)";
            default:
                return type.word();
        }
    }

    /** For each bank: the largest size that stays clear from its current start. */
    private static List<String> fits(GuestLayout layout, RegionIndex index) {
        List<String> fits = new ArrayList<>();
        for (RamBank bank : layout.banks()) {
            List<ReservedRegion> blocking = index.overlapping(bank.start(), Address.MAX).stream()
                    .filter(r -> r.type().excludedFromIova()).toList();
            if (blocking.isEmpty()) {
                continue;
            }
            ReservedRegion first = blocking.get(0);
            if (!Address.lessThan(bank.start(), first.start())) {
                fits.add(bank.memoryRegion() + " cannot start at " + Address.hex(bank.start())
                        + ": it is inside " + first.range());
                continue;
            }
            long room = first.start() - bank.start();
            if (Address.lessThan(room, bank.size())) {
                fits.add(bank.memoryRegion() + " fits up to " + Sizes.exact(Address.alignDown(room, Sizes.MIB))
                        + " at " + Address.hex(bank.start()) + " (ends below " + Address.hex(first.start()) + ")");
            }
        }
        return fits;
    }
}
