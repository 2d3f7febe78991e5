package org.iommuatlas.format.guest;

import org.iommuatlas.model.MachineType;
import org.iommuatlas.model.ParseException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Findings of InputLoaderFuzzTest#loadText in machine names, kept as plain regression tests. */
class MachineNameFuzzFindingsTest {
    /**
     * Fuzzer finding crash-fbe2b271...: {@code -machine pc-q35-7<garbage>} reached the version
     * comparison of the layout rules and threw NumberFormatException.
     */
    @Test
    void aVersionSuffixThatIsNoVersionIsNotAMachineTheToolLaysOut() {
        String cmd = "qemu-system-x86_64 -machine pc-q35-7.0abc,usb=off -m 4G\n";
        ParseException e = assertThrows(ParseException.class, () -> QemuCommandLineParser.parse("cmd.txt", cmd));
        assertEquals("cmd.txt", e.file());
        assertTrue(e.problem().contains("pc-q35-7.0abc") && e.problem().contains("is not one the tool lays out"),
                e.problem());
    }

    @Test
    void realVersionSuffixesStillResolve() {
        assertEquals(new MachineNames.Resolved(MachineType.Q35, "7.0"),
                MachineNames.resolve("pc-q35-7.0", org.iommuatlas.model.GuestArch.X86_64).orElseThrow());
        assertEquals(new MachineNames.Resolved(MachineType.PC, "1.7"),
                MachineNames.resolve("pc-1.7", org.iommuatlas.model.GuestArch.X86_64).orElseThrow());
        assertEquals(new MachineNames.Resolved(MachineType.VIRT_AARCH64, "8.2.1"),
                MachineNames.resolve("virt-8.2.1", org.iommuatlas.model.GuestArch.AARCH64).orElseThrow());
        assertTrue(MachineNames.resolve("pc-q35-rhel9.4.0", org.iommuatlas.model.GuestArch.X86_64).isEmpty());
    }
}
