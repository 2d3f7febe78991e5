package org.iommuatlas.format.host;

import org.iommuatlas.model.HostMemoryKind;
import org.iommuatlas.model.HostPlatform;
import org.iommuatlas.model.ParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class LiveSystemReaderTest {
    @TempDir
    Path root;

    private void group(int n, String regions, String... devices) throws IOException {
        Path dir = Files.createDirectories(root.resolve("sys/kernel/iommu_groups/" + n + "/devices"));
        for (String d : devices) {
            Files.createDirectories(dir.resolve(d));
        }
        Files.writeString(dir.getParent().resolve("reserved_regions"), regions);
    }

    @Test
    void readsGroupsAndIomemOfTheFakeRootAndInfersThePlatform() throws Exception {
        group(28, "0x00000000fee00000 0x00000000feefffff msi\n0x000000fd00000000 0x000000ffffffffff reserved\n",
                "0000:29:00.0");
        Files.createDirectories(root.resolve("proc"));
        Files.writeString(root.resolve("proc/iomem"), HostTestFiles.read("iomem_root.txt"));
        HostReadout r = new LiveSystemReader(root).read();
        assertEquals(HostPlatform.AMD, r.host().platform());
        assertEquals(2, r.host().regions().size());
        assertEquals(28, r.host().regions().get(1).group());
        assertEquals(28, r.host().memory().size());
        assertEquals(HostMemoryKind.SYSTEM_RAM, r.host().memory().get(1).kind());
    }

    @Test
    void anIomemReadWithoutRootIsSkippedWithAdvice() throws Exception {
        group(1, HostTestFiles.read("hp_microserver_group1_reserved_regions"), "0000:07:00.0");
        Files.createDirectories(root.resolve("proc"));
        Files.writeString(root.resolve("proc/iomem"), HostTestFiles.read("iomem_nonroot.txt"));
        HostReadout r = new LiveSystemReader(root).read();
        assertTrue(r.host().memory().isEmpty());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("skipped") && w.contains("read it as root")),
                r.warnings().toString());
        assertEquals(4, r.host().regions().size());
    }

    @Test
    void aMachineWithoutIommuGroupsIsToldHowToEnableTheIommu() throws Exception {
        Files.createDirectories(root.resolve("sys/kernel"));
        ParseException missing = assertThrows(ParseException.class, () -> new LiveSystemReader(root).read());
        assertTrue(missing.problem().contains("IOMMU disabled or not supported"), missing.problem());
        assertTrue(missing.problem().contains("amd_iommu=on"), missing.problem());
        Files.createDirectories(root.resolve("sys/kernel/iommu_groups"));
        ParseException empty = assertThrows(ParseException.class, () -> new LiveSystemReader(root).read());
        assertTrue(empty.problem().contains("iommu.passthrough=0"), empty.problem());
    }

    @Test
    void aSavedDmesgFileIsMergedIn() throws Exception {
        group(4, "0x00000000dbea8000 0x00000000dbeb6fff direct-relaxable\n0x00000000fee00000 0x00000000feefffff msi\n",
                "0000:00:14.0");
        Path dmesg = Files.writeString(root.resolve("dmesg.txt"), HostTestFiles.read("intel_boot_dmesg.txt"));
        HostReadout r = new LiveSystemReader(root).read(dmesg);
        assertEquals(HostPlatform.INTEL, r.host().platform());
        assertEquals(9, r.host().memory().size());
        assertEquals(2 + 6, r.host().regions().size());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("not present")), "no /proc/iomem in the fake root");
    }

    @Test
    void aDmesgPathThatIsNotARegularFileIsNeverOpened() throws Exception {
        group(1, "");
        Path dir = Files.createDirectories(root.resolve("logs"));
        ParseException e = assertThrows(ParseException.class, () -> new LiveSystemReader(root).read(dir));
        assertTrue(e.problem().contains("not a regular file"), e.problem());
    }

    @Test
    void aFifoIsRefusedInsteadOfBlocking() throws Exception {
        group(1, "");
        Path fifo = root.resolve("kmsg");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        assumeTrue(made, "mkfifo is not available");
        ParseException e = assertThrows(ParseException.class, () -> new LiveSystemReader(root).read(fifo));
        assertTrue(e.problem().contains("not a regular file"), e.problem());
    }
}
