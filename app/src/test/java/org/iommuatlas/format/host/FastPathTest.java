package org.iommuatlas.format.host;

import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hand-written paths that keep big inputs fast (issue #4) read exactly what the general
 * paths read: line splitting, kernel-form reserved_regions lines and plain dmesg timestamps.
 */
class FastPathTest {
    @Test
    void linesSplitAtCrLfLfAndALoneCrWithoutATrailingEmptyLine() {
        assertEquals(List.of(), TextLines.of(""));
        assertEquals(List.of(""), TextLines.of("\n"));
        assertEquals(List.of("a"), TextLines.of("a\n"));
        assertEquals(List.of("a", ""), TextLines.of("a\n\n"));
        assertEquals(List.of("a", "b", "c", "d"), TextLines.of("a\r\nb\rc\nd"));
        assertEquals(List.of("a", ""), TextLines.of("a\r\r\n"));
        assertEquals(List.of("a"), TextLines.of("a\r"));
    }

    @Test
    void kernelFormLinesShareOneWordPerTypeAndAreNotCountedAsLenient() throws ParseException {
        HostReadout r = SysfsReservedRegionsParser.parse("rr", """
                0x00000000fee00000 0x00000000feefffff msi\r
                0x000000fd00000000 0x000000ffffffffff reserved\r
                0x0000000008000000 0x00000000080fffff msi\r
                0x000000003e2e0000 0x000000003e2fffff direct-relaxable\r
                0x00000000000e8000 0x00000000000e8fff direct""", 5);
        List<ReservedRegion> regions = r.host().regions();
        assertEquals(5, regions.size());
        assertSame(regions.get(0).reportedAs(), regions.get(2).reportedAs());
        assertEquals(ReservedType.DIRECT_RELAXABLE, regions.get(3).type());
        assertEquals("direct-relaxable", regions.get(3).reportedAs());
        assertEquals(ReservedType.DIRECT, regions.get(4).type());
        assertEquals(0xe8fffL, regions.get(4).last());
        assertEquals(5, regions.get(4).source().line());
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void lenientLinesAlsoShareTheTypeWord() throws ParseException {
        HostReadout r = SysfsReservedRegionsParser.parse("rr", "0xFEE00000 0xFEEFFFFF MSI\n0x8000000 0x80fffff msi\n",
                ReservedRegion.NO_GROUP);
        assertSame(r.host().regions().get(0).reportedAs(), r.host().regions().get(1).reportedAs());
        assertEquals("msi", r.host().regions().get(0).reportedAs());
    }

    @Test
    void blankLinesBetweenKernelLinesKeepTheLineNumbers() throws ParseException {
        HostReadout r = SysfsReservedRegionsParser.parse("rr",
                "\n0x00000000fee00000 0x00000000feefffff msi\n   \n0x0000000008000000 0x00000000080fffff msi\n",
                ReservedRegion.NO_GROUP);
        assertEquals(2, r.host().regions().get(0).source().line());
        assertEquals(4, r.host().regions().get(1).source().line());
    }

    @Test
    void aKernelFormLineWithItsEndBelowItsStartIsStillRefused() {
        ParseException e = org.junit.jupiter.api.Assertions.assertThrows(ParseException.class,
                () -> SysfsReservedRegionsParser.parse("rr", "0x00000000000e9000 0x00000000000e8fff direct", 1));
        assertEquals(1, e.line());
        assertEquals(20, e.column());
    }

    @Test
    void plainTimestampsEndWhereTheFullPrefixPatternEnds() {
        assertEquals(15, DmesgPrefixes.messageStart("[    0.000000] DMAR: RMRR base: 0x0 end: 0xfff"));
        assertEquals(18, DmesgPrefixes.messageStart("[12345.678901]    pci 0000:00:02.0: x"));
        // The caller id after the timestamp is left to the full pattern, which also skips it.
        assertEquals(24, DmesgPrefixes.messageStart("[    0.000000] [    T1] DMAR: x"));
        assertEquals(27, DmesgPrefixes.messageStart("[Mon Mar 25 13:43:39 2024] DMAR: x"));
        assertEquals(0, DmesgPrefixes.messageStart("[ 0.5x] not a timestamp"));
        assertEquals(0, DmesgPrefixes.messageStart("[    0.] DMAR: x"));
    }

    @Test
    void dmesgChatterIsSkippedAndMarkedLinesAreStillRead() throws ParseException {
        HostReadout r = DmesgParser.parse("dmesg", """
                [    0.000000] usb 1-1: new high-speed USB device number 2 using xhci_hcd
                [    0.000000] BIOS-e820: [mem 0x0000000000000000-0x000000000009fbff] usable
                [    0.100000] e1000e 0000:00:1f.6 eno1: NIC Link is Up 1000 Mbps Full Duplex
                [    0.200000] DMAR: RMRR base: 0x000000bdf7f000 end: 0x000000bdf8efff
                [    0.300000] pci 0000:00:14.0: Adding to iommu group 3
                [    0.400000] DMAR: Setting identity map for device 0000:00:14.0 [0xbdf7f000 - 0xbdf8efff]
                """);
        assertEquals(2, r.host().regions().size());
        assertEquals(1, r.host().memory().size());
        assertEquals(1, r.host().devices().size());
        assertEquals(3, r.host().regions().get(1).group());
    }
}
