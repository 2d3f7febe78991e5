package org.iommuatlas.format.host;

import org.iommuatlas.model.ParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Files the host readers open (issue #5): huge files are refused by their size without being
 * read, binary files are refused instead of reading as "no regions", and a sysfs entry that
 * points at a device is never opened.
 */
class HostileHostFilesTest {
    private static final long HUGE = 600L * 1024 * 1024;

    @TempDir
    Path root;

    private Path group(int n, String regions) throws IOException {
        Path dir = Files.createDirectories(root.resolve("sys/kernel/iommu_groups/" + n + "/devices"));
        Path file = dir.getParent().resolve("reserved_regions");
        Files.writeString(file, regions);
        return file;
    }

    /** A file that reports {@code size} bytes but occupies no disk: nothing is kept in the repository. */
    private static Path sparse(Path file, long size) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size);
        }
        return file;
    }

    @Test
    void aSixHundredMegabyteDmesgFileIsRefusedByItsSize() throws Exception {
        group(1, "0x00000000fee00000 0x00000000feefffff msi\n");
        Path log = sparse(root.resolve("dmesg.txt"), HUGE);
        ParseException e = assertThrows(ParseException.class, () -> new LiveSystemReader(root).read(log));
        assertEquals(log + ": larger than " + BoundedFiles.DMESG_CAP + " bytes; refusing to read more", e.getMessage());
    }

    @Test
    void aHugeReservedRegionsFileIsRefusedByItsSize() throws Exception {
        Path regions = group(3, "");
        sparse(regions, HUGE);
        ParseException e = assertThrows(ParseException.class, () -> SysfsGroupsReader.read(root));
        assertEquals(regions.toString(), e.file());
        assertTrue(e.problem().startsWith("larger than " + BoundedFiles.SYSFS_CAP + " bytes"), e.problem());
    }

    @Test
    void aCompressedOrBinaryLogIsRefusedInsteadOfReadingAsNoRegions() throws Exception {
        group(1, "0x00000000fee00000 0x00000000feefffff msi\n");
        Path log = root.resolve("kern.log.gz");
        Files.write(log, new byte[] {0x1f, (byte) 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03});
        ParseException e = assertThrows(ParseException.class, () -> new LiveSystemReader(root).read(log));
        assertEquals(log + ": contains binary data (a NUL byte at offset 3); expected a text file"
                + " (decompress .gz/.xz/.zst logs first)", e.getMessage());
    }

    @Test
    void aReservedRegionsLinkToACharacterDeviceIsNeverOpened() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero on this machine");
        Path dir = Files.createDirectories(root.resolve("sys/kernel/iommu_groups/5/devices")).getParent();
        Path regions = Files.createSymbolicLink(dir.resolve("reserved_regions"), zero);
        try {
            ParseException e = assertThrows(ParseException.class, () -> SysfsGroupsReader.read(root));
            assertEquals(regions.toString(), e.file());
            assertTrue(e.problem().startsWith("not a regular file"), e.problem());
        } finally {
            // Removed here so that the temp-dir cleanup never meets a link pointing outside it.
            Files.delete(regions);
        }
    }

    @Test
    void anUnreadableFileSaysPermissionDenied() {
        // The tests run as root in CI, where every file is readable; the refusal a user without
        // root meets is the translation of the kernel's EACCES, tested here directly.
        ParseException e = BoundedFiles.readFailure("/sys/kernel/iommu_groups/2/reserved_regions",
                new java.nio.file.AccessDeniedException("/sys/kernel/iommu_groups/2/reserved_regions"));
        assertTrue(e.problem().startsWith("permission denied"), e.problem());
        assertEquals("/sys/kernel/iommu_groups/2/reserved_regions", e.file());
    }
}
