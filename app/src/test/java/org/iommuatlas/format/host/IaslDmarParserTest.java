package org.iommuatlas.format.host;

import org.iommuatlas.model.HostPlatform;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IaslDmarParserTest {
    @Test
    void readsBothRmrrsAndSkipsTheHardwareUnitsBeforeThem() throws ParseException {
        HostReadout r = IaslDmarParser.parse("dmar.dsl", HostTestFiles.read("dmar_two_rmrr.dsl"));
        List<ReservedRegion> regions = r.host().regions();
        assertEquals(2, regions.size());

        ReservedRegion usb = regions.get(0);
        assertEquals(0x71155000L, usb.start());
        assertEquals(0x71174fffL, usb.last());
        assertEquals(0x20000L, usb.range().size());
        assertEquals(ReservedType.DIRECT, usb.type());
        assertEquals(List.of("0000:00:14.0"), usb.devices());
        assertEquals(ReservedRegion.NO_GROUP, usb.group());
        assertEquals(93, usb.source().line(), "the Base Address line");

        ReservedRegion gfx = regions.get(1);
        assertEquals(0x7b800000L, gfx.start());
        assertEquals(0x7fffffffL, gfx.last());
        assertEquals(List.of("0000:00:02.0"), gfx.devices());

        assertEquals(HostPlatform.INTEL, r.host().platform());
        assertEquals(39, r.host().physBits(), "Host Address Width 0x26 holds the width minus one");
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("0000:00:14.0") && w.contains("direct-relaxable")),
                r.warnings().toString());
    }

    @Test
    void olderIaslPrefixesBridgePathsAndScopeEntryTypesAreRead() throws ParseException {
        HostReadout r = IaslDmarParser.parse("old.dsl", HostTestFiles.read("dmar_bridge_old_iasl.dsl"));
        ReservedRegion rmrr = r.host().regions().get(0);
        assertEquals(0xbdf7f000L, rmrr.start());
        assertEquals(0xbdf8efffL, rmrr.last());
        // Path 1C,07 then 00,02: the last hop names the device; its real bus is not in the table.
        assertEquals(List.of("0000:00:00.2", "0000:00:01.0"), rmrr.devices());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("crosses 1 bridge")), r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("bridge 0000:00:01.0")), r.warnings().toString());
    }

    @Test
    void anRmrrWithoutItsEndAddressIsAnError() {
        String text = HostTestFiles.read("dmar_two_rmrr.dsl")
                .replace("[0B0h 0176 008h]         End Address (limit) : 000000007FFFFFFF\n", "");
        ParseException e = assertThrows(ParseException.class, () -> IaslDmarParser.parse("dmar.dsl", text));
        assertTrue(e.problem().contains("'End Address (limit)'"), e.problem());
        assertEquals(105, e.line(), "the second RMRR's Subtable Type line");
    }

    @Test
    void anEndBelowTheBaseAndABadHexValueAreErrorsAtTheirLines() {
        String below = HostTestFiles.read("dmar_two_rmrr.dsl").replace("0000000071174FFF", "0000000071154FFF");
        ParseException e = assertThrows(ParseException.class, () -> IaslDmarParser.parse("dmar.dsl", below));
        assertEquals(94, e.line(), "the End Address (limit) line");
        String bad = HostTestFiles.read("dmar_two_rmrr.dsl").replace("0000000071155000", "00000000711G5000");
        ParseException hex = assertThrows(ParseException.class, () -> IaslDmarParser.parse("dmar.dsl", bad));
        assertEquals(93, hex.line());
        String badLine = "[080h 0128 008h]                Base Address : 00000000711G5000";
        assertEquals(badLine.indexOf('G') + 1, hex.column());
    }

    @Test
    void anotherTablesDumpIsRefusedBySignature() {
        ParseException e = assertThrows(ParseException.class,
                () -> IaslDmarParser.parse("ivrs.dsl", HostTestFiles.read("ivrs_ivmd.dsl")));
        assertTrue(e.problem().contains("expected an ACPI DMAR table, found Signature \"IVRS\""), e.problem());
    }

    @Test
    void textWithoutFieldLinesIsRefused() {
        ParseException e = assertThrows(ParseException.class, () -> IaslDmarParser.parse("x", "hello\nworld\n"));
        assertTrue(e.problem().contains("iasl -d"), e.problem());
    }

    @Test
    void anOffsetPrefixWithoutAFieldIsAnError() {
        ParseException e = assertThrows(ParseException.class,
                () -> IaslDmarParser.parse("x", "[000h 0000 004h]                   Signature \"DMAR\"\n"));
        assertEquals(1, e.line());
        assertEquals(17, e.column());
    }
}
