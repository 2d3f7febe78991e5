package org.iommuatlas.format.host;

import org.iommuatlas.model.HostDevice;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SysfsGroupsReaderTest {
    @TempDir
    Path root;

    /** A tree shaped like the live /sys: device entries are symlinks into /sys/devices. */
    private Path liveShapedTree() throws IOException {
        Path sys = root.resolve("sys");
        Path pci = Files.createDirectories(sys.resolve("devices/pci0000:00"));
        Path drivers = Files.createDirectories(sys.resolve("bus/pci/drivers"));
        Files.createDirectories(drivers.resolve("xhci_hcd"));
        Files.createDirectories(drivers.resolve("vfio-pci"));

        Path usb = Files.createDirectories(pci.resolve("0000:00:14.0"));
        Files.writeString(usb.resolve("class"), "0x0c0330\n");
        Files.createSymbolicLink(usb.resolve("driver"), Path.of("../../../bus/pci/drivers/xhci_hcd"));
        Path nic = Files.createDirectories(pci.resolve("0000:00:14.2"));
        Files.writeString(nic.resolve("class"), "0x050000\n");
        Path gpu = Files.createDirectories(pci.resolve("0000:01:00.0"));
        Files.writeString(gpu.resolve("class"), "0x030000\n");
        Files.createSymbolicLink(gpu.resolve("driver"), Path.of("../../../bus/pci/drivers/vfio-pci"));

        Path groups = Files.createDirectories(sys.resolve("kernel/iommu_groups"));
        Path g4 = Files.createDirectories(groups.resolve("4/devices"));
        Files.createSymbolicLink(g4.resolve("0000:00:14.0"), Path.of("../../../../devices/pci0000:00/0000:00:14.0"));
        Files.createSymbolicLink(g4.resolve("0000:00:14.2"), Path.of("../../../../devices/pci0000:00/0000:00:14.2"));
        Files.writeString(groups.resolve("4/reserved_regions"), """
                0x00000000d5f7e000 0x00000000d5f94fff direct-relaxable
                0x00000000fee00000 0x00000000feefffff msi
                """);
        Files.writeString(groups.resolve("4/type"), "DMA-FQ\n");
        Path g14 = Files.createDirectories(groups.resolve("14/devices"));
        Files.createSymbolicLink(g14.resolve("0000:01:00.0"), Path.of("../../../../devices/pci0000:00/0000:01:00.0"));
        Files.writeString(groups.resolve("14/reserved_regions"), "0x00000000fee00000 0x00000000feefffff msi\n");
        Files.writeString(groups.resolve("14/type"), "DMA\n");
        Path g2 = Files.createDirectories(groups.resolve("2/devices"));
        Files.writeString(groups.resolve("2/reserved_regions"), "");
        assertTrue(Files.isDirectory(g2));
        return groups;
    }

    @Test
    void readsGroupsInNumericOrderWithDevicesDriversAndClasses() throws Exception {
        HostReadout r = SysfsGroupsReader.read(liveShapedTree());
        List<ReservedRegion> regions = r.host().regions();
        assertEquals(3, regions.size());
        ReservedRegion relaxable = regions.get(0);
        assertEquals(4, relaxable.group());
        assertEquals(ReservedType.DIRECT_RELAXABLE, relaxable.type());
        assertEquals(0xd5f7e000L, relaxable.start());
        assertEquals(List.of("0000:00:14.0", "0000:00:14.2"), relaxable.devices());
        assertEquals(1, relaxable.source().line());
        assertTrue(relaxable.source().file().endsWith("4/reserved_regions"), relaxable.source().file());
        assertEquals(14, regions.get(2).group());
        assertEquals(List.of("0000:01:00.0"), regions.get(2).devices());

        List<HostDevice> devices = r.host().devices();
        assertEquals(3, devices.size());
        assertEquals(new HostDevice("0000:00:14.0", 4, "xhci_hcd", 0x0c0330), devices.get(0));
        assertEquals(new HostDevice("0000:00:14.2", 4, "", 0x050000), devices.get(1));
        assertEquals(new HostDevice("0000:01:00.0", 14, "vfio-pci", 0x030000), devices.get(2));
        assertTrue(devices.get(0).isUsbOrDisplay());
        assertTrue(devices.get(2).boundToVfio());
        assertEquals(List.of(4, 14), r.host().groups(), "group 2 has neither devices nor regions");
    }

    @Test
    void acceptsASnapshotRootAndASingleGroupDirectory() throws Exception {
        Path groups = liveShapedTree();
        assertEquals(3, SysfsGroupsReader.read(root).host().regions().size());

        List<String> notes = new ArrayList<>();
        List<SysfsGroupsReader.GroupSnapshot> one = SysfsGroupsReader.readGroups(groups.resolve("14"), notes);
        assertEquals(1, one.size());
        assertEquals(14, one.get(0).number());
        assertEquals("DMA", one.get(0).defaultDomainType());
        assertEquals(1, one.get(0).regions().size());
    }

    @Test
    void aCopiedSnapshotWithPlainEntriesKeepsWhatItCanAndLeavesTheRestUnknown() throws Exception {
        Path groups = Files.createDirectories(root.resolve("copy/7/devices"));
        Path dev = Files.createDirectories(groups.resolve("0000:03:00.0"));
        Files.writeString(dev.resolve("class"), "0x010802\n");
        Files.writeString(dev.resolve("driver"), "../../../bus/pci/drivers/nvme\n");
        Files.writeString(groups.resolve("0000:03:00.1"), "");
        Files.writeString(root.resolve("copy/7/reserved_regions"), "0x00000000fee00000 0x00000000feefffff msi\n");
        HostReadout r = SysfsGroupsReader.read(root.resolve("copy"));
        List<HostDevice> devices = r.host().devices();
        assertEquals(new HostDevice("0000:03:00.0", 7, "nvme", 0x010802), devices.get(0));
        assertEquals("0000:03:00.1", devices.get(1).name());
        assertNull(devices.get(1).driver());
        assertEquals(HostDevice.UNKNOWN_CLASS, devices.get(1).pciClass());
        assertEquals(List.of("0000:03:00.0", "0000:03:00.1"), r.host().regions().get(0).devices());
    }

    @Test
    void anEmptyGroupsDirectorySaysTheIommuIsOff() throws Exception {
        Path groups = Files.createDirectories(root.resolve("sys/kernel/iommu_groups"));
        ParseException e = assertThrows(ParseException.class, () -> SysfsGroupsReader.read(groups));
        assertTrue(e.problem().startsWith("IOMMU disabled or not supported"), e.problem());
        assertTrue(e.problem().contains("intel_iommu=on"), e.problem());
    }

    @Test
    void aMalformedReservedRegionsFileNamesTheFileAndLine() throws Exception {
        Path g = Files.createDirectories(root.resolve("9/devices"));
        Files.writeString(root.resolve("9/reserved_regions"), "0x00000000fee00000 0x00000000feefffff msi\nbroken\n");
        assertTrue(Files.isDirectory(g));
        ParseException e = assertThrows(ParseException.class, () -> SysfsGroupsReader.read(root));
        assertTrue(e.file().endsWith("9/reserved_regions"), e.file());
        assertEquals(2, e.line());
    }

    @Test
    void aGroupWithoutReservedRegionsIsReadWithANote() throws Exception {
        Files.createDirectories(root.resolve("0/devices"));
        HostReadout r = SysfsGroupsReader.read(root);
        assertTrue(r.host().regions().isEmpty());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("v4.11")), r.warnings().toString());
    }

    @Test
    void aClassFileThatIsNotAClassCodeIsRefused() throws Exception {
        Path dev = Files.createDirectories(root.resolve("3/devices/0000:00:02.0"));
        Files.writeString(dev.resolve("class"), "display\n");
        Files.writeString(root.resolve("3/reserved_regions"), "");
        ParseException e = assertThrows(ParseException.class, () -> SysfsGroupsReader.read(root));
        assertTrue(e.file().endsWith("class"), e.file());
        assertTrue(e.problem().contains("0x0c0330"), e.problem());
    }

    @Test
    void aPathThatIsNotADirectoryIsRefused() throws Exception {
        Path file = Files.writeString(root.resolve("reserved_regions"), "");
        ParseException e = assertThrows(ParseException.class, () -> SysfsGroupsReader.read(file));
        assertTrue(e.problem().contains("not a directory"), e.problem());
    }
}
