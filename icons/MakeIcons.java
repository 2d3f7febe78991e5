import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Draws the app icon and one icon per region type (PNG and SVG) from the light theme's colours
 * and the picture's patterns. Run from the repository root: java icons/MakeIcons.java
 */
public class MakeIcons {
    record Type(String name, String fill, String ink, String pattern) {
    }

    static final Type[] TYPES = {
        new Type("direct", "#d55e00", "#d55e00", "solid"),
        new Type("direct-relaxable", "#e69f00", "#8a5a00", "forward"),
        new Type("reserved", "#8c8c8c", "#3c3c3c", "cross"),
        new Type("msi", "#a05d8a", "#a05d8a", "solid"),
        new Type("sw-msi", "#ecc9de", "#a05d8a", "dashed"),
        new Type("ram-bank", "#56b4e9", "#0072b2", "solid"),
        new Type("dma-map", "#3d9ad1", "#1d5f8a", "solid"),
        new Type("failed-map", "#f3b79b", "#b0001e", "forward"),
        new Type("conflict", "#b0001e", "#ffffff", "cross"),
    };

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "icons");
        Files.createDirectories(dir);
        for (int size : new int[]{16, 32, 64, 256}) {
            ImageIO.write(appIcon(size), "png", dir.resolve("atlas-" + size + ".png").toFile());
        }
        Files.writeString(dir.resolve("atlas.svg"), appSvg());
        for (Type t : TYPES) {
            ImageIO.write(typeIcon(t, 32), "png", dir.resolve("region-" + t.name + ".png").toFile());
            Files.writeString(dir.resolve("region-" + t.name + ".svg"), typeSvg(t));
        }
    }

    /** Three lanes (GPA, IOVA, HPA) with a RAM bank, a map and a reserved window, crossed by a conflict bar. */
    static BufferedImage appIcon(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(size / 64.0, size / 64.0);
        g.setColor(Color.decode("#1f2a36"));
        g.fill(new RoundRectangle2D.Double(2, 2, 60, 60, 12, 12));
        double[] xs = {9, 26, 43};
        for (double x : xs) {
            g.setColor(Color.decode("#f5f5f2"));
            g.fill(new Rectangle2D.Double(x, 9, 12, 46));
        }
        g.setColor(Color.decode("#56b4e9"));
        g.fill(new Rectangle2D.Double(9, 18, 12, 30));
        g.setColor(Color.decode("#3d9ad1"));
        g.fill(new Rectangle2D.Double(26, 18, 12, 30));
        g.setColor(Color.decode("#a05d8a"));
        g.fill(new Rectangle2D.Double(43, 25, 12, 18));
        g.setColor(Color.decode("#b0001e"));
        g.fill(new Rectangle2D.Double(6, 30, 52, 8));
        g.setClip(new Rectangle2D.Double(6, 30, 52, 8));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(1.6f));
        for (double x = 4; x < 60; x += 5) {
            g.draw(new Line2D.Double(Math.max(6, x), 38, Math.min(58, x + 8), 30));
        }
        g.dispose();
        return img;
    }

    static String appSvg() {
        StringBuilder s = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\" viewBox=\"0 0 64 64\">\n");
        s.append("  <title>IOMMU Atlas</title>\n");
        s.append("  <rect x=\"2\" y=\"2\" width=\"60\" height=\"60\" rx=\"6\" fill=\"#1f2a36\"/>\n");
        for (int x : new int[]{9, 26, 43}) {
            s.append("  <rect x=\"").append(x).append("\" y=\"9\" width=\"12\" height=\"46\" fill=\"#f5f5f2\"/>\n");
        }
        s.append("  <rect x=\"9\" y=\"18\" width=\"12\" height=\"30\" fill=\"#56b4e9\"/>\n");
        s.append("  <rect x=\"26\" y=\"18\" width=\"12\" height=\"30\" fill=\"#3d9ad1\"/>\n");
        s.append("  <rect x=\"43\" y=\"25\" width=\"12\" height=\"18\" fill=\"#a05d8a\"/>\n");
        s.append("  <defs><pattern id=\"h\" width=\"5\" height=\"8\" patternUnits=\"userSpaceOnUse\">"
                + "<line x1=\"0\" y1=\"8\" x2=\"8\" y2=\"0\" stroke=\"#ffffff\" stroke-width=\"1.6\"/></pattern></defs>\n");
        s.append("  <rect x=\"6\" y=\"30\" width=\"52\" height=\"8\" fill=\"#b0001e\"/>\n");
        s.append("  <rect x=\"6\" y=\"30\" width=\"52\" height=\"8\" fill=\"url(#h)\"/>\n");
        return s.append("</svg>\n").toString();
    }

    static BufferedImage typeIcon(Type t, int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(size / 32.0, size / 32.0);
        Rectangle2D box = new Rectangle2D.Double(3, 3, 26, 26);
        g.setColor(Color.decode(t.fill));
        g.fill(box);
        g.setClip(box);
        g.setColor(Color.decode(t.ink));
        g.setStroke(new BasicStroke(1.4f));
        if (t.pattern.equals("forward") || t.pattern.equals("cross")) {
            for (int k = -32; k < 64; k += 6) {
                g.draw(new Line2D.Double(k, 32, k + 32, 0));
            }
        }
        if (t.pattern.equals("cross")) {
            for (int k = -32; k < 64; k += 6) {
                g.draw(new Line2D.Double(k, 0, k + 32, 32));
            }
        }
        g.setClip(null);
        g.setColor(Color.decode(t.pattern.equals("solid") ? "#1a1a1a" : t.ink));
        float[] dash = t.pattern.equals("dashed") ? new float[]{4, 3} : null;
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
        g.draw(box);
        g.dispose();
        return img;
    }

    static String typeSvg(Type t) {
        StringBuilder s = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"32\" height=\"32\" viewBox=\"0 0 32 32\">\n");
        s.append("  <title>").append(t.name).append("</title>\n");
        boolean forward = t.pattern.equals("forward") || t.pattern.equals("cross");
        boolean backward = t.pattern.equals("cross");
        if (forward || backward) {
            s.append("  <defs><pattern id=\"p\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">");
            if (forward) {
                s.append("<line x1=\"0\" y1=\"6\" x2=\"6\" y2=\"0\" stroke=\"").append(t.ink).append("\" stroke-width=\"1.4\"/>");
            }
            if (backward) {
                s.append("<line x1=\"0\" y1=\"0\" x2=\"6\" y2=\"6\" stroke=\"").append(t.ink).append("\" stroke-width=\"1.4\"/>");
            }
            s.append("</pattern></defs>\n");
        }
        s.append("  <rect x=\"3\" y=\"3\" width=\"26\" height=\"26\" fill=\"").append(t.fill).append("\"/>\n");
        if (forward || backward) {
            s.append("  <rect x=\"3\" y=\"3\" width=\"26\" height=\"26\" fill=\"url(#p)\"/>\n");
        }
        s.append("  <rect x=\"3\" y=\"3\" width=\"26\" height=\"26\" fill=\"none\" stroke=\"")
                .append(t.pattern.equals("solid") ? "#1a1a1a" : t.ink).append("\" stroke-width=\"1.5\"")
                .append(t.pattern.equals("dashed") ? " stroke-dasharray=\"4 3\"" : "").append("/>\n");
        return s.append("</svg>\n").toString();
    }
}
