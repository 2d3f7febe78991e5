package org.iommuatlas.guest;

import org.iommuatlas.model.MachineConfig;
import org.iommuatlas.model.ParseException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Findings of MachineSpecFuzzTest, kept as plain regression tests. */
class MachineSpecRoundTripTest {
    /** Fuzzer finding crash-5a9a3515...: the alias typed in capitals lost its spelling on format. */
    @Test
    void anAliasTypedInCapitalsWithAVersionKeyKeepsItsNameThroughFormat() throws ParseException {
        MachineConfig typed = MachineSpec.parse("Q35:ram=1024G,cpu=amd,version=7.0,phys-bits=40");
        assertEquals("Q35", typed.machineName());
        assertEquals("7.0", typed.version());
        String formatted = MachineSpec.format(typed);
        assertEquals("Q35:ram=1T,version=7.0,cpu=amd,phys-bits=40", formatted);
        assertEquals(typed, MachineSpec.parse(formatted));
    }
}
