package org.iommuatlas.picture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PictureExporterTest {
    @Test
    void svgHasTheRegionLabelAsTextAndARectFilledWithTheConflictColour(@TempDir Path dir) throws Exception {
        Palette light = Palette.load("light");
        Drawing d = PictureExporter.exportDrawing(Samples.input7a(), Viewport.FULL, light);
        Path file = dir.resolve("7a.svg");
        PictureExporter.writeSvg(d, light, file);
        String svg = Files.readString(file);
        assertTrue(svg.matches("(?s).*<text [^>]*>mach-virt\\.ram  4 GiB</text>.*"), "bank label as <text>");
        assertTrue(svg.matches("(?s).*<rect [^>]*fill=\"#b0001e\"/>.*"), "a rect filled with the conflict colour");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertEquals("1400", doc.getDocumentElement().getAttribute("width"));
    }

    @Test
    void svgOutputIsDeterministic() {
        Palette light = Palette.load("light");
        String a = PictureExporter.toSvg(PictureExporter.exportDrawing(Samples.input7a(), Viewport.FULL, light), light);
        String b = PictureExporter.toSvg(PictureExporter.exportDrawing(Samples.input7a(), Viewport.FULL, light), light);
        assertEquals(a, b);
    }

    @Test
    void svgEscapesMarkupInLabels() throws Exception {
        PictureInput input = PictureInput.builder().title("a <b> & \"c\"")
                .item(Item.of("x", Lane.GPA, 0x1000, 0x1fff, Style.ROM, "rom<&>")).build();
        Palette light = Palette.load("light");
        String svg = PictureExporter.toSvg(PictureExporter.exportDrawing(input, Viewport.FULL, light), light);
        assertTrue(svg.contains("a &lt;b&gt; &amp; &quot;c&quot;"));
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))); // well-formed
    }

    @Test
    void pngPixelsAtTheOverlapAreMostlyTheConflictColour(@TempDir Path dir) throws Exception {
        Palette light = Palette.load("light");
        Drawing d = PictureExporter.exportDrawing(Samples.input7a(), Viewport.FULL, light);
        Path file = dir.resolve("7a.png");
        PictureExporter.writePng(d, light, file, 1.0);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(1400, image.getWidth());
        assertEquals(900, image.getHeight());
        RectShape conflict = d.shapes().stream().filter(s -> s instanceof RectShape r && r.style() == Style.CONFLICT)
                .map(s -> (RectShape) s).findFirst().orElseThrow();
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = (int) conflict.y() + 4; y < conflict.y() + conflict.h() - 4; y++) {
            for (int x = (int) conflict.x() + 4; x < conflict.x() + conflict.w() - 4; x++) {
                counts.merge(image.getRGB(x, y) & 0xffffff, 1, Integer::sum);
            }
        }
        int mostCommon = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertEquals(Integer.toHexString(light.fill(Style.CONFLICT).argb() & 0xffffff), Integer.toHexString(mostCommon));
    }

    @Test
    void writePicksTheFormatFromTheFileName(@TempDir Path dir) throws Exception {
        Palette light = Palette.load("light");
        Path svg = dir.resolve("a.SVG");
        Path png = dir.resolve("a.png");
        PictureExporter.write(Samples.input7a(), Viewport.FULL, light, LayoutOptions.export(), svg, 1.0);
        PictureExporter.write(Samples.input7a(), Viewport.FULL, light, LayoutOptions.export(), png, 1.0);
        assertTrue(Files.readString(svg).startsWith("<?xml"));
        assertEquals(1400, ImageIO.read(png.toFile()).getWidth());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> PictureExporter.write(Samples.input7a(), Viewport.FULL, light, LayoutOptions.export(),
                        dir.resolve("a.jpg"), 1.0));
        assertTrue(e.getMessage().contains(".png or .svg"), e.getMessage());
    }

    @Test
    void svgNumbersHaveAtMostTwoDecimalsAndNoLocaleSeparators() {
        assertEquals("0", SvgPainter.num(0.004));
        assertEquals("12.5", SvgPainter.num(12.5));
        assertEquals("-3.07", SvgPainter.num(-3.0749));
        assertEquals("1400", SvgPainter.num(1400.0));
        assertEquals("0.1", SvgPainter.num(0.1));
    }

    @Test
    void pngAtTwiceTheScaleHasTwiceThePixels() {
        Palette dark = Palette.load("dark");
        Drawing d = PictureExporter.exportDrawing(Samples.input7a(), Viewport.FULL, dark);
        BufferedImage image = PictureExporter.toImage(d, dark, 2.0);
        assertEquals(2800, image.getWidth());
        assertEquals(dark.background().argb() & 0xffffff, image.getRGB(1, 1) & 0xffffff);
    }
}
