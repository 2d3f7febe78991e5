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

class IaslIortParserTest {
    @Test
    void rmrNodeFlags0x11GiveADirectRelaxableRegionOfEightMiB() throws ParseException {
        HostReadout r = IaslIortParser.parse("iort.dsl", HostTestFiles.read("iort_rmr.dsl"));
        assertEquals(HostPlatform.ARM_SMMU, r.host().platform());
        List<ReservedRegion> regions = r.host().regions();
        assertEquals(3, regions.size(), "the ITS group and SMMUv3 nodes are skipped");
        ReservedRegion first = regions.get(0);
        assertEquals(0x84800000L, first.start());
        assertEquals(0x84ffffffL, first.last());
        assertEquals(0x800000L, first.range().size());
        assertEquals(ReservedType.DIRECT_RELAXABLE, first.type());
        assertTrue(first.devices().isEmpty());
        assertEquals(ReservedType.DIRECT_RELAXABLE, regions.get(1).type(), "second descriptor of the same node");
        assertEquals(0xe0000000L, regions.get(1).start());
        assertEquals(0xe000ffffL, regions.get(1).last());
    }

    @Test
    void anRmrNodeWithoutRemappingPermittedIsDirectDespiteItsIdMappingFlags() throws ParseException {
        ReservedRegion r = IaslIortParser.parse("iort.dsl", HostTestFiles.read("iort_rmr.dsl")).host().regions().get(2);
        assertEquals(0xf0000000L, r.start());
        assertEquals(0xf01fffffL, r.last());
        assertEquals(ReservedType.DIRECT, r.type(), "the ID mapping's Single Mapping flag 1 is not the node flag");
    }

    @Test
    void olderIaslPrefixesAndAMisalignedDescriptorAreRead() throws ParseException {
        String text = """
                [000h 0000   4]                    Signature : "IORT"    [IO Remapping Table]
                [0A0h 0160   1]                         Type : 06
                [0A1h 0161   2]                       Length : 0050
                [0B0h 0176   4]        Flags (decoded below) : 00000000
                                         Remapping Permitted : 0
                [0B4h 0180   4]    Number of RMR Descriptors : 00000002
                [0D0h 0208   8]          Base Address of RMR : 0000000084801000
                [0D8h 0216   8]                Length of RMR : 0000000000001000
                """;
        HostReadout r = IaslIortParser.parse("old", text);
        ReservedRegion region = r.host().regions().get(0);
        assertEquals(0x84801000L, region.start());
        assertEquals(0x84801fffL, region.last());
        assertEquals(ReservedType.DIRECT, region.type());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("not 64 KiB aligned")), r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("announces 2")), r.warnings().toString());
    }

    @Test
    void aDescriptorWithoutItsLengthIsAnError() {
        String text = HostTestFiles.read("iort_rmr.dsl")
                .replace("[130h 0304 008h]               Length of RMR : 0000000000200000\n", "");
        ParseException e = assertThrows(ParseException.class, () -> IaslIortParser.parse("iort.dsl", text));
        assertTrue(e.problem().contains("without a 'Length of RMR'"), e.problem());
    }
}
