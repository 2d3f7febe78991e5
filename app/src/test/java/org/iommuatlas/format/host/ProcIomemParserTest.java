package org.iommuatlas.format.host;

import org.iommuatlas.model.HostMemoryKind;
import org.iommuatlas.model.HostMemoryRange;
import org.iommuatlas.model.ParseException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcIomemParserTest {
    @Test
    void readsARootDumpWithNestingKindsAndWideAddresses() throws ParseException {
        List<HostMemoryRange> m = ProcIomemParser.parse("/proc/iomem", HostTestFiles.read("iomem_root.txt"))
                .host().memory();
        assertEquals(28, m.size());
        assertRange(m.get(1), 0x1000L, 0x9fbffL, HostMemoryKind.SYSTEM_RAM, "System RAM", 0);
        assertRange(m.get(3), 0xa0000L, 0xbffffL, HostMemoryKind.PCI_WINDOW, "PCI Bus 0000:00", 0);
        assertRange(m.get(4), 0xc0000L, 0xc7fffL, HostMemoryKind.ROM, "Video ROM", 0);
        assertRange(m.get(6), 0xf0000L, 0xfffffL, HostMemoryKind.ROM, "System ROM", 1);
        assertRange(m.get(8), 0x1000000L, 0x1ffffffL, HostMemoryKind.OTHER, "Kernel code", 1);
        assertRange(m.get(10), 0xdbea0000L, 0xdbeb6fffL, HostMemoryKind.RESERVED, "Reserved", 0);
        assertRange(m.get(11), 0xdbeb7000L, 0xdbf4efffL, HostMemoryKind.ACPI, "ACPI Tables", 0);
        assertRange(m.get(12), 0xdbf4f000L, 0xdbffffffL, HostMemoryKind.ACPI, "ACPI Non-volatile Storage", 0);
        assertRange(m.get(16), 0xe1000000L, 0xe1003fffL, HostMemoryKind.OTHER, "0000:01:00.0", 2);
        assertRange(m.get(17), 0xe1000000L, 0xe1003fffL, HostMemoryKind.OTHER, "nvme", 3);
        assertRange(m.get(18), 0xfec00000L, 0xfec003ffL, HostMemoryKind.IOAPIC, "IOAPIC 0", 0);
        assertRange(m.get(21), 0xfed90000L, 0xfed90fffL, HostMemoryKind.IOMMU_UNIT, "dmar0", 0);
        assertRange(m.get(23), 0xfee00000L, 0xfee00fffL, HostMemoryKind.LAPIC, "Local APIC", 0);
        assertRange(m.get(24), 0xff000000L, 0xffffffffL, HostMemoryKind.OTHER, "<BAD>", 0);
        assertRange(m.get(25), 0x100000000L, 0x23fffffffL, HostMemoryKind.SYSTEM_RAM, "System RAM", 0);
        assertRange(m.get(27), 0x440000000L, 0x47fffffffL, HostMemoryKind.PERSISTENT, "Persistent Memory (legacy)", 0);
        assertEquals(26, m.get(25).source().line());
    }

    @Test
    void namesOfIommuUnitsOnOtherPlatformsAreRecognised() {
        assertEquals(HostMemoryKind.IOMMU_UNIT, ProcIomemParser.kindOf("amd_iommu"));
        assertEquals(HostMemoryKind.IOMMU_UNIT, ProcIomemParser.kindOf("arm-smmu-v3.0.auto"));
        assertEquals(HostMemoryKind.LAPIC, ProcIomemParser.kindOf("lapic"));
        assertEquals(HostMemoryKind.ROM, ProcIomemParser.kindOf("Adapter ROM"));
        assertEquals(HostMemoryKind.OTHER, ProcIomemParser.kindOf("PCI MMCONFIG 0000 [bus 00-ff]"));
    }

    @Test
    void aNonRootReadOfAllZerosAsksForRoot() {
        String text = HostTestFiles.read("iomem_nonroot.txt");
        assertTrue(ProcIomemParser.looksUnprivileged(text));
        ParseException e = assertThrows(ParseException.class, () -> ProcIomemParser.parse("/proc/iomem", text));
        assertTrue(e.problem().contains("read it as root"), e.problem());
        assertFalse(ProcIomemParser.looksUnprivileged(HostTestFiles.read("iomem_root.txt")));
    }

    @Test
    void oddIndentationIsRefused() {
        ParseException e = assertThrows(ParseException.class,
                () -> ProcIomemParser.parse("iomem", "00100000-dbe9ffff : System RAM\n   01000000-01ffffff : Kernel code\n"));
        assertEquals(2, e.line());
        assertEquals(4, e.column());
    }

    @Test
    void anEndBelowItsStartAndAMissingSeparatorAreRefused() {
        ParseException end = assertThrows(ParseException.class,
                () -> ProcIomemParser.parse("iomem", "dbeb7000-dbea0000 : Reserved\n"));
        assertEquals(10, end.column());
        ParseException sep = assertThrows(ParseException.class,
                () -> ProcIomemParser.parse("iomem", "00001000-0009fbff System RAM\n"));
        assertEquals(18, sep.column());
        assertTrue(sep.problem().contains("' : '"), sep.problem());
    }

    private static void assertRange(HostMemoryRange r, long start, long last, HostMemoryKind kind, String name, int depth) {
        assertEquals(start, r.start(), "start of " + r);
        assertEquals(last, r.last(), "last of " + r);
        assertEquals(kind, r.kind(), "kind of " + r);
        assertEquals(name, r.name());
        assertEquals(depth, r.depth(), "depth of " + r);
    }
}
