package org.iommuatlas.analysis;

import org.iommuatlas.model.HostDevice;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.ReservedRegion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The reserved regions one VFIO container (or iommufd IOAS) must respect: the union of the merged
 * lists of every group attached to it (REFERENCE §2.2, §4 "R"). The groups are those of the
 * assigned devices; with no assigned device, or one whose group is unknown, every group counts.
 * Regions read without a group (a pasted file, a firmware table) always count.
 */
public final class ContainerRegions {
    private ContainerRegions() {
    }

    /**
     * The attached groups, or empty when every group counts (nothing assigned, or a device whose
     * group cannot be found in the host's devices or regions).
     */
    public static Optional<Set<Integer>> attachedGroups(HostModel host, List<String> assignedDevices) {
        if (assignedDevices.isEmpty()) {
            return Optional.empty();
        }
        Set<Integer> groups = new TreeSet<>();
        for (String device : assignedDevices) {
            int group = groupOf(host, device);
            if (group == ReservedRegion.NO_GROUP) {
                return Optional.empty();
            }
            groups.add(group);
        }
        return Optional.of(groups);
    }

    /** The device's group from the host's device list, else from a region that names it; NO_GROUP if unknown. */
    public static int groupOf(HostModel host, String device) {
        for (HostDevice d : host.devices()) {
            if (d.name().equals(device) && d.group() != ReservedRegion.NO_GROUP) {
                return d.group();
            }
        }
        for (ReservedRegion r : host.regions()) {
            if (r.hasGroup() && r.devices().contains(device)) {
                return r.group();
            }
        }
        return ReservedRegion.NO_GROUP;
    }

    /** The container's regions, each group merged as the kernel does, in kernel order. */
    public static List<ReservedRegion> of(HostModel host, List<String> assignedDevices) {
        Optional<Set<Integer>> groups = attachedGroups(host, assignedDevices);
        List<ReservedRegion> out = new ArrayList<>();
        for (Map.Entry<Integer, List<ReservedRegion>> e : GroupRegions.byGroup(host.regions()).entrySet()) {
            int group = e.getKey();
            if (group == ReservedRegion.NO_GROUP || groups.isEmpty() || groups.get().contains(group)) {
                out.addAll(e.getValue());
            }
        }
        out.sort(ReservedIndex.KERNEL_ORDER);
        return out;
    }
}
