package org.iommuatlas.ui.canvas;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PixelBandsTest {
    @Test
    void overlappingAndTouchingSpansMergeAndSeparateOnesStay() {
        PixelBands bands = new PixelBands();
        bands.add(50, 60);
        bands.add(10, 20);
        bands.add(15, 30);   // overlaps 10-20
        bands.add(30.5, 35); // within a pixel of 30
        bands.add(70, 65);   // given upside down
        assertEquals(List.of(new PixelBands.Band(10, 35), new PixelBands.Band(50, 60), new PixelBands.Band(65, 70)),
                bands.merged());
    }

    @Test
    void hundredsOfFindingsUnderOneBankBecomeOneBand() {
        PixelBands bands = new PixelBands();
        for (int i = 0; i < 500; i++) {
            bands.add(100 + i * 0.5, 105 + i * 0.5);
        }
        assertEquals(List.of(new PixelBands.Band(100, 354.5)), bands.merged());
    }

    @Test
    void noSpansNoBands() {
        PixelBands bands = new PixelBands();
        assertTrue(bands.isEmpty());
        assertEquals(List.of(), bands.merged());
    }
}
