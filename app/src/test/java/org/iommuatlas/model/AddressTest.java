package org.iommuatlas.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressTest {
    @Test
    void comparesAsUnsignedAboveTheSignBit() {
        assertTrue(Address.lessThan(0x7fffffffffffffffL, 0x8000000000000000L));
        assertTrue(Address.lessThan(0L, Address.MAX));
        assertEquals(Address.MAX, Address.max(1, Address.MAX));
    }

    @Test
    void printsHexLikeQemuAndLikeSysfs() {
        assertEquals("0x40000000", Address.hex(0x40000000L));
        assertEquals("0xffffffffffffffff", Address.hex(Address.MAX));
        assertEquals("0x00000000fee00000", Address.hex16(0xfee00000L));
    }

    @Test
    void parsesSixteenDigitsAndRefusesSeventeen() {
        assertEquals(Address.MAX, Address.parseHex("0xffffffffffffffff"));
        assertEquals(0xfd00000000L, Address.parseHex("000000FD00000000"));
        assertEquals(1L, Address.parseHex("0x00000000000000000001"));
        assertThrows(NumberFormatException.class, () -> Address.parseHex("0x1ffffffffffffffff"));
        assertThrows(NumberFormatException.class, () -> Address.parseHex("0x"));
        assertThrows(NumberFormatException.class, () -> Address.parseHex("0xfg"));
        assertThrows(NumberFormatException.class, () -> Address.parseHex("-1"));
    }

    @Test
    void alignsUpAndRefusesToWrap() {
        assertEquals(0x2000L, Address.alignUp(0x1001, 0x1000));
        assertEquals(0x1000L, Address.alignUp(0x1000, 0x1000));
        assertThrows(ArithmeticException.class, () -> Address.alignUp(Address.MAX, 0x1000));
        assertThrows(IllegalArgumentException.class, () -> Address.alignUp(0, 3));
    }

    @Test
    void convertsUnsignedToDoubleForPixelsOnly() {
        assertEquals(1.8446744073709552E19, Address.unsignedToDouble(Address.MAX));
        assertEquals(4096.0, Address.offsetAsDouble(0x1000, 0));
    }
}
