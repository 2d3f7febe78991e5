package org.iommuatlas.ui.canvas;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.GuestRegion;
import org.iommuatlas.model.HostMemoryKind;
import org.iommuatlas.model.HostMemoryRange;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.model.Sizes;
import org.iommuatlas.ui.port.AnalysisView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each lane shows for a scenario and its analysis, sorted by start so painting can find the
 * visible ones by binary search. GPA: fixed regions, then RAM banks on top. IOVA: the DMA maps and
 * every host reserved region. HPA: host memory, plus the reserved regions (they are host physical
 * or bus addresses; identity types must be identical in IOVA and HPA).
 */
public final class LaneItems {
    private final Map<Lane, List<LaneItem>> byLane;

    private LaneItems(Map<Lane, List<LaneItem>> byLane) {
        this.byLane = byLane;
    }

    public static LaneItems of(Scenario scenario, AnalysisView analysis) {
        Map<Lane, List<LaneItem>> lanes = new EnumMap<>(Lane.class);
        for (Lane lane : Lane.values()) {
            lanes.put(lane, new ArrayList<>());
        }
        for (GuestRegion r : scenario.guest().regions()) {
            lanes.get(Lane.GPA).add(new LaneItem(Lane.GPA, r.start(), r.last(), ItemKind.GUEST_FIXED, r.name(), r));
        }
        for (RamBank b : scenario.guest().banks()) {
            lanes.get(Lane.GPA).add(bankItem(b));
        }
        Set<DmaMap> failing = new HashSet<>(analysis.failingMaps());
        for (DmaMap m : analysis.maps()) {
            ItemKind kind = failing.contains(m) ? ItemKind.DMA_MAP_FAILING : ItemKind.DMA_MAP;
            lanes.get(Lane.IOVA).add(new LaneItem(Lane.IOVA, m.iova(), m.last(), kind,
                    m.regionName() + " map " + Sizes.approx(m.size()), m));
        }
        for (ReservedRegion r : scenario.host().regions()) {
            ItemKind kind = kindOf(r);
            String label = r.reportedAs() + (r.type() == org.iommuatlas.model.ReservedType.SW_MSI ? " (SW window)" : "");
            lanes.get(Lane.IOVA).add(new LaneItem(Lane.IOVA, r.start(), r.last(), kind, label, r));
            lanes.get(Lane.HPA).add(new LaneItem(Lane.HPA, r.start(), r.last(), kind, label, r));
        }
        for (HostMemoryRange m : scenario.host().memory()) {
            ItemKind kind = m.kind() == HostMemoryKind.SYSTEM_RAM ? ItemKind.HOST_RAM : ItemKind.HOST_OTHER;
            lanes.get(Lane.HPA).add(new LaneItem(Lane.HPA, m.start(), m.last(), kind, m.name(), m));
        }
        Comparator<LaneItem> byStart = Comparator.comparing(LaneItem::start, Long::compareUnsigned);
        // Stable sort: within one start the later-added (banks, reserved regions) stay on top.
        lanes.values().forEach(l -> l.sort(byStart));
        return new LaneItems(lanes);
    }

    public static LaneItem bankItem(RamBank b) {
        return new LaneItem(Lane.GPA, b.start(), b.last(), ItemKind.RAM_BANK,
                b.memoryRegion() + " " + Sizes.exact(b.size()), b);
    }

    static ItemKind kindOf(ReservedRegion r) {
        switch (r.type()) {
            case DIRECT:
                return ItemKind.DIRECT;
            case DIRECT_RELAXABLE:
                return ItemKind.DIRECT_RELAXABLE;
            case MSI:
                return ItemKind.MSI;
            case SW_MSI:
                return ItemKind.SW_MSI;
            default:
                return ItemKind.RESERVED;
        }
    }

    public List<LaneItem> lane(Lane lane) {
        return byLane.get(lane);
    }

    /** Every start and every one-past-the-end of all items (unsorted, with repeats): the fold points. */
    long[] boundaries() {
        List<Long> points = new ArrayList<>();
        for (List<LaneItem> items : byLane.values()) {
            for (LaneItem i : items) {
                points.add(i.start());
                if (i.last() != Address.MAX) {
                    points.add(i.last() + 1);
                }
            }
        }
        return points.stream().mapToLong(Long::longValue).toArray();
    }

    /** All items' inclusive ranges, for the axis to tell occupied stretches from empty ones. */
    List<LaneItem> all() {
        List<LaneItem> all = new ArrayList<>();
        byLane.values().forEach(all::addAll);
        return all;
    }
}
