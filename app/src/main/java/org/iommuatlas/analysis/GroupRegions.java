package org.iommuatlas.analysis;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The kernel's per-group region list (REFERENCE §2.2, {@code iommu_insert_resv_region()}): sorted
 * by start, then type enum; regions of the same type merge when they overlap or abut (next start
 * at most previous end + 1, merged end = the larger end); regions of different types never merge,
 * so the same RMRR can appear once {@code direct} and once {@code direct-relaxable}.
 *
 * <p>Sysfs already prints merged lists, so on sysfs input this changes nothing; firmware tables
 * and per-device lists need it. A merged region keeps the first region's word and source and the
 * union of the devices.
 */
public final class GroupRegions {
    private GroupRegions() {
    }

    /** Merges one group's regions as the kernel does. */
    public static List<ReservedRegion> merge(List<ReservedRegion> regions) {
        List<ReservedRegion> sorted = new ArrayList<>(regions);
        sorted.sort(ReservedIndex.KERNEL_ORDER);
        int types = ReservedType.values().length;
        ReservedRegion[] open = new ReservedRegion[types];
        Set<String>[] openDevices = newDeviceSets(types);
        List<ReservedRegion> out = new ArrayList<>(sorted.size());
        for (ReservedRegion r : sorted) {
            int t = r.type().ordinal();
            ReservedRegion top = open[t];
            if (top != null && touches(top, r)) {
                if (Address.lessThan(top.last(), r.last())) {
                    top = top.withRange(top.start(), r.last());
                    open[t] = top;
                }
                if (!r.devices().isEmpty()) {
                    if (openDevices[t] == null) {
                        openDevices[t] = new LinkedHashSet<>(top.devices());
                    }
                    openDevices[t].addAll(r.devices());
                }
            } else {
                flush(open, openDevices, t, out);
                open[t] = r;
            }
        }
        for (int t = 0; t < types; t++) {
            flush(open, openDevices, t, out);
        }
        out.sort(ReservedIndex.KERNEL_ORDER);
        return out;
    }

    /**
     * Every group's merged list, keyed by group number; regions without a group form their own
     * list under {@link ReservedRegion#NO_GROUP}.
     */
    public static Map<Integer, List<ReservedRegion>> byGroup(List<ReservedRegion> regions) {
        Map<Integer, List<ReservedRegion>> raw = new TreeMap<>();
        List<ReservedRegion> current = null;
        int currentGroup = 0;
        for (ReservedRegion r : regions) {
            // Input usually comes a group at a time (one sysfs file per group): look up only on a change.
            if (current == null || r.group() != currentGroup) {
                currentGroup = r.group();
                current = raw.computeIfAbsent(currentGroup, g -> new ArrayList<>());
            }
            current.add(r);
        }
        Map<Integer, List<ReservedRegion>> merged = new TreeMap<>();
        raw.forEach((group, list) -> merged.put(group, merge(list)));
        return merged;
    }

    /** Overlap or abut (the kernel's {@code iter->start <= top_end + 1}), without wrapping at 2^64. */
    private static boolean touches(ReservedRegion top, ReservedRegion next) {
        return top.last() == Address.MAX || Address.lessOrEqual(next.start(), top.last() + 1);
    }

    private static void flush(ReservedRegion[] open, Set<String>[] openDevices, int t, List<ReservedRegion> out) {
        ReservedRegion r = open[t];
        if (r == null) {
            return;
        }
        if (openDevices[t] != null) {
            r = r.withDevices(List.copyOf(openDevices[t]));
        }
        out.add(r);
        open[t] = null;
        openDevices[t] = null;
    }

    @SuppressWarnings("unchecked")
    private static Set<String>[] newDeviceSets(int n) {
        return (Set<String>[]) new Set[n];
    }
}
