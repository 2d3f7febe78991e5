package org.iommuatlas.guest;

import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.MachineConfig;
import org.iommuatlas.model.MachineType;
import org.iommuatlas.model.ParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Extreme but well-formed specs give a layout (and problems), never an exception. */
class PresetRobustnessTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "virt:ram=8388607T", "virt:ram=4G,maxmem=8388607T,slots=1048576", "virt:ram=1K", "virt:ram=4G,phys-bits=64",
        "virt:ram=4G,phys-bits=1", "q35:ram=8388607T,cpu=amd,phys-bits=52", "pc:ram=8388607T,maxmem=8388607T,slots=256",
        "pc:ram=1M,max-ram-below-4g=512K", "pc:ram=4095M,max-ram-below-4g=4G", "pc-1.7:ram=4G,max-ram-below-4g=4G",
        "riscv64-virt:ram=8388607T", "q35:ram=0x7fffffffffffffff", "pc:ram=4G,max-ram-below-4g=0x7fffffffffffffff"})
    void extremeSpecsGiveALayoutAndMaps(String spec) throws ParseException {
        PresetLayout p = GuestPresets.layout(MachineSpec.parse(spec));
        List<DmaMap> maps = DmaMapPlanner.plan(p.layout());
        assertFalse(p.layout().banks().isEmpty());
        for (int i = 1; i < maps.size(); i++) {
            assertTrue(Long.compareUnsigned(maps.get(i - 1).iova(), maps.get(i).iova()) <= 0);
        }
        for (String problem : p.problems()) {
            assertFalse(problem.isBlank());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"q35:ram=0x8000000000000000", "q35:ram=0xffffffffffffffff", "virt:ram=4G,maxmem=0xffffffffffffffff",
        "q35:ram=9E", "q35:ram=8388608T"})
    void sizesOf2To63OrMoreAreParseErrors(String spec) {
        ParseException e = assertThrows(ParseException.class, () -> MachineSpec.parse(spec));
        assertTrue(e.problem().contains("2^63"), e.problem());
    }

    @org.junit.jupiter.api.Test
    void aHotplugRegionWrapping2To64IsRefusedNotThrown() {
        MachineConfig virt = MachineConfig.of(MachineType.VIRT_AARCH64, 4L << 30).withHotplug(0xFFFFFFFFF0000000L, 1);
        PresetLayout p = GuestPresets.layout(virt);
        assertTrue(p.problems().contains("maxmem/slots too huge"), p.problems().toString());
        assertEquals(List.of(), p.layout().regions().stream().filter(r -> r.name().startsWith("high-")).toList());

        MachineConfig q35 = MachineConfig.of(MachineType.Q35, 4L << 30).withHotplug(0xFFFFFFFFF0000000L, 1);
        PresetLayout x = GuestPresets.layout(q35);
        assertTrue(x.problems().contains("unsupported amount of maximum memory: fffffffff0000000"), x.problems().toString());
        assertFalse(DmaMapPlanner.plan(x.layout()).isEmpty());
    }
}
