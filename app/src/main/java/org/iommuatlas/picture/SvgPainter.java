package org.iommuatlas.picture;

import org.iommuatlas.picture.TextShape.TextAnchor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes SVG 1.1 text: rectangles, polygons, polylines and {@code <text>} elements, with the
 * patterns as {@code <pattern>} definitions. Deterministic: the same calls give the same bytes
 * (numbers at fixed precision, definitions numbered in first-use order), so exports diff cleanly.
 */
public final class SvgPainter implements Painter {
    private static final String SANS = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif";
    private static final String MONO = "DejaVu Sans Mono, Liberation Mono, Menlo, Consolas, monospace";

    private final StringBuilder body = new StringBuilder();
    private final StringBuilder defs = new StringBuilder();
    private final Map<String, String> patternIds = new LinkedHashMap<>();
    private final Deque<Integer> openGroups = new ArrayDeque<>();
    private int groupsOpen;
    private int clipCount;

    @Override
    public void fillRect(double x, double y, double w, double h, Fill fill) {
        if (w <= 0 || h <= 0) {
            return;
        }
        String geometry = "x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" + num(h) + "\"";
        body.append("<rect ").append(geometry).append(paint("fill", fill.color())).append("/>\n");
        String pattern = patternRef(fill);
        if (pattern != null) {
            body.append("<rect ").append(geometry).append(" fill=\"url(#").append(pattern).append(")\"/>\n");
        }
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Stroke stroke) {
        body.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
                .append("\" height=\"").append(num(h)).append("\" fill=\"none\"").append(stroke(stroke)).append("/>\n");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Fill fill) {
        String points = points(xs, ys);
        body.append("<polygon points=\"").append(points).append("\"").append(paint("fill", fill.color())).append("/>\n");
        String pattern = patternRef(fill);
        if (pattern != null) {
            body.append("<polygon points=\"").append(points).append("\" fill=\"url(#").append(pattern).append(")\"/>\n");
        }
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, boolean closed, Stroke stroke) {
        body.append(closed ? "<polygon" : "<polyline").append(" points=\"").append(points(xs, ys))
                .append("\" fill=\"none\"").append(stroke(stroke)).append("/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        body.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
                .append("\" y2=\"").append(num(y2)).append("\"").append(stroke(stroke)).append("/>\n");
    }

    @Override
    public void text(double x, double y, String text, FontSpec font, TextAnchor anchor, Rgb color) {
        String anchorWord = switch (anchor) {
            case START -> "start";
            case MIDDLE -> "middle";
            case END -> "end";
        };
        // SVG 1.1 viewers disagree on dominant-baseline; shift the baseline by hand instead.
        double baseline = y + font.size() * 0.36;
        body.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(baseline))
                .append("\" font-family=\"").append(font.mono() ? MONO : SANS)
                .append("\" font-size=\"").append(num(font.size())).append("\"")
                .append(font.bold() ? " font-weight=\"bold\"" : "")
                .append(" text-anchor=\"").append(anchorWord).append("\"")
                .append(paint("fill", color)).append(">").append(escape(text)).append("</text>\n");
    }

    @Override
    public double textWidth(String text, FontSpec font) {
        return TextEstimate.width(text, font.size(), font.bold(), font.mono());
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        String id = "clip" + (clipCount++);
        defs.append("<clipPath id=\"").append(id).append("\"><rect x=\"").append(num(x)).append("\" y=\"")
                .append(num(y)).append("\" width=\"").append(num(w)).append("\" height=\"").append(num(h))
                .append("\"/></clipPath>\n");
        body.append("<g clip-path=\"url(#").append(id).append(")\">\n");
        groupsOpen++;
    }

    @Override
    public void save() {
        openGroups.push(groupsOpen);
    }

    @Override
    public void restore() {
        int target = openGroups.isEmpty() ? 0 : openGroups.pop();
        while (groupsOpen > target) {
            body.append("</g>\n");
            groupsOpen--;
        }
    }

    /** The complete SVG document of everything painted so far. */
    public String toSvg(double width, double height) {
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ')
                .append(num(height)).append("\">\n");
        if (defs.length() > 0) {
            out.append("<defs>\n").append(defs).append("</defs>\n");
        }
        out.append(body);
        for (int i = 0; i < groupsOpen; i++) {
            out.append("</g>\n");
        }
        out.append("</svg>\n");
        return out.toString();
    }

    private String patternRef(Fill fill) {
        if (fill.pattern() == Pattern.SOLID || fill.pattern() == Pattern.DASHED_OUTLINE) {
            return null;
        }
        String key = fill.pattern() + fill.ink().hex();
        String existing = patternIds.get(key);
        if (existing != null) {
            return existing;
        }
        String id = "pattern" + patternIds.size();
        patternIds.put(key, id);
        double s = Pattern.SPACING;
        String ink = paint("stroke", fill.ink()) + " stroke-width=\"1.2\"";
        defs.append("<pattern id=\"").append(id).append("\" patternUnits=\"userSpaceOnUse\" width=\"").append(num(s))
                .append("\" height=\"").append(num(s)).append("\">");
        String forward = "M0," + num(s) + " L" + num(s) + ",0 M-1,1 L1,-1 M" + num(s - 1) + "," + num(s + 1) + " L"
                + num(s + 1) + "," + num(s - 1);
        String backward = "M0,0 L" + num(s) + "," + num(s) + " M" + num(s - 1) + ",-1 L" + num(s + 1) + ",1 M-1,"
                + num(s - 1) + " L1," + num(s + 1);
        switch (fill.pattern()) {
            case HATCH_FORWARD -> defs.append("<path d=\"").append(forward).append("\" fill=\"none\"").append(ink).append("/>");
            case HATCH_BACKWARD -> defs.append("<path d=\"").append(backward).append("\" fill=\"none\"").append(ink).append("/>");
            case CROSS_HATCH -> defs.append("<path d=\"").append(forward).append(' ').append(backward)
                    .append("\" fill=\"none\"").append(ink).append("/>");
            case DOTS -> defs.append("<circle cx=\"").append(num(s / 2)).append("\" cy=\"").append(num(s / 2))
                    .append("\" r=\"1.3\"").append(paint("fill", fill.ink())).append("/>");
            default -> {
            }
        }
        defs.append("</pattern>\n");
        return id;
    }

    private static String paint(String attribute, Rgb color) {
        String s = " " + attribute + "=\"" + color.hexOpaque() + "\"";
        if (color.alpha() < 255) {
            s += " " + attribute + "-opacity=\"" + num(color.opacity()) + "\"";
        }
        return s;
    }

    private static String stroke(Stroke stroke) {
        StringBuilder s = new StringBuilder(paint("stroke", stroke.color()));
        s.append(" stroke-width=\"").append(num(stroke.width())).append("\"");
        if (stroke.dashed()) {
            s.append(" stroke-dasharray=\"");
            double[] dash = stroke.dash();
            for (int i = 0; i < dash.length; i++) {
                s.append(i == 0 ? "" : ",").append(num(dash[i]));
            }
            s.append("\"");
        }
        return s.toString();
    }

    private static String points(double[] xs, double[] ys) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            s.append(i == 0 ? "" : " ").append(num(xs[i])).append(',').append(num(ys[i]));
        }
        return s.toString();
    }

    /** Fixed two decimals, trailing zeros dropped, always a dot: deterministic across locales. */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "0";
        }
        long hundredths = Math.round(v * 100);
        if (hundredths == 0) {
            return "0";
        }
        StringBuilder s = new StringBuilder();
        if (hundredths < 0) {
            s.append('-');
            hundredths = -hundredths;
        }
        s.append(hundredths / 100);
        long frac = hundredths % 100;
        if (frac != 0) {
            s.append('.').append(frac / 10);
            if (frac % 10 != 0) {
                s.append(frac % 10);
            }
        }
        return s.toString();
    }

    /** XML-escapes text content and attribute values; drops characters XML 1.0 cannot hold. */
    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        s.append(c);
                    }
                }
            }
        }
        return s.toString();
    }
}
