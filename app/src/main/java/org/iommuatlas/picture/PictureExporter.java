package org.iommuatlas.picture;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * PNG and SVG files of a picture, sized for a bug tracker, with title, status line and legend:
 * what the window shows, the same primitives painted by {@link DrawingRenderer}.
 */
public final class PictureExporter {
    /** Logical size of an exported picture; PNG pixels are this times the scale. */
    public static final double DEFAULT_WIDTH = 1400;
    public static final double DEFAULT_HEIGHT = 900;

    private PictureExporter() {
    }

    /** The export layout: default size, folded scale, title and legend, fonts from the palette. */
    public static Drawing exportDrawing(PictureInput input, Viewport viewport, Palette palette) {
        return exportDrawing(input, viewport, palette, LayoutOptions.export());
    }

    /** The export layout with the caller's options (linear scale, no legend...) at the palette's font size. */
    public static Drawing exportDrawing(PictureInput input, Viewport viewport, Palette palette, LayoutOptions options) {
        return PictureLayout.layout(input, viewport, DEFAULT_WIDTH, DEFAULT_HEIGHT,
                options.withFontSize(palette.fontSize()));
    }

    /** Paints the drawing on an opaque image of {@code width * scale} by {@code height * scale} pixels. */
    public static BufferedImage toImage(Drawing drawing, Palette palette, double scale) {
        if (!(scale > 0) || scale > 8) {
            throw new IllegalArgumentException("PNG scale must be in (0, 8], was " + scale);
        }
        int w = (int) Math.ceil(drawing.width() * scale);
        int h = (int) Math.ceil(drawing.height() * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            DrawingRenderer.paint(drawing, palette, new Java2dPainter(g));
        } finally {
            g.dispose();
        }
        return image;
    }

    public static void writePng(Drawing drawing, Palette palette, Path file, double scale) throws IOException {
        BufferedImage image = toImage(drawing, palette, scale);
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer available for " + file);
        }
    }

    /**
     * Lays out and writes {@code file} in one call (what the headless {@code render} command
     * needs): SVG when the name ends in {@code .svg}, PNG when it ends in {@code .png}.
     *
     * @throws IllegalArgumentException when the extension is neither, saying which are known
     */
    public static Drawing write(PictureInput input, Viewport viewport, Palette palette, LayoutOptions options,
                                Path file, double pngScale) throws IOException {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        boolean svg = name.endsWith(".svg");
        if (!svg && !name.endsWith(".png")) {
            throw new IllegalArgumentException("cannot tell the picture format of '" + file.getFileName()
                    + "': expected a name ending in .png or .svg");
        }
        Drawing drawing = exportDrawing(input, viewport, palette, options);
        if (svg) {
            writeSvg(drawing, palette, file);
        } else {
            writePng(drawing, palette, file, pngScale);
        }
        return drawing;
    }

    public static String toSvg(Drawing drawing, Palette palette) {
        SvgPainter painter = new SvgPainter();
        DrawingRenderer.paint(drawing, palette, painter);
        return painter.toSvg(drawing.width(), drawing.height());
    }

    public static void writeSvg(Drawing drawing, Palette palette, Path file) throws IOException {
        Files.writeString(file, toSvg(drawing, palette), StandardCharsets.UTF_8);
    }
}
