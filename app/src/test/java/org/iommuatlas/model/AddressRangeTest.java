package org.iommuatlas.model;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressRangeTest {
    @Test
    void inclusiveEndsOverlapWhenTheyShareOneByte() {
        AddressRange ram = AddressRange.ofSize(0x40000000L, 0x100000000L);
        AddressRange msi = AddressRange.of(0xfee00000L, 0xfeefffffL);
        assertEquals(0x13fffffffL, ram.last());
        assertTrue(ram.overlaps(msi));
        assertEquals(msi, ram.intersection(msi).orElseThrow());
        assertTrue(AddressRange.of(0, 0xfee00000L).overlaps(msi));
        assertFalse(AddressRange.of(0, 0xfedfffffL).overlaps(msi));
    }

    @Test
    void abuttingRangesDoNotOverlapButDoMerge() {
        AddressRange a = AddressRange.of(0x1000, 0x1fff);
        AddressRange b = AddressRange.of(0x2000, 0x2fff);
        assertFalse(a.overlaps(b));
        assertTrue(a.overlapsOrAbuts(b));
        assertTrue(b.overlapsOrAbuts(a));
    }

    @Test
    void rangesAtTheTopOfTheSpaceNeedNoSpecialCase() {
        AddressRange top = AddressRange.of(0xfffffffffffff000L, Address.MAX);
        assertEquals(0x1000L, top.size());
        assertTrue(top.contains(Address.MAX));
        assertTrue(top.end().isEmpty());
        assertFalse(top.overlapsOrAbuts(AddressRange.of(0, 0xfff)));
        assertEquals(BigInteger.ONE.shiftLeft(64), AddressRange.FULL.sizeBig());
        assertThrows(ArithmeticException.class, AddressRange.FULL::size);
    }

    @Test
    void refusesEmptyReversedAndWrappingRanges() {
        assertThrows(IllegalArgumentException.class, () -> AddressRange.of(0x2000, 0x1fff));
        assertThrows(IllegalArgumentException.class, () -> AddressRange.ofSize(0x1000, 0));
        assertThrows(IllegalArgumentException.class, () -> AddressRange.ofSize(Address.MAX, 2));
    }

    @Test
    void ordersByUnsignedStart() {
        AddressRange high = AddressRange.of(0x8000000000000000L, Address.MAX);
        AddressRange low = AddressRange.of(0, 1);
        assertTrue(low.compareTo(high) < 0);
    }
}
