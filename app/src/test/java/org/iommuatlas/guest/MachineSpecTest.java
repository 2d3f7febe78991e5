package org.iommuatlas.guest;

import org.iommuatlas.model.MachineConfig;
import org.iommuatlas.model.MachineType;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.Sizes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MachineSpecTest {

    static ParseException refused(String spec) {
        return assertThrows(ParseException.class, () -> MachineSpec.parse(spec));
    }

    @Test
    void readsTheSpecOfScenario7c() throws ParseException {
        MachineConfig c = MachineSpec.parse("q35:ram=1100G,cpu=amd,version=7.0");
        assertEquals(MachineType.Q35, c.type());
        assertEquals("q35", c.machineName());
        assertEquals("7.0", c.version());
        assertEquals(1100 * Sizes.GIB, c.ramBytes());
        assertTrue(c.amdVcpu());
        assertNull(c.maxRamBelow4g());
        assertNull(c.highmem());
        assertEquals(0, c.physBits());
    }

    @Test
    void aBareRamNumberIsMiBLikeQemuDashM() throws ParseException {
        assertEquals(3583 * Sizes.MIB, MachineSpec.parse("pc:ram=3583").ramBytes());
        assertEquals(3583 * Sizes.MIB, MachineSpec.parse("pc:ram=3583M").ramBytes());
        assertEquals(0x100000000L, MachineSpec.parse("virt:ram=0x100000000").ramBytes());
    }

    @Test
    void fullMachineNamesGiveTypeAndVersion() throws ParseException {
        assertEquals(List.of(MachineType.Q35, "7.0"), typeAndVersion("pc-q35-7.0:ram=4G"));
        assertEquals(List.of(MachineType.PC, "8.2"), typeAndVersion("pc-i440fx-8.2:ram=4G"));
        assertEquals(List.of(MachineType.PC, "1.7"), typeAndVersion("pc-1.7:ram=4G"));
        assertEquals(List.of(MachineType.VIRT_AARCH64, "8.2"), typeAndVersion("virt-8.2:ram=4G"));
        assertEquals("pc-q35-7.0", MachineSpec.parse("pc-q35-7.0:ram=4G").machineName());
        assertEquals(MachineType.RISCV64_VIRT, MachineSpec.parse("riscv64-virt:ram=2G").type());
        assertNull(MachineSpec.parse("virt:ram=2G").version());
    }

    private static List<Object> typeAndVersion(String spec) throws ParseException {
        MachineConfig c = MachineSpec.parse(spec);
        return List.of(c.type(), c.version());
    }

    @Test
    void readsEveryKey() throws ParseException {
        MachineConfig x = MachineSpec.parse(
                "pc:ram=8G,max-ram-below-4g=2G,phys-bits=46,maxmem=16G,slots=4,viommu=on,ram-name=mem,cpu=EPYC-Rome");
        assertEquals(2 * Sizes.GIB, x.maxRamBelow4g());
        assertEquals(46, x.physBits());
        assertEquals(16 * Sizes.GIB, x.maxRamBytes());
        assertEquals(4, x.slots());
        assertTrue(x.viommu());
        assertEquals("mem", x.ramRegionName());
        assertTrue(x.amdVcpu());
        assertFalse(MachineSpec.parse("q35:ram=4G,cpu=Skylake-Server").amdVcpu());
        assertFalse(MachineSpec.parse("q35:ram=4G,cpu=intel").amdVcpu());
        assertEquals(Boolean.FALSE, MachineSpec.parse("virt:ram=3G,highmem=off").highmem());
    }

    @Test
    void toleratesSpacesAroundTokens() throws ParseException {
        MachineConfig c = MachineSpec.parse(" q35 : ram = 4G , cpu = amd ");
        assertEquals(4 * Sizes.GIB, c.ramBytes());
        assertTrue(c.amdVcpu());
    }

    @Test
    void formatGivesACanonicalSpecThatReadsBackTheSame() throws ParseException {
        for (String spec : List.of("q35:ram=1100G,version=7.0,cpu=amd", "pc-q35-7.0:ram=4G", "pc:ram=3583M",
                "virt:ram=4G,highmem=off", "pc:ram=8G,max-ram-below-4g=2G,phys-bits=46,maxmem=16G,slots=4,viommu=on,ram-name=mem",
                "riscv64-virt:ram=1048580K", "riscv64-virt:ram=0x40000100")) {
            MachineConfig c = MachineSpec.parse(spec);
            assertEquals(spec, MachineSpec.format(c));
            assertEquals(c, MachineSpec.parse(MachineSpec.format(c)));
        }
        assertEquals("q35:ram=1T,version=7.1,cpu=amd", MachineSpec.format(MachineSpec.parse("q35:ram=1024G,cpu=AMD,version=7.1")));
    }

    @Test
    void formatFallsBackToTheFamilyForANameItCannotRead() {
        MachineConfig rhel = new MachineConfig(MachineType.Q35, "pc-q35-rhel9.2.0", null, 4 * Sizes.GIB, 0, 0, null, null,
                false, 0, false, null, List.of());
        assertEquals("q35:ram=4G", MachineSpec.format(rhel));
    }

    @Test
    void anUnknownMachineListsTheValidOnes() {
        ParseException e = refused("i440fx:ram=4G");
        assertEquals("<spec>", e.file());
        assertEquals(1, e.line());
        assertEquals(1, e.column());
        assertTrue(e.problem().contains("unknown machine 'i440fx'"), e.problem());
        assertTrue(e.problem().contains("virt, riscv64-virt, q35 or pc"), e.problem());
    }

    @Test
    void aBadMachineVersionPointsAtTheVersion() {
        ParseException e = refused("pc-q35-seven:ram=4G");
        assertEquals(8, e.column());
        assertTrue(e.problem().contains("found 'seven'"), e.problem());
    }

    @Test
    void anUnknownKeyListsTheValidKeys() {
        ParseException e = refused("q35:ram=4G,memory=8G");
        assertEquals(12, e.column());
        assertTrue(e.problem().startsWith("unknown key 'memory': expected one of ram, version, cpu"), e.problem());
        assertTrue(e.getMessage().startsWith("<spec>:1:12: "), e.getMessage());
    }

    @Test
    void aBadSizePointsAtTheValue() {
        ParseException e = refused("q35:ram=lots");
        assertEquals(9, e.column());
        assertTrue(e.problem().startsWith("ram: expected a size"), e.problem());
        assertEquals(9, refused("q35:ram=4Q").column());
        assertTrue(refused("q35:ram=0").problem().contains("above 0"));
    }

    @Test
    void missingRamIsRefused() {
        assertTrue(refused("q35").problem().startsWith("expected ram=<size>"));
        assertTrue(refused("q35:cpu=amd").problem().startsWith("expected ram=<size>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "q35:", "q35:ram=4G,", "q35:ram", "q35:ram=", "q35:ram=4G,ram=8G",
        "q35:ram=4G,version=seven", "pc-q35-7.0:ram=4G,version=7.1", "q35:ram=4G,cpu=m68k", "q35:ram=4G,cpu=host",
        "q35:ram=4G,cpu=qemu64", "q35:ram=4G,viommu=maybe", "q35:ram=4G,phys-bits=65", "q35:ram=4G,phys-bits=x",
        "q35:ram=4G,slots=-1", "q35:ram=4G,highmem=off", "virt:ram=4G,cpu=amd", "virt:ram=4G,max-ram-below-4g=2G",
        "riscv64-virt:ram=4G,version=8.2", "riscv64-virt:ram=4G,maxmem=8G", "q35:ram=4G,ram-name=a b"})
    void malformedSpecsAreParseExceptionsWithAColumn(String spec) {
        ParseException e = refused(spec);
        assertEquals("<spec>", e.file());
        assertTrue(e.column() >= 1, "column of " + spec);
        assertFalse(e.problem().isBlank());
    }

    @Test
    void aRepeatedKeyPointsAtTheSecondOne() {
        assertEquals(12, refused("q35:ram=4G,ram=8G").column());
    }

    @Test
    void aVersionContradictingTheNameIsRefused() {
        ParseException e = refused("pc-q35-7.0:ram=4G,version=7.1");
        assertEquals(27, e.column());
        assertTrue(e.problem().contains("contradicts"), e.problem());
    }

    @Test
    void cpuHostIsRefusedBecauseItsVendorIsTheHosts() {
        assertTrue(refused("q35:ram=4G,cpu=host").problem().contains("cpu=amd or cpu=intel"));
    }

    @Test
    void versionedNamesFollowQemu() {
        assertEquals("pc-q35-7.1", MachineSpec.versionedName(MachineType.Q35, "7.1"));
        assertEquals("pc-i440fx-8.2", MachineSpec.versionedName(MachineType.PC, "8.2"));
        assertEquals("virt-8.2", MachineSpec.versionedName(MachineType.VIRT_AARCH64, "8.2"));
        assertEquals("q35", MachineSpec.versionedName(MachineType.Q35, null));
    }
}
