package org.iommuatlas.analysis;

import org.iommuatlas.model.HostDevice;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.HostPlatform;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The checks that decide whether a device can be assigned at all, whatever the guest layout:
 * R10 (group viability) and R3 (a non-relaxable identity map in the group).
 */
final class GroupChecks {
    /** What the group-level checks found. */
    record Findings(List<Conflict> notViable, List<Conflict> identity, List<DeviceVerdict> verdicts,
                    Optional<String> firstNotViableLine, Optional<String> firstIdentityLine) {
    }

    private GroupChecks() {
    }

    /**
     * Drivers that keep a group viable (REFERENCE §4 R10; the exact kernel allow-list is
     * UNVERIFIED): none bound, pci-stub, any VFIO driver, and pcieport on bridges.
     */
    static boolean toleratedDriver(String driver) {
        if (driver == null || driver.isEmpty()) {
            return true;
        }
        String d = driver.toLowerCase(Locale.ROOT);
        return d.equals("pci-stub") || d.equals("pcieport") || d.startsWith("vfio") || d.endsWith("vfio-pci")
                || d.endsWith("vfio_pci");
    }

    static String groupLabel(int group) {
        return group == ReservedRegion.NO_GROUP ? "<N>" : Integer.toString(group);
    }

    /**
     * The group of each assigned device and the devices of each group, looked up once per run: a
     * host can have tens of thousands of groups, and asking {@link HostModel#devicesInGroup} or
     * {@link ContainerRegions#groupOf} per group would cost groups x devices.
     */
    private record Lookup(Map<String, Integer> assignedGroups, Map<Integer, List<HostDevice>> membersByGroup) {
        static Lookup of(HostModel host, List<String> assigned) {
            Map<String, Integer> groups = new HashMap<>();
            for (String device : assigned) {
                groups.computeIfAbsent(device, d -> ContainerRegions.groupOf(host, d));
            }
            Map<Integer, List<HostDevice>> members = new HashMap<>();
            for (HostDevice d : host.devices()) {
                members.computeIfAbsent(d.group(), g -> new ArrayList<>()).add(d);
            }
            return new Lookup(groups, members);
        }

        int groupOf(String assignedDevice) {
            return assignedGroups.get(assignedDevice);
        }

        /** As {@link HostModel#devicesInGroup}: the group's devices in host order. */
        List<HostDevice> members(int group) {
            return membersByGroup.getOrDefault(group, List.of());
        }
    }

    static Findings run(HostModel host, List<ReservedRegion> containerRegions, AnalysisOptions options) {
        List<String> assigned = assignedDevices(host, options);
        Lookup lookup = Lookup.of(host, assigned);
        List<Conflict> notViable = new ArrayList<>();
        Map<Integer, String> notViableReason = new TreeMap<>();
        Optional<String> firstNotViableLine = Optional.empty();
        for (String device : assigned) {
            int group = lookup.groupOf(device);
            if (group == ReservedRegion.NO_GROUP || notViableReason.containsKey(group)) {
                continue;
            }
            for (HostDevice member : lookup.members(group)) {
                if (assigned.contains(member.name()) || toleratedDriver(member.driver())) {
                    continue;
                }
                String line = Messages.groupNotViable(device, group);
                String reason = member.name() + " in group " + group + " is bound to " + member.driver()
                        + ", not to a VFIO driver";
                notViableReason.put(group, reason);
                notViable.add(new Conflict(Severity.ERROR, Rule.R10, null, null, null, null, null,
                        reason + ", so the group is not viable and QEMU refuses " + device
                                + ". Unbind it or bind it to vfio-pci.",
                        line + "\n" + Messages.GROUP_NOT_VIABLE_HINT));
                if (firstNotViableLine.isEmpty()) {
                    firstNotViableLine = Optional.of(line);
                }
                break;
            }
        }

        // One pass over the container's regions (there may be a million) for both maps.
        Map<Integer, ReservedRegion> directByGroup = new TreeMap<>();
        Map<Integer, List<String>> directRanges = new TreeMap<>();
        for (ReservedRegion r : containerRegions) {
            if (r.type() == ReservedType.DIRECT) {
                directByGroup.putIfAbsent(r.group(), r);
                directRanges.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r.range().toString());
            }
        }
        List<Conflict> identity = new ArrayList<>();
        Optional<String> firstIdentityLine = Optional.empty();
        boolean refused = options.kernel() != KernelGeneration.BEFORE_6_6 || host.platform() == HostPlatform.INTEL;
        if (refused) {
            for (Map.Entry<Integer, ReservedRegion> e : directByGroup.entrySet()) {
                int group = e.getKey();
                ReservedRegion region = e.getValue();
                String device = deviceOfGroup(lookup, assigned, group, region);
                String owner = region.devices().isEmpty() ? device : region.devices().get(0);
                List<String> lines = new ArrayList<>();
                String qemuLine;
                if (options.kernel() != KernelGeneration.BEFORE_6_6) {
                    lines.add(Messages.firmwareRequestedIdentity("vfio-pci", owner));
                    lines.add(Messages.failedToSetGroupContainer(device, groupLabel(group)));
                    qemuLine = Messages.failedToSetGroupContainer(device, groupLabel(group));
                } else {
                    qemuLine = Messages.SET_IOMMU_NOT_PERMITTED;
                }
                if (options.kernel() != KernelGeneration.V6_6_OR_LATER && host.platform() != HostPlatform.AMD
                        && host.platform() != HostPlatform.ARM_SMMU) {
                    lines.add(Messages.rmrrIneligible("vfio-pci", owner));
                    lines.add(Messages.SET_IOMMU_NOT_PERMITTED);
                }
                String text = "Group " + groupLabel(group) + " has the non-relaxable identity map"
                        + (directRanges.get(group).size() > 1 ? "s " : " ") + String.join(", ", directRanges.get(group))
                        + ": firmware requires the device to keep a 1:1 mapping, so VFIO"
                        + " cannot take the group over and the device cannot be assigned, whatever the guest layout."
                        + (options.kernel() == KernelGeneration.UNKNOWN
                        ? " Kernels 6.6 and later refuse with -EINVAL when the group joins the container; Intel"
                        + " kernels before 6.6 refused with -EPERM when the IOMMU was set." : "");
                identity.add(new Conflict(Severity.ERROR, Rule.R3, null, null, null, region, region.range(), text,
                        String.join("\n", lines)));
                if (firstIdentityLine.isEmpty()) {
                    firstIdentityLine = Optional.of(qemuLine);
                }
            }
        }
        return new Findings(notViable, identity, verdicts(host, assigned, options, notViableReason, refused),
                firstNotViableLine, firstIdentityLine);
    }

    /** The explicit assignment, or else the devices already bound to a VFIO driver. */
    private static List<String> assignedDevices(HostModel host, AnalysisOptions options) {
        if (!options.assignedDevices().isEmpty()) {
            return options.assignedDevices();
        }
        List<String> bound = new ArrayList<>();
        for (HostDevice d : host.devices()) {
            if (d.driver() != null && !d.driver().isEmpty() && toleratedDriver(d.driver())
                    && d.driver().toLowerCase(Locale.ROOT).contains("vfio")) {
                bound.add(d.name());
            }
        }
        return bound;
    }

    private static Map<Integer, ReservedRegion> firstDirectByGroup(List<ReservedRegion> regions) {
        Map<Integer, ReservedRegion> out = new TreeMap<>();
        for (ReservedRegion r : regions) {
            if (r.type() == ReservedType.DIRECT) {
                out.putIfAbsent(r.group(), r);
            }
        }
        return out;
    }

    private static String deviceOfGroup(Lookup lookup, List<String> assigned, int group, ReservedRegion region) {
        for (String device : assigned) {
            if (lookup.groupOf(device) == group) {
                return device;
            }
        }
        if (!region.devices().isEmpty()) {
            return region.devices().get(0);
        }
        List<HostDevice> members = lookup.members(group);
        return members.isEmpty() || group == ReservedRegion.NO_GROUP ? "<BDF>" : members.get(0).name();
    }

    /** One verdict per assigned device, else per host device, else per group seen in the regions. */
    private static List<DeviceVerdict> verdicts(HostModel host, List<String> assigned, AnalysisOptions options,
                                                Map<Integer, String> notViableReason, boolean refused) {
        Map<Integer, ReservedRegion> direct = firstDirectByGroup(host.regions());
        Map<String, Integer> subjects = new LinkedHashMap<>();
        if (!options.assignedDevices().isEmpty()) {
            for (String d : options.assignedDevices()) {
                subjects.put(d, ContainerRegions.groupOf(host, d));
            }
        } else if (!host.devices().isEmpty()) {
            for (HostDevice d : host.devices()) {
                subjects.put(d.name(), d.group());
            }
        } else {
            for (int g : host.groups()) {
                subjects.put("group " + g, g);
            }
            if (direct.containsKey(ReservedRegion.NO_GROUP)) {
                subjects.put("group " + groupLabel(ReservedRegion.NO_GROUP), ReservedRegion.NO_GROUP);
            }
        }
        List<DeviceVerdict> out = new ArrayList<>();
        for (Map.Entry<String, Integer> s : subjects.entrySet()) {
            int group = s.getValue();
            ReservedRegion d = direct.get(group);
            if (d == null && group != ReservedRegion.NO_GROUP) {
                d = direct.get(ReservedRegion.NO_GROUP);
            }
            String viability = notViableReason.get(group);
            if (viability != null) {
                out.add(new DeviceVerdict(s.getKey(), group, false, "R10: " + viability));
            } else if (d != null && refused) {
                out.add(new DeviceVerdict(s.getKey(), group, false, "R3: group " + groupLabel(group)
                        + " has the direct (non-relaxable identity) region " + d.range()));
            } else if (d != null) {
                out.add(new DeviceVerdict(s.getKey(), group, true, "direct region " + d.range()
                        + " is not refused by this kernel/platform, but DMA maps over it fail (R1)"));
            } else {
                out.add(new DeviceVerdict(s.getKey(), group, true, "no non-relaxable identity map; group viable"));
            }
        }
        return out;
    }
}
