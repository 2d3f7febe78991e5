package org.iommuatlas.format.guest;

import org.iommuatlas.model.ParseException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Findings of GuestParsersFuzzTest#mtree, kept as plain regression tests. */
class MtreeFuzzFindingsTest {
    /**
     * Fuzzer finding crash-a5f55cfe...: a flat view whose RAM line appears twice built two RAM banks
     * with the same id, and GuestLayout threw IllegalArgumentException instead of a ParseException.
     */
    @Test
    void aFlatViewListingOneAddressTwiceIsRefusedAtTheSecondLine() throws ParseException {
        String text = "FlatView #0\n"
                + " AS \"memory\", root: system\n"
                + " Root memory region: system\n"
                + "  0000000000000000-0000000003ffffff (prio 0, romd): virt.flash0 KVM\n"
                + "  0000000040000000-000000013fffffff (prio 0, ram): mach-virt.ram KVM\n"
                + "  0000000008000000-000000000800ffff (prio 0, i/o): gic_dist\n"
                + "  0000000040000000-000000013fffffff (prio 0, ram): mach-virt.ram KVM\n";
        MtreeReadout readout = MtreeParser.parse("mtree.txt", text);
        ParseException e = assertThrows(ParseException.class, () -> MtreeParser.toGuestLayout(readout));
        assertEquals("mtree.txt", e.file());
        assertEquals(7, e.line());
        assertEquals("flat view section [0x40000000, 0x13fffffff] (mach-virt.ram) overlaps [0x40000000, 0x13fffffff]"
                + " (mach-virt.ram) on line 5; a flat view lists each address once", e.problem());
    }
}
