package org.iommuatlas.picture;

import org.iommuatlas.picture.TextShape.TextAnchor;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Paints on a {@link Graphics2D} (a {@link BufferedImage} for PNG export). Needs no display:
 * works with {@code java.awt.headless=true}. Patterns are small texture tiles anchored in user
 * space, so they scale with the graphics transform.
 */
public final class Java2dPainter implements Painter {
    private Graphics2D g;
    private final Deque<Graphics2D> saved = new ArrayDeque<>();
    private final Map<String, TexturePaint> textures = new HashMap<>();

    public Java2dPainter(Graphics2D graphics) {
        this.g = graphics;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Fill fill) {
        fillShape(new Rectangle2D.Double(x, y, w, h), fill);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Stroke stroke) {
        g.setColor(color(stroke.color()));
        g.setStroke(awtStroke(stroke));
        g.draw(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Fill fill) {
        fillShape(path(xs, ys, true), fill);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, boolean closed, Stroke stroke) {
        g.setColor(color(stroke.color()));
        g.setStroke(awtStroke(stroke));
        g.draw(path(xs, ys, closed));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        g.setColor(color(stroke.color()));
        g.setStroke(awtStroke(stroke));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void text(double x, double y, String text, FontSpec font, TextAnchor anchor, Rgb color) {
        Font f = font(font);
        g.setFont(f);
        FontMetrics fm = g.getFontMetrics(f);
        double w = fm.getStringBounds(text, g).getWidth();
        double left = switch (anchor) {
            case START -> x;
            case MIDDLE -> x - w / 2;
            case END -> x - w;
        };
        double baseline = y + (fm.getAscent() - fm.getDescent()) / 2.0;
        g.setColor(color(color));
        g.drawString(text, (float) left, (float) baseline);
    }

    @Override
    public double textWidth(String text, FontSpec font) {
        Font f = font(font);
        return g.getFontMetrics(f).getStringBounds(text, g).getWidth();
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        g.clip(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void save() {
        saved.push(g);
        g = (Graphics2D) g.create();
    }

    @Override
    public void restore() {
        if (!saved.isEmpty()) {
            g.dispose();
            g = saved.pop();
        }
    }

    private void fillShape(java.awt.Shape shape, Fill fill) {
        g.setComposite(AlphaComposite.SrcOver);
        g.setPaint(color(fill.color()));
        g.fill(shape);
        TexturePaint texture = texture(fill);
        if (texture != null) {
            g.setPaint(texture);
            g.fill(shape);
        }
    }

    private TexturePaint texture(Fill fill) {
        if (fill.pattern() == Pattern.SOLID || fill.pattern() == Pattern.DASHED_OUTLINE) {
            return null;
        }
        return textures.computeIfAbsent(fill.pattern() + fill.ink().hex(), k -> {
            int scale = 4; // tile drawn at 4x, so the pattern stays crisp under a scaled transform
            int n = PatternTile.pixels(scale);
            BufferedImage tile = new BufferedImage(n, n, BufferedImage.TYPE_INT_ARGB);
            tile.setRGB(0, 0, n, n, PatternTile.argb(fill.pattern(), fill.ink(), scale), 0, n);
            return new TexturePaint(tile, new Rectangle2D.Double(0, 0, Pattern.SPACING, Pattern.SPACING));
        });
    }

    private static Path2D path(double[] xs, double[] ys, boolean closed) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < xs.length; i++) {
            if (i == 0) {
                p.moveTo(xs[i], ys[i]);
            } else {
                p.lineTo(xs[i], ys[i]);
            }
        }
        if (closed) {
            p.closePath();
        }
        return p;
    }

    private static BasicStroke awtStroke(Stroke stroke) {
        if (!stroke.dashed()) {
            return new BasicStroke((float) stroke.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
        }
        double[] d = stroke.dash();
        float[] dash = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            dash[i] = (float) d[i];
        }
        return new BasicStroke((float) stroke.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f);
    }

    private static Font font(FontSpec spec) {
        return new Font(spec.mono() ? Font.MONOSPACED : Font.SANS_SERIF, spec.bold() ? Font.BOLD : Font.PLAIN, 1)
                .deriveFont((float) spec.size());
    }

    private static Color color(Rgb c) {
        return new Color(c.red(), c.green(), c.blue(), c.alpha());
    }
}
