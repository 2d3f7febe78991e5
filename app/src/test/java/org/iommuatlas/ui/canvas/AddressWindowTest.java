package org.iommuatlas.ui.canvas;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.AddressRange;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AddressWindowTest {
    @Test
    void zoomingInTheFullSpaceAroundAnAddressKeepsItsRelativePlace() {
        AddressWindow w = AddressWindow.FULL.zoomAround(0x8000000000000000L, 1, 2);
        assertEquals(0x4000000000000000L, w.start());
        assertEquals(0xbfffffffffffffffL, w.last());
    }

    @Test
    void zoomingOutPastTheWholeSpaceStopsAtTheWholeSpace() {
        AddressWindow w = new AddressWindow(0xf000000000000000L, Address.MAX).zoomAround(Address.MAX, 64, 1);
        assertEquals(AddressWindow.FULL, w);
    }

    @Test
    void panningPastTheTopClampsAtTheLastAddress() {
        AddressWindow w = new AddressWindow(0xfffffffffff00000L, 0xfffffffffff0ffffL).panBy(BigInteger.ONE.shiftLeft(40));
        assertEquals(Address.MAX, w.last());
        assertEquals(0x10000L, w.last() - w.start() + 1);
    }

    @Test
    void panningBelowZeroClampsAtZero() {
        AddressWindow w = new AddressWindow(0x1000L, 0x1fffL).panBy(BigInteger.valueOf(-0x100000L));
        assertEquals(0L, w.start());
        assertEquals(0xfffL, w.last());
    }

    @Test
    void aroundARangeAddsAQuarterOfItsSizeOnEachSide() {
        AddressWindow w = AddressWindow.around(AddressRange.of(0xfee00000L, 0xfeefffffL));
        assertEquals(0xfedc0000L, w.start());
        assertEquals(0xfef3ffffL, w.last());
    }
}
