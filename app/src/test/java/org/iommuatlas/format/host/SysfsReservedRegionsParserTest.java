package org.iommuatlas.format.host;

import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.iommuatlas.model.SourceRef;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SysfsReservedRegionsParserTest {
    private static final String FOUR_EXAMPLES = """
            0x00000000fee00000 0x00000000feefffff msi
            0x0000000008000000 0x00000000080fffff msi
            0x000000fd00000000 0x000000ffffffffff reserved
            0x00000000000e8000 0x00000000000e8fff direct
            """;

    @Test
    void readsTheFourReferenceExampleLinesWithInclusiveEnds() throws ParseException {
        HostReadout r = SysfsReservedRegionsParser.parse("rr", FOUR_EXAMPLES, ReservedRegion.NO_GROUP);
        List<ReservedRegion> regions = r.host().regions();
        assertEquals(4, regions.size());
        assertRegion(regions.get(0), 0xfee00000L, 0xfeefffffL, ReservedType.MSI, "msi");
        assertRegion(regions.get(1), 0x08000000L, 0x080fffffL, ReservedType.MSI, "msi");
        assertRegion(regions.get(2), 0xfd00000000L, 0xffffffffffL, ReservedType.RESERVED, "reserved");
        assertRegion(regions.get(3), 0xe8000L, 0xe8fffL, ReservedType.DIRECT, "direct");
        assertEquals(0x300000000L, regions.get(2).range().size());
        assertEquals(new SourceRef("rr", 3), regions.get(2).source());
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void readsTheHpMicroserverGroupWithThreeDirectRegionsAndTheMsiWindow() throws ParseException {
        HostReadout r = SysfsReservedRegionsParser.parse("/sys/kernel/iommu_groups/1/reserved_regions",
                HostTestFiles.read("hp_microserver_group1_reserved_regions"), 1);
        List<ReservedRegion> regions = r.host().regions();
        assertEquals(4, regions.size());
        assertRegion(regions.get(0), 0xe8000L, 0xe8fffL, ReservedType.DIRECT, "direct");
        assertRegion(regions.get(1), 0xf4000L, 0xf4fffL, ReservedType.DIRECT, "direct");
        assertRegion(regions.get(2), 0xd5f7e000L, 0xd5f94fffL, ReservedType.DIRECT, "direct");
        assertRegion(regions.get(3), 0xfee00000L, 0xfeefffffL, ReservedType.MSI, "msi");
        assertEquals(0x17000L, regions.get(2).range().size());
        assertTrue(regions.stream().allMatch(x -> x.group() == 1));
        assertEquals(4, regions.get(3).source().line());
    }

    @Test
    void anEmptyFileIsValidAndHasNoRegions() throws ParseException {
        assertTrue(SysfsReservedRegionsParser.parse("rr", "", 3).host().regions().isEmpty());
        assertTrue(SysfsReservedRegionsParser.parse("rr", "\n", 3).host().regions().isEmpty());
    }

    @Test
    void otherWidthsAndUppercaseAreReadLenientlyWithANote() throws ParseException {
        HostReadout r = SysfsReservedRegionsParser.parse("pasted",
                "0xFEE00000 0xFEEFFFFF MSI\r\n0xe8000  0xe8fff\tdirect\n", ReservedRegion.NO_GROUP);
        assertRegion(r.host().regions().get(0), 0xfee00000L, 0xfeefffffL, ReservedType.MSI, "msi");
        assertRegion(r.host().regions().get(1), 0xe8000L, 0xe8fffL, ReservedType.DIRECT, "direct");
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).contains("2 line(s)"), r.warnings().get(0));
    }

    @Test
    void theProposedSwMsiWordIsAccepted() throws ParseException {
        HostReadout r = SysfsReservedRegionsParser.parse("rr",
                "0x0000000008000000 0x00000000080fffff sw-msi\n", ReservedRegion.NO_GROUP);
        ReservedRegion region = r.host().regions().get(0);
        assertEquals(ReservedType.SW_MSI, region.type());
        assertEquals("sw-msi", region.reportedAs());
    }

    @Test
    void anUnknownWordIsReadAsReservedAndFlagged() throws ParseException {
        HostReadout r = SysfsReservedRegionsParser.parse("rr",
                "0x0000000080000000 0x000000008fffffff identity\n", 7);
        ReservedRegion region = r.host().regions().get(0);
        assertEquals(ReservedType.RESERVED, region.type());
        assertEquals("identity", region.reportedAs());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("rr:1:39") && w.contains("'identity'")),
                r.warnings().toString());
    }

    @Test
    void anEndBelowItsStartIsRefusedAtTheEndColumn() {
        ParseException e = assertThrows(ParseException.class, () -> SysfsReservedRegionsParser.parse("rr",
                FOUR_EXAMPLES + "0x00000000000e9000 0x00000000000e8fff direct\n", 1));
        assertEquals(5, e.line());
        assertEquals(20, e.column());
        assertTrue(e.getMessage().startsWith("rr:5:20: region end 0x00000000000e8fff is below its start"),
                e.getMessage());
    }

    @Test
    void aValueWiderThan64BitsIsRefused() {
        ParseException e = assertThrows(ParseException.class, () -> SysfsReservedRegionsParser.parse("rr",
                "0x1000000000000000f 0x1ffffffffffffffff reserved\n", 1));
        assertEquals(1, e.line());
        assertEquals(3, e.column());
        assertTrue(e.problem().contains("does not fit in 64 bits"), e.problem());
    }

    @Test
    void garbageNamesTheLineColumnAndWhatWasExpected() {
        ParseException e = assertThrows(ParseException.class, () -> SysfsReservedRegionsParser.parse("rr",
                "0x00000000fee00000 0x00000000feefffff msi\nhello world\n", 1));
        assertEquals(2, e.line());
        assertEquals(1, e.column());
        assertTrue(e.problem().contains("expected '0x'"), e.problem());
        assertTrue(e.problem().contains("'hello world'"), e.problem());
    }

    @Test
    void missingHexDigitsAndTrailingTextAreRefused() {
        ParseException noDigits = assertThrows(ParseException.class,
                () -> SysfsReservedRegionsParser.parse("rr", "0x00000000fee00000 0xzz msi\n", 1));
        assertEquals(22, noDigits.column());
        ParseException trailing = assertThrows(ParseException.class,
                () -> SysfsReservedRegionsParser.parse("rr", "0x00000000fee00000 0x00000000feefffff msi extra\n", 1));
        assertEquals(43, trailing.column());
        assertFalse(trailing.problem().isEmpty());
    }

    private static void assertRegion(ReservedRegion r, long start, long last, ReservedType type, String word) {
        assertEquals(start, r.start(), "start of " + r);
        assertEquals(last, r.last(), "last of " + r);
        assertEquals(type, r.type(), "type of " + r);
        assertEquals(word, r.reportedAs(), "word of " + r);
    }
}
