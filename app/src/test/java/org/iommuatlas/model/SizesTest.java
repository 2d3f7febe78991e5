package org.iommuatlas.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SizesTest {
    @Test
    void printsTheLargestExactUnit() {
        assertEquals("3054 MiB", Sizes.exact(0xBEE00000L));
        assertEquals("4 GiB", Sizes.exact(0x100000000L));
        assertEquals("92 KiB", Sizes.exact(0x17000L));
        assertEquals("160 KiB", Sizes.exact(0x28000L));
        assertEquals("12 GiB", Sizes.exact(0x300000000L));
        assertEquals("1 TiB", Sizes.exact(0x10000000000L));
        assertEquals("100 bytes", Sizes.exact(100));
        assertEquals("16 EiB", Sizes.exact(AddressRange.FULL));
    }

    @Test
    void parsesQemuAndLibvirtUnits() {
        assertEquals(4 * Sizes.GIB, Sizes.parse("4G"));
        assertEquals(3054 * Sizes.MIB, Sizes.parse("3054M"));
        assertEquals(4096 * Sizes.MIB, Sizes.parse("4096", Sizes.MIB));
        assertEquals(1100 * Sizes.GIB, Sizes.parse("1100G"));
        assertEquals(1524288L * 1024, Sizes.parse("1524288", Sizes.KIB));
        assertEquals(2_000_000_000L, Sizes.parse("2GB"));
        assertEquals(Sizes.GIB + Sizes.GIB / 2, Sizes.parse("1.5G"));
        assertEquals(0x100000000L, Sizes.parse("0x100000000"));
    }

    @Test
    void refusesWhatIsNotASize() {
        assertThrows(NumberFormatException.class, () -> Sizes.parse(""));
        assertThrows(NumberFormatException.class, () -> Sizes.parse("lots"));
        assertThrows(NumberFormatException.class, () -> Sizes.parse("4Q"));
        assertThrows(NumberFormatException.class, () -> Sizes.parse("99999999999E"));
        assertThrows(NumberFormatException.class, () -> Sizes.parse("0.3B"));
    }
}
