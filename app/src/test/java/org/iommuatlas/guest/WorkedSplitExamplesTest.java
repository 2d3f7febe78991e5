package org.iommuatlas.guest;

import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.ParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every row of REFERENCE §5.8 "Worked split examples", §7(c) and the §4 R7/R9 and §5.7
 * thresholds, computed end to end: SPEC → preset layout → the DMA maps QEMU issues.
 */
class WorkedSplitExamplesTest {

    static GuestLayout layout(String spec) throws ParseException {
        PresetLayout preset = GuestPresets.layout(MachineSpec.parse(spec));
        assertEquals(List.of(), preset.problems(), "QEMU would refuse " + spec);
        return preset.layout();
    }

    /** The RAM maps (bank maps only) as "(iova, size)" strings in issue order. */
    static List<String> ramMaps(String spec) throws ParseException {
        return DmaMapPlanner.plan(layout(spec)).stream().filter(m -> m.bankId() != null)
                .map(m -> "(0x" + Long.toHexString(m.iova()) + ", 0x" + Long.toHexString(m.size()) + ")").toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "pc:ram=1G                       | (0x0, 0xa0000) (0xc0000, 0x3ff40000)",
        "pc:ram=2G                       | (0x0, 0xa0000) (0xc0000, 0x7ff40000)",
        "pc:ram=3G                       | (0x0, 0xa0000) (0xc0000, 0xbff40000)",
        "pc:ram=3584M                    | (0x0, 0xa0000) (0xc0000, 0xbff40000) (0x100000000, 0x20000000)",
        "pc:ram=4G                       | (0x0, 0xa0000) (0xc0000, 0xbff40000) (0x100000000, 0x40000000)",
        "pc-1.7:ram=4G                   | (0x0, 0xa0000) (0xc0000, 0xdff40000) (0x100000000, 0x20000000)",
        "pc:ram=8G                       | (0x0, 0xa0000) (0xc0000, 0xbff40000) (0x100000000, 0x140000000)",
        "pc:ram=4G,max-ram-below-4g=2G   | (0x0, 0xa0000) (0xc0000, 0x7ff40000) (0x100000000, 0x80000000)",
        "pc:ram=3968M,max-ram-below-4g=4G | (0x0, 0xa0000) (0xc0000, 0xf7f40000)",
        "q35:ram=2G                      | (0x0, 0xa0000) (0xc0000, 0x7ff40000)",
        "q35:ram=2815M                   | (0x0, 0xa0000) (0xc0000, 0xafe40000)",
        "q35:ram=2816M                   | (0x0, 0xa0000) (0xc0000, 0x7ff40000) (0x100000000, 0x30000000)",
        "q35:ram=3G                      | (0x0, 0xa0000) (0xc0000, 0x7ff40000) (0x100000000, 0x40000000)",
        "q35:ram=4G                      | (0x0, 0xa0000) (0xc0000, 0x7ff40000) (0x100000000, 0x80000000)",
        "q35:ram=16G                     | (0x0, 0xa0000) (0xc0000, 0x7ff40000) (0x100000000, 0x380000000)",
        "virt:ram=4G                     | (0x40000000, 0x100000000)",
    })
    void reproducesTheWorkedSplitTable(String spec, String expected) throws ParseException {
        assertEquals(Arrays.asList(expected.trim().split(" (?=\\()")), ramMaps(spec.trim()));
    }

    @ParameterizedTest(name = "{0} also maps pc.bios read-only")
    @CsvSource({"pc:ram=1G", "pc-1.7:ram=4G", "q35:ram=2815M", "q35:ram=16G"})
    void x86GuestsAlsoMapTheBiosReadOnly(String spec) throws ParseException {
        List<DmaMap> roms = DmaMapPlanner.plan(layout(spec)).stream().filter(m -> m.bankId() == null).toList();
        assertEquals(1, roms.size());
        DmaMap bios = roms.get(0);
        assertEquals("pc.bios", bios.regionName());
        assertEquals(0xfffc0000L, bios.iova());
        assertEquals(0x40000L, bios.size());
        assertTrue(bios.readOnly());
    }

    @Test
    void armVirtMapsOnlyItsRamFromMachVirtRam() throws ParseException {
        List<DmaMap> maps = DmaMapPlanner.plan(layout("virt:ram=4G"));
        assertEquals(1, maps.size());
        assertEquals("mach-virt.ram", maps.get(0).regionName());
        assertEquals(0x13FFFFFFFL, maps.get(0).last());
    }

    @Test
    void theWorkedExampleNamesPcRamInTheErrorLine() throws ParseException {
        List<DmaMap> maps = DmaMapPlanner.plan(layout("pc:ram=1G"));
        assertEquals("pc.ram", maps.get(1).regionName());
        assertEquals("ram-below-4g", maps.get(1).bankId());
    }

    @Test
    void oneTebibyteQ35On70KeepsHighRamAt4GiBAcrossTheHtHole() throws ParseException {
        assertEquals(List.of("(0x0, 0xa0000)", "(0xc0000, 0x7ff40000)", "(0x100000000, 0xff80000000)"),
                ramMaps("q35:ram=1024G,cpu=amd,version=7.0"));
    }

    @Test
    void oneTebibyteQ35On71WithAmdVcpuRelocatesHighRamTo1TiB() throws ParseException {
        List<DmaMap> high = DmaMapPlanner.plan(layout("q35:ram=1024G,cpu=amd,version=7.1")).stream()
                .filter(m -> "ram-above-4g".equals(m.bankId())).toList();
        assertEquals(1, high.size());
        assertEquals(0x10000000000L, high.get(0).iova());
        assertEquals(0xff80000000L, high.get(0).size());
        assertEquals(0x1FF7FFFFFFFL, high.get(0).last());
    }

    @Test
    void oneTebibyteQ35WithIntelVcpuIsNotRelocatedEvenOn71() throws ParseException {
        assertEquals("(0x100000000, 0xff80000000)", ramMaps("q35:ram=1024G,cpu=intel,version=7.1").get(2));
    }

    @Test
    void oneTebibyteQ35With40PhysBitsIsRefusedAsQemuSays() throws ParseException {
        PresetLayout p = GuestPresets.layout(MachineSpec.parse("q35:ram=1024G,cpu=amd,version=7.1,phys-bits=40"));
        // hole64 starts at 0x1ff80000000 (already 1 GiB aligned) and is 32 GiB long.
        assertEquals(List.of("Address space limit 0xffffffffff < 0x2077fffffff phys-bits too low (40)"), p.problems());
    }

    @Test
    void relocatedTebibyteQ35NeedsMoreThan41PhysBitsBecauseOfTheHole64() throws ParseException {
        // RAM alone would fit 41 bits (ends 0x1ff7fffffff); the 32 GiB hole64 after it does not.
        assertEquals(List.of("Address space limit 0x1ffffffffff < 0x2077fffffff phys-bits too low (41)"),
                GuestPresets.layout(MachineSpec.parse("q35:ram=1024G,cpu=amd,version=7.1,phys-bits=41")).problems());
        assertEquals(List.of(), GuestPresets.layout(MachineSpec.parse("q35:ram=1024G,cpu=amd,version=7.1,phys-bits=42"))
                .problems());
    }

    /** §5.7: without relocation above-4G RAM reaches 0xfd00000000 for q35 RAM > 1010 GiB, pc > 1011 GiB. */
    @ParameterizedTest(name = "{0} reaches the HT hole: {1}")
    @CsvSource(delimiter = '|', value = {
        "q35:ram=1010G,version=7.0 | 0xfcffffffff",
        "q35:ram=1011G,version=7.0 | 0xfd3fffffff",
        "pc:ram=1011G,version=7.0  | 0xfcffffffff",
        "pc:ram=1012G,version=7.0  | 0xfd3fffffff",
    })
    void highRamEndsWhereSection57Says(String spec, String last) throws ParseException {
        List<DmaMap> maps = DmaMapPlanner.plan(layout(spec.trim()));
        DmaMap high = maps.stream().filter(m -> "ram-above-4g".equals(m.bankId())).findFirst().orElseThrow();
        assertEquals(Long.parseUnsignedLong(last.trim().substring(2), 16), high.last());
    }

    /** The relocation trigger includes the 64-bit PCI hole (32 GiB on q35, 2 GiB on pc) and hotplug memory. */
    @ParameterizedTest(name = "{0} → above-4G RAM at {1}")
    @CsvSource(delimiter = '|', value = {
        "q35:ram=978G,cpu=amd             | 0x100000000",
        "q35:ram=978G,cpu=amd,maxmem=979G | 0x10000000000",
        "q35:ram=979G,cpu=amd             | 0x10000000000",
        "pc:ram=1009G,cpu=amd             | 0x100000000",
        "pc:ram=1010G,cpu=amd             | 0x10000000000",
        "pc:ram=1010G,cpu=amd,version=7.0 | 0x100000000",
    })
    void relocationThresholdCountsThePciHole64(String spec, String start) throws ParseException {
        GuestLayout l = layout(spec.trim());
        assertEquals(Long.parseUnsignedLong(start.trim().substring(2), 16), l.bank("ram-above-4g").orElseThrow().start());
    }

    /** R9: which pc/q35 RAM sizes put low RAM over an Intel RMRR below 4 GiB. */
    @ParameterizedTest(name = "{0} covers [{1}, {2}]: {3}")
    @CsvSource({
        "pc:ram=3039M,  0xbdf7f000, 0xbdf8efff, false",
        "pc:ram=3040M,  0xbdf7f000, 0xbdf8efff, true",
        "pc:ram=3583M,  0xbdf7f000, 0xbdf8efff, true",
        "q35:ram=2815M, 0xbdf7f000, 0xbdf8efff, false",
        "q35:ram=64G,   0xbdf7f000, 0xbdf8efff, false",
        "pc:ram=3518M,  0xdbea8000, 0xdbeb6fff, false",
        "pc:ram=3519M,  0xdbea8000, 0xdbeb6fff, true",
        "pc:ram=3583M,  0xdbea8000, 0xdbeb6fff, true",
        "pc:ram=3584M,  0xdbea8000, 0xdbeb6fff, false",
    })
    void rmrrBelow4gThresholdsOfR9(String spec, String start, String last, boolean hit) throws ParseException {
        long s = Long.parseUnsignedLong(start.trim().substring(2), 16);
        long e = Long.parseUnsignedLong(last.trim().substring(2), 16);
        boolean overlaps = DmaMapPlanner.plan(layout(spec.trim())).stream()
                .anyMatch(m -> m.range().overlaps(new org.iommuatlas.model.AddressRange(s, e)));
        assertEquals(hit, overlaps);
    }

    /** R7: only pc with max-ram-below-4g near 4 GiB and more than 4078 MiB all-low RAM reaches the MSI window. */
    @Test
    void pcLowRamReachesTheMsiWindowOnlyPast4078MiB() throws ParseException {
        org.iommuatlas.model.AddressRange msi = new org.iommuatlas.model.AddressRange(0xFEE00000L, 0xFEEFFFFFL);
        assertFalse(DmaMapPlanner.plan(layout("pc:ram=4078M,max-ram-below-4g=4G")).stream()
                .anyMatch(m -> m.bankId() != null && m.range().overlaps(msi)));
        assertTrue(DmaMapPlanner.plan(layout("pc:ram=4079M,max-ram-below-4g=4G")).stream()
                .anyMatch(m -> m.bankId() != null && m.range().overlaps(msi)));
    }

    /** §7(a): the largest aarch64 virt RAM that stays clear of 0xfee00000 is 3054 MiB. */
    @Test
    void armVirtLargestRamClearOfTheX86MsiWindowIs3054MiB() throws ParseException {
        assertEquals(0xFEDFFFFFL, DmaMapPlanner.plan(layout("virt:ram=3054M")).get(0).last());
        assertEquals(0xFEEFFFFFL, DmaMapPlanner.plan(layout("virt:ram=3055M")).get(0).last());
    }
}
