package org.iommuatlas.analysis;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;

import java.util.ArrayList;
import java.util.List;

/**
 * The usable IOVA ranges: what {@code VFIO_IOMMU_GET_INFO}'s IOVA-range capability (type1) or
 * {@code IOMMU_IOAS_IOVA_RANGES} (iommufd) would report. Ranges are inclusive, ascending.
 */
public final class IovaRanges {
    private IovaRanges() {
    }

    /**
     * type1 (REFERENCE §2.3 steps 5–6): the aperture minus every region except direct-relaxable,
     * splitting ranges around each cut. An empty result means the group attach itself fails with
     * -EINVAL ({@link #type1AttachFails}).
     */
    public static List<AddressRange> type1(AddressRange aperture, List<ReservedRegion> regions) {
        List<AddressRange> holes = new ArrayList<>(regions.size());
        boolean inStartOrder = true;
        long previousStart = 0;
        for (ReservedRegion r : regions) {
            if (r.type().excludedFromIova()) {
                inStartOrder &= Address.lessOrEqual(previousStart, r.start());
                previousStart = r.start();
                holes.add(r.range());
            }
        }
        // The container's regions come in kernel order (by start): no need to sort a million again.
        return inStartOrder ? subtractInStartOrder(aperture, holes) : subtract(aperture, holes);
    }

    /** type1 refuses the attach when nothing of the aperture is left (the list is then not reported). */
    public static boolean type1AttachFails(List<AddressRange> usable) {
        return usable.isEmpty();
    }

    /**
     * iommufd for one device (REFERENCE §2.4, current kernels reserve per device): the aperture
     * minus the device's own non-relaxable regions (relaxable ones are skipped). The device's
     * regions are those naming it; when no region names any device, those of its group.
     */
    public static List<AddressRange> iommufd(HostModel host, String device) {
        List<AddressRange> holes = new ArrayList<>();
        boolean named = false;
        for (ReservedRegion r : host.regions()) {
            if (r.devices().contains(device)) {
                named = true;
                if (r.type() != ReservedType.DIRECT_RELAXABLE) {
                    holes.add(r.range());
                }
            }
        }
        if (!named) {
            int group = ContainerRegions.groupOf(host, device);
            for (ReservedRegion r : host.regions()) {
                if (r.type() != ReservedType.DIRECT_RELAXABLE && (r.group() == group || !r.hasGroup())) {
                    holes.add(r.range());
                }
            }
        }
        return subtract(host.aperture(), holes);
    }

    /** {@code whole} minus the union of {@code holes} (any order, may overlap), ascending. */
    public static List<AddressRange> subtract(AddressRange whole, List<AddressRange> holes) {
        List<AddressRange> sorted = new ArrayList<>(holes);
        sorted.sort(null);
        return subtractInStartOrder(whole, sorted);
    }

    /**
     * As {@link #subtract} for holes already in ascending start order; the order among holes of
     * the same start does not matter (the cursor moves past the longest either way).
     */
    static List<AddressRange> subtractInStartOrder(AddressRange whole, List<AddressRange> sorted) {
        List<AddressRange> out = new ArrayList<>();
        long cursor = whole.start();
        for (AddressRange hole : sorted) {
            if (Address.lessThan(hole.last(), cursor)) {
                continue;
            }
            if (Address.lessThan(whole.last(), hole.start())) {
                break;
            }
            if (Address.lessThan(cursor, hole.start())) {
                out.add(new AddressRange(cursor, hole.start() - 1));
            }
            if (!Address.lessThan(hole.last(), whole.last())) {
                return out;
            }
            cursor = hole.last() + 1;
        }
        out.add(new AddressRange(cursor, whole.last()));
        return out;
    }
}
