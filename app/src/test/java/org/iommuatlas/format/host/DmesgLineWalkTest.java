package org.iommuatlas.format.host;

import org.iommuatlas.model.HostDevice;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.ReservedRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dmesg reader walks the text by index and asks phrase cursors whether a line may be read
 * (issue #4); line numbers, columns and what is read must be those of reading line by line.
 */
class DmesgLineWalkTest {
    private static final String RMRR = "[    0.012345] DMAR: RMRR base: 0x0000007b800000 end: 0x0000007b8fffff";
    private static final String IDENTITY =
            "[    0.500000] DMAR: Setting identity map for device 0000:00:14.0 [0x3e2e0000 - 0x3e2fffff]";
    private static final String GROUP = "[    1.000000] pci 0000:00:14.0: Adding to iommu group 5";
    private static final String NOISE = "[    2.000000] usb 1-1: new high-speed USB device number 2 using xhci_hcd";

    @Test
    void aPhraseCursorAnswersPerLineAndOnlyFromTheMessageStartOn() {
        String text = "RMRR base: x\nnothing\nyy RMRR base:";
        PhraseCursor c = new PhraseCursor(text, "RMRR base:", 'M');
        assertTrue(c.occursIn(0, 12));
        assertFalse(c.occursIn(1, 12), "the phrase starts before the message");
        assertFalse(c.occursIn(13, 20));
        assertTrue(c.occursIn(21, text.length()), "the last line, without a line break");
        assertThrows(IllegalArgumentException.class, () -> new PhraseCursor(text, "RMRR base:", 'q'));
    }

    @Test
    void lfCrLfAndALoneCrLogsGiveTheSameRegionsOnTheSameLines() throws ParseException {
        List<String> lines = List.of(NOISE, RMRR, NOISE, NOISE, IDENTITY, GROUP, NOISE);
        HostReadout lf = DmesgParser.parse("d", String.join("\n", lines) + "\n");
        HostReadout crlf = DmesgParser.parse("d", String.join("\r\n", lines));
        HostReadout cr = DmesgParser.parse("d", String.join("\r", lines) + "\r");
        for (HostReadout r : List.of(lf, crlf, cr)) {
            List<ReservedRegion> regions = r.host().regions();
            assertEquals(2, regions.size());
            assertEquals(2, regions.get(0).source().line());
            assertEquals(0x7b8fffffL, regions.get(0).last());
            assertEquals(5, regions.get(1).source().line());
            assertEquals(5, regions.get(1).group(), "the identity-mapped device's group from line 6");
        }
        assertEquals(lf, crlf);
        assertEquals(lf, cr);
    }

    @Test
    void aMalformedLineDeepInALongCrLfLogIsReportedAtItsLineAndColumn() {
        String bad = "[    3.000000] DMAR: RMRR base: 0x0000007b800000 end: 0xzz";
        String text = (NOISE + "\r\n").repeat(5000) + RMRR + "\r\n" + bad + "\r\n" + NOISE;
        ParseException e = assertThrows(ParseException.class, () -> DmesgParser.parse("dmesg", text));
        assertEquals("dmesg", e.file());
        assertEquals(5002, e.line());
        assertEquals(bad.indexOf("zz") + 1, e.column());
        assertTrue(e.problem().contains("RMRR end"), e.problem());
    }

    @Test
    void aLineWithoutATimestampStillHasItsPrefixSkippedWithinTheLine() throws ParseException {
        // The full prefix pattern runs on the line inside the text; it must not run past the line end.
        String text = NOISE + "\nMar 25 13:43:39 host kernel: DMAR: RMRR base: 0x0000007b800000 end: 0x0000007b8fffff\n"
                + "Mar 25 13:43:40 host kernel: usb 1-1: reset\n";
        HostReadout r = DmesgParser.parse("syslog", text);
        assertEquals(1, r.host().regions().size());
        assertEquals(2, r.host().regions().get(0).source().line());
        assertEquals(29, DmesgPrefixes.messageStart(text, NOISE.length() + 1, text.indexOf('\n', NOISE.length() + 1))
                - NOISE.length() - 1);
    }

    @Test
    void aLastLineWithoutALineBreakIsRead() throws ParseException {
        HostReadout r = DmesgParser.parse("d", NOISE + "\n" + RMRR);
        assertEquals(1, r.host().regions().size());
        assertEquals(2, r.host().regions().get(0).source().line());
    }

    @Test
    void theUsualGroupLineIsReadWithoutTheRegexAsTheRegexReadsIt() {
        assertEquals(HostDevice.of("0000:00:14.0", 5), GroupLineShape.read("pci 0000:00:14.0: Adding to iommu group 5"));
        assertEquals(HostDevice.of("0000:00:14.0", 5), GroupLineShape.read("0000:00:14.0: Adding to iommu group 5"));
        assertEquals(HostDevice.of("0000:00:14.0:", 123456789),
                GroupLineShape.read("pci 0000:00:14.0:: Adding to iommu group 123456789 \t"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a b c: Adding to iommu group 5",          // three tokens: the regex refuses it
        " pci 0000:00:14.0: Adding to iommu group 5",
        "pci  0000:00:14.0: Adding to iommu group 5",
        "pci\t0000:00:14.0: Adding to iommu group 5",
        "pci 0000:00:14.0: Adding to iommu group 5x",
        "pci 0000:00:14.0: Adding to iommu group fourteen",
        "pci 0000:00:14.0: Adding to iommu group 1234567890",
        "pci 0000:00:14.0: Adding to iommu group 5 and more",
        "pci 0000:00:14.0: Adding to iommu group ",
        ": Adding to iommu group 5",
        "iommu: Adding device 0000:00:14.0 to group 5"
    })
    void anyOtherShapeIsLeftToTheRegex(String message) {
        assertNull(GroupLineShape.read(message));
    }

    @Test
    void groupLinesTheShortcutDeclinesKeepTheirResultsAndErrors() throws ParseException {
        HostReadout old = DmesgParser.parse("d", "[    1.0] iommu: Adding device 0000:00:14.0 to group 5\n");
        assertEquals(List.of(HostDevice.of("0000:00:14.0", 5)), old.host().devices());
        String tokens = "[    1.0] a b c: Adding to iommu group 5";
        ParseException e = assertThrows(ParseException.class, () -> DmesgParser.parse("d", "noise\n" + tokens));
        assertEquals(2, e.line());
        assertEquals(11, e.column());
        assertTrue(e.problem().startsWith("expected '<bus> <device>: Adding to iommu group <N>'"), e.problem());
        String big = "[    1.0] pci 0000:00:14.0: Adding to iommu group 1234567890";
        ParseException number = assertThrows(ParseException.class, () -> DmesgParser.parse("d", big));
        assertEquals(big.indexOf("1234567890") + 1, number.column());
    }
}
