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

class IaslIvrsParserTest {
    @Test
    void readsTheReferenceIvmdAsADirectRegionForDevice00_0c_0() throws ParseException {
        HostReadout r = IaslIvrsParser.parse("ivrs.dsl", HostTestFiles.read("ivrs_ivmd.dsl"));
        assertEquals(HostPlatform.AMD, r.host().platform());
        List<ReservedRegion> regions = r.host().regions();
        assertEquals(3, regions.size(), "the flags-06 IVMD is neither unity nor exclusion");
        ReservedRegion unity = regions.get(0);
        assertEquals(0x7d900000L, unity.start());
        assertEquals(0x7d9fffffL, unity.last());
        assertEquals(ReservedType.DIRECT, unity.type());
        assertEquals(List.of("0000:00:0c.0"), unity.devices());
        assertEquals(90, unity.source().line(), "the Start Address line");
    }

    @Test
    void anAllDevicesIvmdIsPageRoundedAsTheKernelDoes() throws ParseException {
        HostReadout r = IaslIvrsParser.parse("ivrs.dsl", HostTestFiles.read("ivrs_ivmd.dsl"));
        ReservedRegion all = r.host().regions().get(1);
        // Start 0xa0800 rounds up to 0xa1000; length 0x1800 rounds up to 0x2000.
        assertEquals(0xa1000L, all.start());
        assertEquals(0xa2fffL, all.last());
        assertEquals(List.of("all"), all.devices());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("rounds it up to 0xa1000")), r.warnings().toString());
    }

    @Test
    void anExclusionRangeForADeviceRangeIsDirectWithAWarning() throws ParseException {
        HostReadout r = IaslIvrsParser.parse("ivrs.dsl", HostTestFiles.read("ivrs_ivmd.dsl"));
        ReservedRegion excl = r.host().regions().get(2);
        assertEquals(0xc8000000L, excl.start());
        assertEquals(0xc83fffffL, excl.last());
        assertEquals(ReservedType.DIRECT, excl.type());
        assertEquals(List.of("0000:01:00.0", "0000:01:00.1", "0000:01:00.2"), excl.devices());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("exclusion range") && w.contains("§8 item 6")),
                r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("flags 6") && w.contains("ignored")),
                r.warnings().toString());
    }

    @Test
    void olderIaslWithPlainFlagsIsRead() throws ParseException {
        String text = """
                [000h 0000   4]                    Signature : "IVRS"    [I/O Virtualization Reporting Structure]
                [0B8h 0184   1]                Subtable Type : 21 [Memory Definition Block]
                [0B9h 0185   1]                        Flags : 07
                [0BAh 0186   2]                       Length : 0020
                [0BCh 0188   2]                     DeviceId : 0060
                [0BEh 0190   2]               Auxiliary Data : 0000
                [0C0h 0192   8]                     Reserved : 0000000000000000
                [0C8h 0200   8]                Start Address : 000000007D900000
                [0D0h 0208   8]                Memory Length : 0000000000100000
                """;
        ReservedRegion r = IaslIvrsParser.parse("old", text).host().regions().get(0);
        assertEquals(0x7d900000L, r.start());
        assertEquals(0x7d9fffffL, r.last());
        assertEquals(List.of("0000:00:0c.0"), r.devices());
    }

    @Test
    void anIvmdWithoutItsLengthOrWithABackwardDeviceRangeIsAnError() {
        String noLength = HostTestFiles.read("ivrs_ivmd.dsl")
                .replace("[070h 0112 008h]               Memory Length : 0000000000100000\n", "");
        ParseException e = assertThrows(ParseException.class, () -> IaslIvrsParser.parse("ivrs.dsl", noLength));
        assertTrue(e.problem().contains("'Memory Length'"), e.problem());
        String backward = HostTestFiles.read("ivrs_ivmd.dsl").replace("Auxiliary Data : 0102", "Auxiliary Data : 00FF");
        ParseException b = assertThrows(ParseException.class, () -> IaslIvrsParser.parse("ivrs.dsl", backward));
        assertTrue(b.problem().contains("below its start"), b.problem());
    }

    @Test
    void aRangeThatPassesTheTopOfTheAddressSpaceIsAnError() {
        String text = """
                [058h 0088 001h]               Subtable Type : 21 [Memory Definition Block (IVMD)]
                [059h 0089 001h]       Flags (decoded below) : 01
                [05Ch 0092 002h]                    DeviceId : 0060
                [068h 0104 008h]               Start Address : FFFFFFFFFFFFF000
                [070h 0112 008h]               Memory Length : 0000000000002000
                """;
        ParseException e = assertThrows(ParseException.class, () -> IaslIvrsParser.parse("x", text));
        assertTrue(e.problem().contains("passes 2^64"), e.problem());
    }
}
