package org.iommuatlas.guest;

import org.iommuatlas.guest.MachineOptions.Alternative;
import org.iommuatlas.model.MachineConfig;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.Sizes;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MachineOptionsTest {

    static List<Alternative> alternatives(String spec) throws ParseException {
        return MachineOptions.alternatives(MachineSpec.parse(spec));
    }

    static List<String> specs(List<Alternative> alts) {
        return alts.stream().map(a -> MachineSpec.format(a.config())).toList();
    }

    @Test
    void aQ35GuestWhoseRamCrossesTheHtHoleIsOfferedAnAmdVcpuOn71() throws ParseException {
        List<Alternative> alts = alternatives("q35:ram=1024G,version=7.0");
        Alternative amd = alts.get(0);
        assertEquals("q35:ram=1T,version=7.1,cpu=amd", MachineSpec.format(amd.config()));
        assertTrue(amd.description().contains("0x10000000000"), amd.description());
        assertEquals(0x10000000000L, GuestPresets.layout(amd.config()).layout().bank("ram-above-4g").orElseThrow().start());
    }

    @Test
    void aVersionedMachineNameFollowsTheSuggestedVersion() throws ParseException {
        Alternative amd = alternatives("pc-q35-7.0:ram=1024G,cpu=amd").get(0);
        assertEquals("pc-q35-7.1", amd.config().machineName());
        assertEquals("7.1", amd.config().version());
    }

    @Test
    void anIntelVcpuOnTheLatestTypeKeepsItsVersion() throws ParseException {
        Alternative amd = alternatives("q35:ram=1024G").get(0);
        assertEquals("q35:ram=1T,cpu=amd", MachineSpec.format(amd.config()));
    }

    @Test
    void noAmdSuggestionWhenRamStaysBelowTheHtHole() throws ParseException {
        assertEquals(List.of("q35:ram=4G,max-ram-below-4g=1G"), specs(alternatives("q35:ram=4G")));
        assertTrue(specs(alternatives("q35:ram=1024G,cpu=amd")).stream().noneMatch(s -> s.contains("version")),
                "an already relocated guest needs no AMD suggestion");
    }

    @Test
    void pcGetsMaxRamBelow4gVariantsThatLowerItsSplit() throws ParseException {
        List<Alternative> alts = alternatives("pc:ram=3583M");
        assertEquals(List.of("pc:ram=3583M,max-ram-below-4g=3G", "pc:ram=3583M,max-ram-below-4g=2G",
                "pc:ram=3583M,max-ram-below-4g=1G"), specs(alts));
        assertEquals("max-ram-below-4g=3G: low RAM ends at 0xc0000000, 511 MiB above 4 GiB", alts.get(0).description());
        assertEquals(3 * Sizes.GIB, X86RamSplit.of(alts.get(0).config()).belowBytes());
    }

    @Test
    void aSmallPcGuestHasFewerVariants() throws ParseException {
        assertEquals(List.of("pc:ram=1536M,max-ram-below-4g=1G"), specs(alternatives("pc:ram=1536M")));
        assertEquals(List.of(), alternatives("pc:ram=1G"));
    }

    @Test
    void armVirtIsOfferedHighmemOffOnlyWhenEverythingFitsIn32Bits() throws ParseException {
        assertEquals(List.of("virt:ram=2G,highmem=off"), specs(alternatives("virt:ram=2G")));
        assertEquals(List.of(), alternatives("virt:ram=4G"));
        assertEquals(List.of(), alternatives("virt:ram=2G,maxmem=4G,slots=1"));
    }

    @Test
    void armVirtWithHighmemOffIsOfferedHighmemOn() throws ParseException {
        List<Alternative> alts = alternatives("virt:ram=4G,highmem=off");
        assertEquals(List.of("virt:ram=4G,highmem=on"), specs(alts));
        assertTrue(GuestPresets.layout(alts.get(0).config()).startsInQemu());
    }

    @Test
    void riscvVirtHasNoKnobThatMovesRam() throws ParseException {
        assertEquals(List.of(), alternatives("riscv64-virt:ram=4G"));
    }

    @Test
    void alternativesKeepEverythingElseOfTheConfig() throws ParseException {
        MachineConfig c = MachineSpec.parse("pc:ram=3583M,phys-bits=46,viommu=on,ram-name=mem");
        for (Alternative a : MachineOptions.alternatives(c)) {
            assertEquals(c.ramBytes(), a.config().ramBytes());
            assertEquals(46, a.config().physBits());
            assertTrue(a.config().viommu());
            assertEquals("mem", a.config().ramRegionName());
            assertFalse(a.description().isBlank());
        }
    }
}
