package org.iommuatlas.format.host;

import org.iommuatlas.model.ParseException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the running machine, read-only: the IOMMU groups under {@code /sys/kernel/iommu_groups},
 * {@code /proc/iomem} when it is readable with real addresses, and optionally a kernel log the
 * user saved to a file. The root is injectable so tests run against a fake tree.
 *
 * <p>{@code /dev/kmsg} is never read: it is a character device that blocks waiting for new
 * messages. Only regular files are opened, each up to a size cap, so reading never hangs.
 */
public final class LiveSystemReader {
    private final Path root;

    public LiveSystemReader() {
        this(Path.of("/"));
    }

    public LiveSystemReader(Path root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    /** Reads groups and /proc/iomem. */
    public HostReadout read() throws ParseException {
        return read(null);
    }

    /**
     * Reads groups, /proc/iomem, and the kernel log in {@code dmesgFile} when it is not null
     * (a saved {@code dmesg} or {@code journalctl -k} output).
     *
     * @throws ParseException when there are no IOMMU groups (IOMMU off or unsupported), they
     *                        cannot be read, or the dmesg file is unreadable or malformed
     */
    public HostReadout read(Path dmesgFile) throws ParseException {
        HostReadout result = readGroups();
        List<String> notes = new ArrayList<>();
        HostReadout iomem = readIomem(notes);
        if (iomem != null) {
            result = result.mergedWith(iomem);
        }
        if (dmesgFile != null) {
            String text = BoundedFiles.read(dmesgFile, BoundedFiles.DMESG_CAP);
            result = result.mergedWith(DmesgParser.parse(dmesgFile.toString(), text));
        }
        return PlatformInference.apply(result.withWarnings(notes));
    }

    private HostReadout readGroups() throws ParseException {
        Path groups = root.resolve("sys").resolve("kernel").resolve("iommu_groups");
        if (!Files.isDirectory(groups)) {
            throw new ParseException(groups.toString(), 0, SysfsGroupsReader.NO_IOMMU_MESSAGE);
        }
        return SysfsGroupsReader.read(groups);
    }

    /** The parsed iomem, or null with a note when it is missing, hidden (non-root) or unreadable. */
    private HostReadout readIomem(List<String> notes) {
        Path iomem = root.resolve("proc").resolve("iomem");
        if (!Files.exists(iomem)) {
            notes.add(iomem + ": not present; host memory map not read");
            return null;
        }
        try {
            String text = BoundedFiles.read(iomem, BoundedFiles.IOMEM_CAP);
            if (ProcIomemParser.looksUnprivileged(text)) {
                notes.add(iomem + ": skipped: " + ProcIomemParser.NEEDS_ROOT_MESSAGE);
                return null;
            }
            return ProcIomemParser.parse(iomem.toString(), text);
        } catch (ParseException e) {
            // The memory map only adds context; the groups are what the analysis needs.
            notes.add("skipped " + e.getMessage());
            return null;
        }
    }
}
