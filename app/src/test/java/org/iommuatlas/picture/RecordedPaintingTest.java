package org.iommuatlas.picture;

import org.iommuatlas.picture.TextShape.TextAnchor;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordedPaintingTest {
    /** Every character 10 units wide. */
    private static double width(String text, FontSpec font) {
        return text.length() * 10.0;
    }

    @Test
    void theBoxCoversFillsStrokesAndText() {
        RecordedPainting rec = new RecordedPainting(RecordedPaintingTest::width);
        assertTrue(rec.isEmpty());
        rec.fillRect(100, 200, 50, 20, Fill.solid(Rgb.BLACK));
        rec.line(90, 230, 300, 230, Stroke.solid(Rgb.BLACK, 4));
        rec.text(120, 260, "abc", new FontSpec(12, false, false), TextAnchor.END, Rgb.BLACK);
        assertFalse(rec.isEmpty());
        // fill: 99..151 x 199..221; line: 87..303 x 227..233; text: 90..120 x 248..272, each plus a pixel.
        assertArrayEquals(new double[]{87, 199, 303, 273}, rec.bounds(), 1e-9);
    }

    @Test
    void middleAnchoredTextIsCentred() {
        RecordedPainting rec = new RecordedPainting(RecordedPaintingTest::width);
        rec.text(100, 50, "abcd", new FontSpec(10, false, false), TextAnchor.MIDDLE, Rgb.BLACK);
        assertArrayEquals(new double[]{79, 39, 121, 61}, rec.bounds(), 1e-9);
    }

    @Test
    void replayPaintsTheSamePixelsAsPaintingDirectly() {
        BufferedImage direct = new BufferedImage(80, 60, BufferedImage.TYPE_INT_ARGB);
        BufferedImage replayed = new BufferedImage(80, 60, BufferedImage.TYPE_INT_ARGB);
        Java2dPainter a = new Java2dPainter(direct.createGraphics());
        RecordedPainting rec = new RecordedPainting(a::textWidth);
        for (Painter p : new Painter[]{a, rec}) {
            p.fillRect(5, 5, 40, 30, new Fill(Rgb.of(200, 30, 30), Pattern.CROSS_HATCH, Rgb.BLACK));
            p.save();
            p.clipRect(0, 0, 60, 40);
            p.strokeRect(10, 10, 60, 40, Stroke.solid(Rgb.of(0, 0, 200), 2));
            p.restore();
            p.fillPolygon(new double[]{50, 75, 75}, new double[]{50, 50, 58}, Fill.solid(Rgb.of(0, 150, 0)));
        }
        rec.replay(new Java2dPainter(replayed.createGraphics()));
        for (int y = 0; y < 60; y++) {
            for (int x = 0; x < 80; x++) {
                assertEquals(direct.getRGB(x, y), replayed.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }
}
