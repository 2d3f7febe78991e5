package org.iommuatlas.format.host;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.HostDevice;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.ReservedRegion;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a directory shaped like {@code /sys/kernel/iommu_groups/} (REFERENCE §6.2): for each
 * group {@code N}, its {@code reserved_regions}, its default-domain {@code type}, and its
 * {@code devices/} entries with each device's bound driver and PCI class.
 *
 * <p>Works on the live tree (device entries are symlinks into {@code /sys/devices}) and on copied
 * snapshots, where a copy may have turned symlinks into plain directories or files: what can be
 * resolved is read, the rest stays unknown rather than guessed.
 */
public final class SysfsGroupsReader {
    /** Shown when a machine has no IOMMU groups at all. */
    public static final String NO_IOMMU_MESSAGE = "IOMMU disabled or not supported: no IOMMU groups. Enable VT-d"
            + " or AMD-Vi (SVM/IOMMU) in the firmware and boot with intel_iommu=on (Intel), amd_iommu=on (AMD)"
            + " or iommu.passthrough=0 (Arm), then check /sys/kernel/iommu_groups again";

    /** One group directory as read. */
    public record GroupSnapshot(int number, String defaultDomainType, List<HostDevice> devices,
                                List<ReservedRegion> regions) {
        public GroupSnapshot {
            devices = List.copyOf(devices);
            regions = List.copyOf(regions);
        }
    }

    private SysfsGroupsReader() {
    }

    /**
     * Reads all groups below {@code path}, which may be the {@code iommu_groups} directory, a single
     * group directory {@code N}, or a snapshot root that contains {@code sys/kernel/iommu_groups}.
     *
     * @throws ParseException when the path holds no groups, a file is unreadable or malformed
     */
    public static HostReadout read(Path path) throws ParseException {
        List<String> warnings = new ArrayList<>();
        List<GroupSnapshot> groups = readGroups(path, warnings);
        List<ReservedRegion> regions = new ArrayList<>();
        List<HostDevice> devices = new ArrayList<>();
        for (GroupSnapshot g : groups) {
            regions.addAll(g.regions());
            devices.addAll(g.devices());
        }
        HostModel host = HostModel.EMPTY.withRegions(regions).withDevices(devices);
        return new HostReadout(host, warnings);
    }

    /** The groups below {@code path} in ascending group order; notes go to {@code warnings}. */
    public static List<GroupSnapshot> readGroups(Path path, List<String> warnings) throws ParseException {
        if (!Files.isDirectory(path)) {
            throw new ParseException(path.toString(), 0, "not a directory; expected /sys/kernel/iommu_groups,"
                    + " one of its group directories, or a snapshot root containing sys/kernel/iommu_groups");
        }
        Path nested = path.resolve("sys").resolve("kernel").resolve("iommu_groups");
        if (Files.isDirectory(nested)) {
            return readGroupsDir(nested, warnings);
        }
        if (isGroupDir(path)) {
            return List.of(readGroup(path, groupNumber(path), warnings));
        }
        return readGroupsDir(path, warnings);
    }

    private static List<GroupSnapshot> readGroupsDir(Path dir, List<String> warnings) throws ParseException {
        List<Path> groupDirs = new ArrayList<>();
        for (Path entry : list(dir)) {
            if (isGroupDir(entry)) {
                groupDirs.add(entry);
            }
        }
        if (groupDirs.isEmpty()) {
            throw new ParseException(dir.toString(), 0, NO_IOMMU_MESSAGE);
        }
        groupDirs.sort(Comparator.comparingInt(SysfsGroupsReader::groupNumber));
        List<GroupSnapshot> groups = new ArrayList<>();
        for (Path g : groupDirs) {
            groups.add(readGroup(g, groupNumber(g), warnings));
        }
        return groups;
    }

    private static GroupSnapshot readGroup(Path dir, int number, List<String> warnings) throws ParseException {
        List<HostDevice> devices = readDevices(dir.resolve("devices"), number, warnings);
        List<String> deviceNames = devices.stream().map(HostDevice::name).toList();

        Path regionsFile = dir.resolve("reserved_regions");
        List<ReservedRegion> regions = new ArrayList<>();
        if (Files.exists(regionsFile)) {
            HostReadout r = SysfsReservedRegionsParser.parse(regionsFile.toString(),
                    BoundedFiles.read(regionsFile, BoundedFiles.SYSFS_CAP), number);
            warnings.addAll(r.warnings());
            for (ReservedRegion region : r.host().regions()) {
                regions.add(region.withDevices(deviceNames));
            }
        } else {
            warnings.add(regionsFile + ": missing (kernels before v4.11 have no reserved_regions);"
                    + " group " + number + " has no known reserved regions");
        }

        String type = null;
        Path typeFile = dir.resolve("type");
        if (Files.exists(typeFile)) {
            type = BoundedFiles.read(typeFile, BoundedFiles.SYSFS_CAP).trim();
        }
        return new GroupSnapshot(number, type, devices, regions);
    }

    private static List<HostDevice> readDevices(Path devicesDir, int group, List<String> warnings)
            throws ParseException {
        if (!Files.isDirectory(devicesDir)) {
            warnings.add(devicesDir + ": missing; group " + group + " has no known devices");
            return List.of();
        }
        List<HostDevice> devices = new ArrayList<>();
        for (Path entry : list(devicesDir)) {
            devices.add(readDevice(entry, group, warnings));
        }
        return devices;
    }

    /** A device entry: a symlink to the device directory (live) or a copy of it (snapshot). */
    private static HostDevice readDevice(Path entry, int group, List<String> warnings) throws ParseException {
        String name = entry.getFileName().toString();
        if (!Files.isDirectory(entry)) {
            // A dangling link or a plain file in a flattened copy: the name is all we know.
            return new HostDevice(name, group, null, HostDevice.UNKNOWN_CLASS);
        }
        String driver = readDriver(entry.resolve("driver"));
        int pciClass = HostDevice.UNKNOWN_CLASS;
        Path classFile = entry.resolve("class");
        if (Files.isRegularFile(classFile)) {
            String text = BoundedFiles.read(classFile, BoundedFiles.SYSFS_CAP).trim();
            try {
                long value = Address.parseHex(text);
                if (Long.compareUnsigned(value, 0xffffffL) > 0) {
                    throw new NumberFormatException("more than 24 bits");
                }
                pciClass = (int) value;
            } catch (NumberFormatException e) {
                throw new ParseException(classFile.toString(), 1, 1,
                        "expected a PCI class code such as 0x0c0330, found '" + text + "'");
            }
        }
        return new HostDevice(name, group, driver, pciClass);
    }

    /** The bound driver's name; "" when no driver is bound; null when a copy lost the link. */
    private static String readDriver(Path driverLink) throws ParseException {
        if (Files.isSymbolicLink(driverLink)) {
            try {
                Path target = Files.readSymbolicLink(driverLink);
                Path last = target.getFileName();
                return last == null ? null : last.toString();
            } catch (IOException e) {
                throw new ParseException(driverLink.toString(), 0, 0, "cannot read the driver link: " + e.getMessage(), e);
            }
        }
        if (!Files.exists(driverLink, LinkOption.NOFOLLOW_LINKS)) {
            return "";
        }
        if (Files.isRegularFile(driverLink)) {
            // Some snapshot tools store the link target as text.
            String text = BoundedFiles.read(driverLink, BoundedFiles.SYSFS_CAP).trim();
            int slash = text.lastIndexOf('/');
            return slash >= 0 ? text.substring(slash + 1) : text;
        }
        return null;
    }

    private static boolean isGroupDir(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().matches("\\d{1,9}") && Files.isDirectory(p);
    }

    private static int groupNumber(Path p) {
        return Integer.parseInt(p.getFileName().toString());
    }

    private static List<Path> list(Path dir) throws ParseException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (AccessDeniedException e) {
            throw new ParseException(dir.toString(), 0, 0, "permission denied listing the directory", e);
        } catch (IOException e) {
            throw new ParseException(dir.toString(), 0, 0, "cannot list the directory: " + e.getMessage(), e);
        }
    }
}
