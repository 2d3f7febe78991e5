package org.iommuatlas.format.host;

import org.iommuatlas.model.HostDevice;
import org.iommuatlas.model.HostMemoryKind;
import org.iommuatlas.model.HostMemoryRange;
import org.iommuatlas.model.HostPlatform;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DmesgParserTest {
    @Test
    void theWhitepaperLinesGiveFourDevicesSharingRmrrRanges() throws ParseException {
        HostReadout r = DmesgParser.parse("whitepaper", HostTestFiles.read("rmrr_whitepaper_dmesg.txt"));
        List<ReservedRegion> regions = r.host().regions();
        assertEquals(12, regions.size());
        assertTrue(regions.stream().allMatch(x -> x.type() == ReservedType.DIRECT && x.devices().size() == 1));
        Set<String> devices = regions.stream().map(x -> x.devices().get(0)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("0000:01:00.0", "0000:01:00.2", "0000:01:00.4", "0000:02:00.0"), devices);
        ReservedRegion first = regions.get(0);
        assertEquals(0xbdf7f000L, first.start());
        assertEquals(0xbdf8efffL, first.last());
        assertEquals("0000:02:00.0", first.devices().get(0));
        assertEquals(2, first.source().line(), "line 1 is the 'Setting RMRR:' header");
        // The whitepaper prints this end with nine hex digits; it is read as printed.
        ReservedRegion last = regions.get(11);
        assertEquals(0xbdff6000L, last.start());
        assertEquals(0xbdfffcfffL, last.last());
        assertEquals("0000:01:00.4", last.devices().get(0));
        long sharedFirstRange = regions.stream().filter(x -> x.start() == 0xbdf7f000L).count();
        assertEquals(3, sharedFirstRange);
        assertEquals(HostPlatform.INTEL, r.host().platform());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("12 identity-map line(s)")), r.warnings().toString());
    }

    @Test
    void anIntelBootLogGivesTheE820MapRmrrsIdentityMapsGroupsAndVendor() throws ParseException {
        HostReadout r = DmesgParser.parse("dmesg", HostTestFiles.read("intel_boot_dmesg.txt"));
        assertEquals(HostPlatform.INTEL, r.host().platform());

        List<HostMemoryRange> memory = r.host().memory();
        assertEquals(9, memory.size(), "the e820 update/remove lines are edits, not table entries");
        assertMemory(memory.get(0), 0x0L, 0x9fbffL, HostMemoryKind.SYSTEM_RAM, "usable");
        assertMemory(memory.get(1), 0x9fc00L, 0x9ffffL, HostMemoryKind.RESERVED, "reserved");
        assertMemory(memory.get(5), 0xdbeb7000L, 0xdbf4efffL, HostMemoryKind.ACPI, "ACPI data");
        assertMemory(memory.get(6), 0xdbf4f000L, 0xdbffffffL, HostMemoryKind.ACPI, "ACPI NVS");
        assertMemory(memory.get(8), 0x100000000L, 0x23fffffffL, HostMemoryKind.SYSTEM_RAM, "usable");
        assertEquals(6, memory.get(0).source().line());

        List<ReservedRegion> regions = r.host().regions();
        assertEquals(6, regions.size());
        ReservedRegion rmrr = regions.get(0);
        assertEquals(0xdbea8000L, rmrr.start());
        assertEquals(0xdbeb6fffL, rmrr.last());
        assertTrue(rmrr.devices().isEmpty(), "the RMRR line names no device");
        assertEquals(ReservedRegion.NO_GROUP, rmrr.group());

        ReservedRegion usb = regions.get(2);
        assertEquals(List.of("0000:00:14.0"), usb.devices());
        assertEquals(4, usb.group(), "the group comes from the 'Adding to iommu group' line");
        ReservedRegion lpc = regions.get(5);
        assertEquals(0x0L, lpc.start());
        assertEquals(0xffffffL, lpc.last());
        assertEquals(8, lpc.group());

        List<HostDevice> devices = r.host().devices();
        assertEquals(6, devices.size());
        assertEquals(HostDevice.of("0000:01:00.0", 14), devices.get(5));
    }

    @Test
    void aJournalWithThe2025E820WordingIsReadPastItsPrefixesAndSizeColumns() throws ParseException {
        HostReadout r = DmesgParser.parse("journal", HostTestFiles.read("amd_journal_2025_e820.txt"));
        assertEquals(HostPlatform.AMD, r.host().platform());
        List<HostMemoryRange> memory = r.host().memory();
        assertEquals(7, memory.size(), "the gap line is not a memory range");
        assertMemory(memory.get(0), 0x0L, 0x9ffffL, HostMemoryKind.SYSTEM_RAM, "System RAM");
        assertMemory(memory.get(1), 0xe0000L, 0xfffffL, HostMemoryKind.RESERVED, "device reserved");
        assertMemory(memory.get(2), 0x100000L, 0x9afefffL, HostMemoryKind.SYSTEM_RAM, "System RAM");
        assertMemory(memory.get(3), 0xa000000L, 0xa1fffffL, HostMemoryKind.ACPI, "ACPI NVS");
        assertMemory(memory.get(6), 0xfd00000000L, 0xffffffffffL, HostMemoryKind.RESERVED, "device reserved");
        assertEquals(List.of(HostDevice.of("0000:28:00.0", 27), HostDevice.of("0000:29:00.0", 28)),
                r.host().devices());
    }

    @Test
    void prefixesOfEveryCollectorAreStripped() throws ParseException {
        String text = """
                <6>[    0.000000] BIOS-e820: [mem 0x0000000000000000-0x000000000009fbff] usable
                Mar 25 13:43:39 host kernel: [    0.000000] BIOS-e820: [mem 0x00000000000f0000-0x00000000000fffff] reserved
                [Wed Mar 25 13:43:39 2020] DMAR: RMRR base: 0x000000dbea8000 end: 0x000000dbeb6fff
                kern  :info  : [    1.100000] DMAR: Ignoring identity map for HW passthrough device 0000:00:1a.0 [0xdbea8000 - 0xdbeb6fff]
                [    1.200000] [    T1] pci 0000:00:1a.0: Adding to iommu group 5
                 BIOS-e820: 0000000000100000 - 00000000dbea0000 (usable)
                """;
        HostReadout r = DmesgParser.parse("mixed", text);
        assertEquals(3, r.host().memory().size());
        assertMemory(r.host().memory().get(2), 0x100000L, 0xdbe9ffffL, HostMemoryKind.SYSTEM_RAM, "usable");
        assertEquals(2, r.host().regions().size());
        ReservedRegion ignored = r.host().regions().get(1);
        assertEquals(List.of("0000:00:1a.0"), ignored.devices());
        assertEquals(5, ignored.group());
        assertEquals(ReservedType.DIRECT, ignored.type());
    }

    @Test
    void aPageAlignedIdentityMapEndIsReadAsPrintedWithAWarning() throws ParseException {
        HostReadout r = DmesgParser.parse("old", "IOMMU: Setting identity map for device 0000:00:1d.0 [0xbf7e7000 - 0xbf7f4000]");
        assertEquals(0xbf7f4000L, r.host().regions().get(0).last());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("ends at 0xbf7f3fff")), r.warnings().toString());
    }

    @Test
    void contradictingVendorLinesKeepTheFirstVendorAndWarnOnce() throws ParseException {
        HostReadout r = DmesgParser.parse("two", "DMAR: IOMMU enabled\nAMD-Vi: Found IOMMU cap 0x40\nAMD-Vi: Interrupt remapping enabled\n");
        assertEquals(HostPlatform.INTEL, r.host().platform());
        assertEquals(1, r.warnings().size(), r.warnings().toString());
    }

    @Test
    void unrelatedLinesAreIgnored() throws ParseException {
        HostReadout r = DmesgParser.parse("noise", """
                [    1.300000] usb 1-1: new high-speed USB device number 2 using xhci_hcd
                [    2.000000] EXT4-fs (nvme0n1p2): mounted filesystem with ordered data mode
                [    2.100000] e820: update [mem 0x00000000-0x00000fff] usable ==> reserved
                """);
        assertTrue(r.host().regions().isEmpty());
        assertTrue(r.host().memory().isEmpty());
        assertTrue(r.host().devices().isEmpty());
        assertEquals(HostPlatform.UNKNOWN, r.host().platform());
    }

    @Test
    void aMalformedIdentityMapLineIsAnErrorAtTheBadColumn() {
        String line = "[    1.100000] DMAR: Setting identity map for device 0000:00:14.0 [0xzz - 0x1]";
        ParseException e = assertThrows(ParseException.class, () -> DmesgParser.parse("dmesg", "noise\n" + line + "\n"));
        assertEquals(2, e.line());
        assertEquals(line.indexOf("zz") + 1, e.column());
        assertTrue(e.problem().contains("identity-map start"), e.problem());
    }

    @Test
    void anIdentityMapEndingBelowItsStartIsAnError() {
        String line = "IOMMU: Setting identity map for device 0000:02:00.0 [0xbdf8f000 - 0xbdf7f000]";
        ParseException e = assertThrows(ParseException.class, () -> DmesgParser.parse("dmesg", line));
        assertEquals(line.indexOf("0xbdf7f000") + 1, e.column());
        assertTrue(e.problem().contains("below its start"), e.problem());
    }

    @Test
    void malformedRmrrE820AndGroupLinesAreErrors() {
        ParseException rmrr = assertThrows(ParseException.class,
                () -> DmesgParser.parse("d", "DMAR: RMRR base: 0x000000dbea8000 limit: 0x000000dbeb6fff"));
        assertEquals(35, rmrr.column(), "column of 'limit:', where 'end:' was expected");
        ParseException e820 = assertThrows(ParseException.class,
                () -> DmesgParser.parse("d", "BIOS-e820: [mem 0x0000000000000000-0x000000000009fbff]"));
        assertTrue(e820.problem().contains("expected an e820 type"), e820.problem());
        String groupLine = "[    1.2] pci 0000:01:00.0: Adding to iommu group fourteen";
        ParseException group = assertThrows(ParseException.class, () -> DmesgParser.parse("d", groupLine));
        assertEquals(groupLine.indexOf("fourteen") + 1, group.column());
    }

    private static void assertMemory(HostMemoryRange m, long start, long last, HostMemoryKind kind, String name) {
        assertEquals(start, m.start(), "start of " + m);
        assertEquals(last, m.last(), "last of " + m);
        assertEquals(kind, m.kind(), "kind of " + m);
        assertEquals(name, m.name(), "name of " + m);
        assertEquals(0, m.depth());
    }
}
