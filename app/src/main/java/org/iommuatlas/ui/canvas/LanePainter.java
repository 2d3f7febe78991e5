package org.iommuatlas.ui.canvas;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.iommuatlas.model.Address;
import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.Sizes;
import org.iommuatlas.ui.port.ConflictView;
import org.iommuatlas.ui.port.Severity;
import org.iommuatlas.ui.theme.ThemePalette;

import java.util.List;

/**
 * Paints one frame of the three lanes on a canvas: folds, hex ticks, connector bands, ranges
 * with colour + pattern + tag, conflicts on both sides, selection and the drag preview. Only
 * what is visible is drawn, and ranges that land on the same pixel row as the previous one of
 * the same kind are skipped (100,000 host regions aggregate into a few hundred rows).
 */
public final class LanePainter {
    private static final Font LABEL = Font.font("System", 11);
    private static final Font BOLD = Font.font("System", FontWeight.BOLD, 12);
    private static final Font HEADER = Font.font("System", FontWeight.BOLD, 15);
    private static final Font MONO = Font.font("Monospaced", 10.5);
    private static final double MIN_HEIGHT = 2;

    private LanePainter() {
    }

    public static void paint(GraphicsContext g, PaintState s) {
        LaneGeometry geo = s.geometry();
        ThemePalette p = s.palette();
        g.setFill(p.get("background"));
        g.fillRect(0, 0, geo.width(), geo.height());
        headers(g, s);
        for (Lane lane : Lane.values()) {
            g.setFill(p.get("lane"));
            g.fillRect(geo.laneX(lane), geo.axisTop(), geo.laneWidth(), geo.axisBottom() - geo.axisTop());
        }
        folds(g, s);
        ticks(g, s);
        connectors(g, s);
        for (Lane lane : Lane.values()) {
            items(g, s, lane);
        }
        conflicts(g, s);
        outlines(g, s);
        preview(g, s);
    }

    private static void headers(GraphicsContext g, PaintState s) {
        LaneGeometry geo = s.geometry();
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        for (Lane lane : Lane.values()) {
            g.setFill(s.palette().get("text"));
            g.setFont(HEADER);
            g.fillText(lane.title(), geo.laneX(lane), 6);
            g.setFill(s.palette().get("muted"));
            g.setFont(LABEL);
            g.fillText(lane.subtitle(), geo.laneX(lane), 25);
        }
        g.setFont(LABEL);
        g.setFill(s.palette().get("muted"));
        g.fillText(s.axis().isLinear() ? "linear" : "folded", 8, 25);
    }

    private static void folds(GraphicsContext g, PaintState s) {
        LaneGeometry geo = s.geometry();
        ThemePalette p = s.palette();
        for (LaneAxis.Segment seg : s.axis().segments()) {
            if (!seg.fold()) {
                continue;
            }
            double y0 = seg.y0();
            double h = seg.y1() - seg.y0();
            g.setFill(p.get("fold"));
            g.fillRect(geo.laneX(Lane.GPA), y0, geo.width() - geo.laneX(Lane.GPA) - LaneGeometry.MARGIN, h);
            // A zigzag across every lane marks the discontinuity: the axis skips empty addresses here.
            g.setStroke(p.get("muted"));
            g.setLineWidth(1);
            double mid = y0 + h / 2;
            for (Lane lane : Lane.values()) {
                double x = geo.laneX(lane);
                double end = x + geo.laneWidth();
                g.beginPath();
                g.moveTo(x, mid);
                boolean up = true;
                for (double xx = x + 5; xx <= end; xx += 5) {
                    g.lineTo(xx, mid + (up ? -Math.min(3, h / 2) : Math.min(3, h / 2)));
                    up = !up;
                }
                g.stroke();
            }
            if (h >= 9) {
                g.setFill(p.get("muted"));
                g.setFont(Font.font("System", 9.5));
                g.setTextBaseline(VPos.CENTER);
                g.setTextAlign(TextAlignment.CENTER);
                g.fillText(Sizes.approx(seg.last() - seg.start() + 1) + " empty",
                        geo.laneX(Lane.IOVA) - LaneGeometry.CONNECTOR / 2, mid);
                g.setTextAlign(TextAlignment.LEFT);
            }
        }
    }

    private static void ticks(GraphicsContext g, PaintState s) {
        LaneGeometry geo = s.geometry();
        ThemePalette p = s.palette();
        g.setFont(MONO);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        double lastLabel = -100;
        for (AxisTicks.Tick t : AxisTicks.of(s.axis())) {
            if (t.y() - lastLabel < 13) {
                continue; // never overlap: the next label needs a full line of room
            }
            lastLabel = t.y();
            g.setStroke(p.get("grid"));
            g.setLineWidth(0.6);
            g.strokeLine(geo.laneX(Lane.GPA), t.y(), geo.width() - LaneGeometry.MARGIN, t.y());
            g.setStroke(p.get("muted"));
            g.strokeLine(LaneGeometry.GUTTER - 6, t.y(), LaneGeometry.GUTTER - 1, t.y());
            g.setFill(p.get("text"));
            g.fillText(Address.hex(t.address()), LaneGeometry.GUTTER - 8, Math.max(t.y(), s.axis().top() + 6));
        }
        g.setTextAlign(TextAlignment.LEFT);
    }

    private static void connectors(GraphicsContext g, PaintState s) {
        LaneGeometry geo = s.geometry();
        ThemePalette p = s.palette();
        double gpaRight = geo.laneX(Lane.GPA) + geo.laneWidth();
        double iovaLeft = geo.laneX(Lane.IOVA);
        double iovaRight = geo.laneX(Lane.IOVA) + geo.laneWidth();
        double hpaLeft = geo.laneX(Lane.HPA);
        for (LaneItem item : visible(s, Lane.IOVA)) {
            double y0 = s.axis().yOf(item.start());
            double y1 = Math.max(y0 + MIN_HEIGHT, s.axis().yAfter(item.last()));
            if (item.source() instanceof DmaMap) {
                // GPA -> IOVA: identity without a vIOMMU, so the band is horizontal.
                Color c = item.kind() == ItemKind.DMA_MAP_FAILING ? p.get("conflict") : p.get("map");
                g.setFill(c.deriveColor(0, 1, 1, 0.18));
                g.fillRect(gpaRight, y0, iovaLeft - gpaRight, y1 - y0);
            } else if (item.source() instanceof ReservedRegion r && (r.type().isIdentityMap() || r.type().isMsi())) {
                Color c = p.get(item.kind().strokeColour());
                g.setFill(c.deriveColor(0, 1, 1, 0.22));
                g.fillRect(iovaRight, y0, hpaLeft - iovaRight, y1 - y0);
                g.setStroke(c);
                g.setLineWidth(1);
                if (r.type() == org.iommuatlas.model.ReservedType.DIRECT_RELAXABLE || r.type().isMsi()) {
                    g.setLineDashes(4, 3);
                }
                g.strokeLine(iovaRight, (y0 + y1) / 2, hpaLeft, (y0 + y1) / 2);
                g.setLineDashes((double[]) null);
                if (y1 - y0 >= 12 || r.type().isMsi()) {
                    g.setFill(p.get("muted"));
                    g.setFont(Font.font("System", 9));
                    g.setTextBaseline(VPos.BOTTOM);
                    String why = r.type() == org.iommuatlas.model.ReservedType.SW_MSI ? "ITS doorbell"
                            : r.type().isMsi() ? "int. remap" : "identity";
                    g.fillText(why, iovaRight + 4, (y0 + y1) / 2 - 1);
                }
            }
        }
    }

    private static void items(GraphicsContext g, PaintState s, Lane lane) {
        LaneGeometry geo = s.geometry();
        double lastY = Double.NaN;
        ItemKind lastKind = null;
        for (LaneItem item : visible(s, lane)) {
            double y0 = s.axis().yOf(item.start());
            double y1 = s.axis().yAfter(item.last());
            if (s.preview() != null && item.source() instanceof RamBank b && b.id().equals(s.preview().id())) {
                // The committed bank stays as a faint ghost; the preview copy is drawn on top.
                drawRange(g, s, item, y0, y1, 0.35);
                continue;
            }
            if (y1 - y0 < 1 && item.kind() == lastKind && Math.floor(y0) == lastY) {
                continue; // same pixel row as the previous range of this kind: aggregated
            }
            lastY = Math.floor(y0);
            lastKind = item.kind();
            drawRange(g, s, item, y0, y1, 1.0);
        }
    }

    static void drawRange(GraphicsContext g, PaintState s, LaneItem item, double y0, double y1, double alpha) {
        ThemePalette p = s.palette();
        double[] hx = s.geometry().horizontal(item);
        double x = hx[0] + 1;
        double w = hx[1] - 2;
        double h = Math.max(MIN_HEIGHT, y1 - y0);
        g.setGlobalAlpha(alpha);
        drawBox(g, p, item.kind(), x, y0, w, h);
        label(g, s, item, x, y0, w, h);
        g.setGlobalAlpha(1);
    }

    /** The look of a range without its label: fill, pattern, outline. Shared with the legend swatches. */
    static void drawBox(GraphicsContext g, ThemePalette p, ItemKind kind, double x, double y0, double w, double h) {
        Color stroke = p.get(kind.strokeColour());
        Color fill = kind.washed() ? stroke.deriveColor(0, 1, 1, 0.28) : p.get(kind.fillColour());
        g.setFill(fill);
        g.fillRect(x, y0, w, h);
        pattern(g, kind.pattern(), stroke, x, y0, w, h);
        g.setStroke(stroke);
        g.setLineWidth(kind == ItemKind.RAM_BANK || kind == ItemKind.DMA_MAP_FAILING ? 2 : 1);
        if (kind.pattern() == ItemKind.Pattern.DASHED) {
            g.setLineDashes(5, 3);
        }
        g.strokeRect(x + 0.5, y0 + 0.5, w - 1, Math.max(1, h - 1));
        g.setLineDashes((double[]) null);
    }

    private static void label(GraphicsContext g, PaintState s, LaneItem item, double x, double y0, double w, double h) {
        if (h < 12 || w < 30) {
            return;
        }
        ThemePalette p = s.palette();
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        String tag = item.kind().tag();
        double tx = x + 4;
        if (!tag.isEmpty()) {
            g.setFont(Font.font("System", FontWeight.BOLD, 9.5));
            double tagW = textWidth(tag, g.getFont()) + 6;
            g.setFill(p.get(item.kind().strokeColour()));
            g.fillRoundRect(tx, y0 + 2, tagW, 12, 4, 4);
            g.setFill(Color.WHITE);
            g.fillText(tag, tx + 3, y0 + 3);
            tx += tagW + 4;
        }
        g.save();
        g.beginPath();
        g.rect(x, y0, w, h);
        g.clip();
        g.setFont(LABEL);
        g.setFill(p.get("text"));
        g.fillText(item.label(), tx, y0 + 2);
        if (h >= 28) {
            g.setFont(MONO);
            g.setFill(p.get("muted"));
            g.fillText(item.range().toString(), x + 4, y0 + 16);
        }
        g.restore();
    }

    private static void pattern(GraphicsContext g, ItemKind.Pattern pattern, Color colour, double x, double y, double w, double h) {
        if (pattern == ItemKind.Pattern.NONE || pattern == ItemKind.Pattern.DASHED) {
            return;
        }
        g.save();
        g.beginPath();
        g.rect(x, y, w, h);
        g.clip();
        g.setStroke(colour.deriveColor(0, 1, 1, 0.55));
        g.setLineWidth(1);
        g.setLineCap(StrokeLineCap.BUTT);
        switch (pattern) {
            case HATCH -> diagonal(g, x, y, w, h, 1);
            case CROSS_HATCH -> {
                diagonal(g, x, y, w, h, 1);
                diagonal(g, x, y, w, h, -1);
            }
            case VERTICAL -> {
                for (double xx = x + 3; xx < x + w; xx += 6) {
                    g.strokeLine(xx, y, xx, y + h);
                }
            }
            case DOTS -> {
                g.setFill(colour.deriveColor(0, 1, 1, 0.45));
                double top = Math.max(y, -8);
                double bottom = Math.min(y + h, 10000);
                for (double yy = top + 3; yy < bottom; yy += 6) {
                    for (double xx = x + 3; xx < x + w; xx += 6) {
                        g.fillRect(xx, yy, 1.3, 1.3);
                    }
                }
            }
            default -> { }
        }
        g.restore();
    }

    private static void diagonal(GraphicsContext g, double x, double y, double w, double h, int dir) {
        double top = Math.max(y, -10);
        double bottom = Math.min(y + h, 10000);
        double span = bottom - top;
        for (double d = -span; d < w; d += 7) {
            if (dir > 0) {
                g.strokeLine(x + d, bottom, x + d + span, top);
            } else {
                g.strokeLine(x + d, top, x + d + span, bottom);
            }
        }
    }

    private static void conflicts(GraphicsContext g, PaintState s) {
        LaneGeometry geo = s.geometry();
        ThemePalette p = s.palette();
        Color red = p.get("conflict");
        for (ConflictView c : s.conflicts()) {
            if (c.severity() != Severity.ERROR) {
                continue;
            }
            double y0 = s.axis().yOf(c.overlap().start());
            double y1 = Math.max(y0 + 6, s.axis().yAfter(c.overlap().last()));
            double x0 = geo.laneX(Lane.GPA);
            double x1 = geo.laneX(Lane.HPA) + geo.laneWidth();
            // The shared stretch, marked across all three lanes: the bank, the map and the region.
            g.setFill(red.deriveColor(0, 1, 1, 0.16));
            g.fillRect(x0, y0, x1 - x0, y1 - y0);
            g.save();
            g.beginPath();
            g.rect(x0, y0, x1 - x0, y1 - y0);
            g.clip();
            g.setStroke(red.deriveColor(0, 1, 1, 0.6));
            g.setLineWidth(1.5);
            diagonal(g, x0, y0, x1 - x0, y1 - y0, 1);
            g.restore();
            g.setStroke(red);
            g.setLineWidth(2.5);
            g.strokeLine(x0, y0, x1, y0);
            g.strokeLine(x0, y1, x1, y1);
            String text = "CONFLICT " + c.rule() + ": " + (c.map() != null ? c.map().regionName() : "RAM")
                    + " covers " + (c.hostRegion() != null ? c.hostRegion().reportedAs() + " " : "") + c.overlap();
            g.setFont(BOLD);
            g.setTextBaseline(VPos.BOTTOM);
            g.setTextAlign(TextAlignment.LEFT);
            double tw = textWidth("\u26a0 " + text, BOLD) + 14;
            double ty = y0 - 3 < geo.axisTop() + 16 ? y1 + 18 : y0 - 3;
            g.setFill(red);
            g.fillRoundRect(x0 + 4, ty - 16, tw, 17, 6, 6);
            g.setFill(Color.WHITE);
            g.fillText("\u26a0 " + text, x0 + 10, ty);
        }
    }

    private static void outlines(GraphicsContext g, PaintState s) {
        for (Lane lane : Lane.values()) {
            for (LaneItem item : visible(s, lane)) {
                boolean selected = item.source().equals(s.selected());
                boolean highlighted = s.highlighted().contains(item.source());
                if (!selected && !highlighted) {
                    continue;
                }
                double[] hx = s.geometry().horizontal(item);
                double y0 = s.axis().yOf(item.start());
                double y1 = Math.max(y0 + MIN_HEIGHT, s.axis().yAfter(item.last()));
                g.setStroke(highlighted ? s.palette().get("conflict") : s.palette().get("selection"));
                g.setLineWidth(3);
                if (selected && !highlighted) {
                    g.setLineDashes(6, 3);
                }
                g.strokeRect(hx[0] - 1, y0 - 1, hx[1] + 2, y1 - y0 + 2);
                g.setLineDashes((double[]) null);
            }
        }
    }

    private static void preview(GraphicsContext g, PaintState s) {
        RamBank bank = s.preview();
        if (bank == null) {
            return;
        }
        LaneItem item = LaneItems.bankItem(bank);
        double y0 = s.axis().yOf(bank.start());
        double y1 = s.axis().yAfter(bank.last());
        drawRange(g, s, item, y0, y1, 0.9);
        double[] hx = s.geometry().horizontal(item);
        g.setStroke(s.palette().get("preview"));
        g.setLineWidth(2);
        g.setLineDashes(6, 4);
        g.strokeRect(hx[0] - 2, y0 - 2, hx[1] + 4, Math.max(MIN_HEIGHT, y1 - y0) + 4);
        g.setLineDashes((double[]) null);
        g.setFont(MONO);
        g.setTextBaseline(VPos.BOTTOM);
        g.setFill(s.palette().get("text"));
        g.fillText(Address.hex(bank.start()) + " + " + Sizes.exact(bank.size()), hx[0], Math.max(y0 - 4, 14));
    }

    private static final javafx.scene.text.Text MEASURE = new javafx.scene.text.Text();

    static double textWidth(String text, Font font) {
        MEASURE.setFont(font);
        MEASURE.setText(text);
        return MEASURE.getLayoutBounds().getWidth();
    }

    /** The items of a lane that intersect the visible window, by binary search on the start-sorted list. */
    static List<LaneItem> visible(PaintState s, Lane lane) {
        List<LaneItem> items = s.items().lane(lane);
        AddressWindow w = s.axis().window();
        int lo = 0;
        int hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Address.lessOrEqual(items.get(mid).start(), w.last())) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<LaneItem> prefix = items.subList(0, lo);
        return prefix.stream().filter(i -> Address.lessOrEqual(w.start(), i.last())).toList();
    }
}
