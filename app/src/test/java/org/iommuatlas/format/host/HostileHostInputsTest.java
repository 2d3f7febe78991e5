package org.iommuatlas.format.host;

import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Host text as it arrives in bug reports, damaged (issue #5): every refusal names the file, the
 * line and, where it helps, the column, and says what was expected.
 */
class HostileHostInputsTest {
    private static final String MSI = "0x00000000fee00000 0x00000000feefffff msi\n";

    private static ParseException sysfsFails(String text) {
        return assertThrows(ParseException.class,
                () -> SysfsReservedRegionsParser.parse("reserved_regions", text, 7));
    }

    private static ParseException iomemFails(String text) {
        return assertThrows(ParseException.class, () -> ProcIomemParser.parse("iomem", text));
    }

    @Test
    void aTruncatedSysfsLineIsRefusedAtTheColumnWhereItStops() {
        ParseException e = sysfsFails(MSI + "0x00000000fee00000");
        assertEquals("reserved_regions", e.file());
        assertEquals(2, e.line());
        assertEquals(19, e.column());
        assertEquals("reserved_regions:2:19: expected a space before the end address, found the end of the line",
                e.getMessage());
    }

    @Test
    void aTruncatedIomemLineIsRefusedAtTheColumnWhereItStops() {
        ParseException e = iomemFails("00001000-0009ffff : System RAM\n000a0000-000000");
        assertEquals(2, e.line());
        assertEquals(16, e.column());
        assertTrue(e.problem().startsWith("expected ' : '"), e.problem());
    }

    @Test
    void anEndBeforeItsStartIsRefusedPointingAtTheEnd() {
        ParseException sysfs = sysfsFails("0x0000000000002000 0x0000000000001000 direct\n");
        assertEquals("reserved_regions:1:20: region end 0x0000000000001000 is below its start 0x0000000000002000",
                sysfs.getMessage());
        ParseException iomem = iomemFails("00002000-00001000 : System RAM\n");
        assertEquals("iomem:1:10: range end 0x1000 is below its start 0x2000", iomem.getMessage());
    }

    @Test
    void valuesPastSixtyFourBitsAreRefusedNotWrapped() {
        ParseException sysfs = sysfsFails("0x10000000000000000 0x0000000000001000 direct\n");
        assertEquals("reserved_regions:1:3: the region start 0x10000000000000000 does not fit in 64 bits",
                sysfs.getMessage());
        ParseException iomem = iomemFails("00001000-10000000000000000 : System RAM\n");
        assertEquals(10, iomem.column());
        assertTrue(iomem.problem().contains("does not fit in 64 bits"), iomem.problem());
    }

    @Test
    void anUnknownTypeWordIsReadAsReservedWithAWarningNamingLineAndColumn() throws ParseException {
        HostReadout r = SysfsReservedRegionsParser.parse("reserved_regions",
                MSI + "0x0000000000001000 0x0000000000001fff bogus\n", 7);
        ReservedRegion region = r.host().regions().get(1);
        assertEquals(ReservedType.RESERVED, region.type());
        assertEquals("bogus", region.reportedAs());
        assertTrue(r.warnings().get(0).startsWith("reserved_regions:2:39: unknown type word 'bogus' read as reserved"),
                r.warnings().toString());
    }

    @Test
    void mixedFormatsInOneFileAreRefusedAtTheFirstForeignLine() {
        ParseException iomemInSysfs = sysfsFails(MSI + "fee00000-feefffff : Local APIC\n");
        assertEquals(2, iomemInSysfs.line());
        assertEquals(1, iomemInSysfs.column());
        assertTrue(iomemInSysfs.problem().startsWith("expected '0x' (start of a reserved_regions line"),
                iomemInSysfs.problem());

        ParseException sysfsInIomem = iomemFails("00001000-0009ffff : System RAM\n" + MSI);
        assertEquals(2, sysfsInIomem.line());
        assertEquals(2, sysfsInIomem.column());
        assertTrue(sysfsInIomem.problem().startsWith("expected '-' (between start and end)"), sysfsInIomem.problem());
    }

    @Test
    void binaryGarbageIsRefusedWithItsControlCharactersEscaped() {
        String garbage = "\u0000\u0001\u001b[2J\u00ffgarbage";
        for (ParseException e : new ParseException[] {sysfsFails(garbage), iomemFails(garbage)}) {
            assertEquals(1, e.line());
            assertEquals(1, e.column());
            assertTrue(e.getMessage().contains("\\u0000\\u0001\\u001b[2J"), e.getMessage());
            assertTrue(e.getMessage().chars().noneMatch(Character::isISOControl),
                    "a raw control character reached the message: " + e.getMessage());
        }
        assertThrows(ParseException.class, () -> IaslDmarParser.parse("dmar.dsl", garbage));
    }

    @Test
    void aBidiOverrideInAQuotedValueCannotReorderTheMessage() {
        ParseException e = sysfsFails("0x1000 0x1fff \u202edirect\n");
        assertFalse(e.getMessage().contains("\u202e"), e.getMessage());
        assertTrue(e.getMessage().contains("\\u202e"), e.getMessage());
    }

    @Test
    void aMegabyteLineIsQuotedShortly() {
        String line = "0x" + "g".repeat(4 * 1024 * 1024) + "\n";
        ParseException e = sysfsFails(line);
        assertTrue(e.getMessage().length() < 2100, "message of " + e.getMessage().length() + " chars");
        ParseException dmesg = assertThrows(ParseException.class, () -> DmesgParser.parse("dmesg",
                "pci 0000:00:1f.0: Adding to iommu group " + "9".repeat(3 * 1024 * 1024) + "\n"));
        assertTrue(dmesg.getMessage().length() < 2100, "message of " + dmesg.getMessage().length() + " chars");
        assertTrue(dmesg.problem().contains("group number"), dmesg.problem().substring(0, 200));
    }

    @Test
    void emptyInputsAreEitherAnEmptyResultOrARefusalSayingWhatWasExpected() throws ParseException {
        // An empty reserved_regions is real: a group whose IOMMU reports nothing.
        assertTrue(SysfsReservedRegionsParser.parse("reserved_regions", "", 7).host().regions().isEmpty());
        assertTrue(ProcIomemParser.parse("iomem", "").host().memory().isEmpty());
        assertTrue(DmesgParser.parse("dmesg", "").host().regions().isEmpty());
        for (String dump : new String[] {"", "\n\n"}) {
            ParseException dmar = assertThrows(ParseException.class, () -> IaslDmarParser.parse("dmar.dsl", dump));
            assertEquals("dmar.dsl: no '[offset] Field : value' lines found; expected the output of 'iasl -d'"
                    + " for an ACPI table", dmar.getMessage());
            assertThrows(ParseException.class, () -> IaslIvrsParser.parse("ivrs.dsl", dump));
            assertThrows(ParseException.class, () -> IaslIortParser.parse("iort.dsl", dump));
        }
    }

    @Test
    void pastedGarbageIsRecognisedAsNoFormat() {
        assertTrue(HostInputs.sniff("\u0000\u0001\u00ff binary \u0007").isEmpty());
        assertTrue(HostInputs.sniff("").isEmpty());
        assertTrue(HostInputs.sniff("{\"schema\": \"iommu-atlas/scenario\"}").isEmpty());
    }
}
