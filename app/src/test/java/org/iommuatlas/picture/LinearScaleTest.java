package org.iommuatlas.picture;

import org.iommuatlas.model.Address;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinearScaleTest {
    @Test
    void fullSpaceMapsZeroToTopAndTheTopAddressToTheBottomEdge() {
        LinearScale s = LinearScale.of(Viewport.FULL, 10, 900);
        assertEquals(10.0, s.y(0));
        assertEquals(910.0, s.yEnd(Address.MAX));
        assertEquals(910.0, s.y(Address.MAX), 1e-9); // one byte is 900 / 2^64 px
    }

    @Test
    void viewportEndsAreExactForTheRamBankOfSevenA() {
        LinearScale s = LinearScale.of(new Viewport(0x40000000L, 0x13fffffffL), 0, 1024);
        assertEquals(0.0, s.y(0x40000000L));
        assertEquals(1024.0, s.yEnd(0x13fffffffL));
        assertEquals(512.0, s.y(0xc0000000L)); // halfway through 4 GiB, exact in binary
        assertEquals(1023.0, s.y(0x13fc00000L)); // 4 MiB per pixel: the last pixel row
    }

    @Test
    void addressesAboveTheSignedMaximumKeepTheirOrder() {
        LinearScale s = LinearScale.of(new Viewport(0x8000000000000000L, Address.MAX), 0, 800);
        assertEquals(0.0, s.y(0x8000000000000000L));
        assertEquals(400.0, s.y(0xc000000000000000L));
        assertEquals(800.0, s.yEnd(Address.MAX));
        assertTrue(s.y(0x7fffffffffffffffL) < 0, "an address below the viewport lands above the top");
    }

    @Test
    void addressAtInvertsYAtEveryPixelOfASmallView() {
        LinearScale s = LinearScale.of(new Viewport(0xfee00000L, 0xfeefffffL), 0, 256); // 4 KiB per pixel
        for (int p = 0; p < 256; p++) {
            long a = s.addressAt(p + 0.5);
            assertEquals(0xfee00000L + p * 4096L, Address.alignDown(a, 4096), "pixel " + p);
            assertTrue(s.y(a) <= p + 0.5 && s.yEnd(a) >= p + 0.5);
        }
    }

    @Test
    void addressAtClampsToTheViewport() {
        LinearScale s = LinearScale.of(Viewport.FULL, 0, 900);
        assertEquals(0L, s.addressAt(-50));
        assertEquals(Address.MAX, s.addressAt(900));
        assertEquals(Address.MAX, s.addressAt(5000));
    }

    @Test
    void fittingTheSevenAInputCoversEveryItemInWholeBlocks() {
        Viewport v = Viewport.fitting(Samples.input7a());
        assertEquals(0L, v.start()); // 0x40000000..0xffffffffff spans 40 bits: blocks of 2^36
        assertEquals(0xffffffffffL, v.last());
        Viewport ram = Viewport.fitting(PictureInput.builder()
                .item(Item.of("ram", Lane.GPA, 0x40000000L, 0x13fffffffL, Style.RAM_BANK, "ram")).build());
        assertEquals(0x40000000L, ram.start());
        assertEquals(0x13fffffffL, ram.last());
        assertEquals(Viewport.FULL, Viewport.fitting(PictureInput.EMPTY));
    }

    @Test
    void refusesAnEmptyPixelBand() {
        assertThrows(IllegalArgumentException.class, () -> LinearScale.of(Viewport.FULL, 0, 0));
    }
}
