package org.iommuatlas.picture;

import org.iommuatlas.picture.TextShape.TextAnchor;
import org.iommuatlas.picture.TextShape.TextRole;

/**
 * Paints a {@link Drawing} with a {@link Palette} on any {@link Painter}, walking the primitives
 * once in order. All decisions about colours, line widths and fonts per primitive live here, so
 * the window, the PNG and the SVG look alike.
 */
public final class DrawingRenderer {
    private DrawingRenderer() {
    }

    public static void paint(Drawing drawing, Palette palette, Painter painter) {
        Ctx ctx = new Ctx(palette, painter, drawing);
        for (Shape s : drawing.shapes()) {
            ctx.paint(s);
        }
    }

    /** The font a text role uses at a palette's base size. */
    public static FontSpec font(TextRole role, double baseSize) {
        return new FontSpec(baseSize * role.scale(), role.bold(), role.mono());
    }

    private record Ctx(Palette palette, Painter painter, Drawing drawing) {
        double line() {
            return palette.lineWidth();
        }

        double fontSize() {
            return palette.fontSize();
        }

        void paint(Shape shape) {
            if (shape instanceof PanelShape p) {
                panel(p);
            } else if (shape instanceof RectShape r) {
                rect(r);
            } else if (shape instanceof AggregateShape a) {
                aggregate(a);
            } else if (shape instanceof BandShape b) {
                band(b);
            } else if (shape instanceof LineShape l) {
                line(l);
            } else if (shape instanceof TextShape t) {
                text(t);
            } else if (shape instanceof BreakMark m) {
                breakMark(m);
            }
        }

        void panel(PanelShape p) {
            switch (p.role()) {
                case BACKGROUND -> painter.fillRect(p.x(), p.y(), p.w(), p.h(), Fill.solid(palette.background()));
                case LANE -> painter.fillRect(p.x(), p.y(), p.w(), p.h(), Fill.solid(palette.lane()));
                case LEGEND -> {
                    painter.fillRect(p.x(), p.y(), p.w(), p.h(), Fill.solid(palette.lane()));
                    painter.strokeRect(p.x(), p.y(), p.w(), p.h(), Stroke.solid(palette.grid(), line()));
                }
                case STATUS_ERROR -> status(p, palette.fill(Style.CONFLICT));
                case STATUS_WARN -> status(p, palette.fill(Style.CAUTION));
                case STATUS_INFO -> status(p, palette.grid());
            }
        }

        void status(PanelShape p, Rgb accent) {
            painter.fillRect(p.x(), p.y(), p.w(), p.h(), Fill.solid(accent.withAlpha(40)));
            painter.fillRect(p.x(), p.y(), Math.max(4, line() * 4), p.h(), Fill.solid(accent));
            painter.strokeRect(p.x(), p.y(), p.w(), p.h(), Stroke.solid(accent, line()));
        }

        void rect(RectShape r) {
            Style style = r.style();
            Rgb outline = palette.outline(style);
            painter.fillRect(r.x(), r.y(), r.w(), r.h(), palette.fillOf(style));
            double width = line();
            double[] dash = Stroke.SOLID;
            if (style.pattern() == Pattern.DASHED_OUTLINE) {
                outline = palette.ink(style);
                width = line() * 1.5;
                dash = new double[] {5 * line(), 3 * line()};
            }
            if (style == Style.CONFLICT) {
                outline = palette.text();
                width = line() * 2.5;
            }
            if (style == Style.RAM_BANK_SELECTED) {
                outline = palette.text();
                width = line() * 2.5;
            }
            if (r.h() >= 3 || style.tier() == Style.Tier.OVERLAY) {
                painter.strokeRect(r.x(), r.y(), r.w(), r.h(), new Stroke(outline, width, dash));
            }
        }

        void aggregate(AggregateShape a) {
            // Thin strips of many items: solid in the dominant style, no pattern (it would not show).
            painter.fillRect(a.x(), a.y(), a.w(), a.h(), Fill.solid(palette.fill(a.style())));
        }

        void band(BandShape b) {
            Rgb color = palette.connector(b.style());
            // RAM backing fans out over all of host RAM: a faint dotted haze, not a solid block,
            // because the pages behind a bank are scattered rather than contiguous.
            Fill fill = b.style() == ConnectorStyle.RAM_BACKING
                    ? new Fill(color, Pattern.DOTS, color.withAlpha(Math.min(255, color.alpha() * 2 + 40)))
                    : Fill.solid(color);
            painter.fillPolygon(b.xs(), b.ys(), fill);
            Rgb edge = color.withAlpha(Math.min(255, color.alpha() * 2 + 60));
            Stroke stroke = new Stroke(edge, line(), b.style().dashed() ? new double[] {4 * line(), 3 * line()}
                    : Stroke.SOLID);
            painter.line(b.x1(), b.y1Top(), b.x2(), b.y2Top(), stroke);
            painter.line(b.x1(), b.y1Bottom(), b.x2(), b.y2Bottom(), stroke);
        }

        void line(LineShape l) {
            Stroke stroke = switch (l.role()) {
                case GRID -> Stroke.solid(palette.grid(), line());
                case TICK -> Stroke.solid(palette.textMuted(), line());
                case LANE_EDGE -> Stroke.solid(palette.laneEdge(), line());
                case SEPARATOR -> Stroke.solid(palette.grid(), line());
                case LEADER -> Stroke.solid(palette.fill(Style.CONFLICT), line() * 1.5);
            };
            painter.line(l.x1(), l.y1(), l.x2(), l.y2(), stroke);
        }

        void text(TextShape t) {
            FontSpec font = font(t.role(), fontSize());
            Rgb color = switch (t.role()) {
                case SUBTITLE, LANE_SUBHEADER, TICK_LABEL, LEGEND_MEANING, BREAK_LABEL -> palette.textMuted();
                case CONFLICT_LABEL -> palette.color("-atlas-conflict-ink");
                case CAUTION_LABEL -> palette.text();
                case STATUS -> palette.text();
                default -> palette.text();
            };
            if (t.role() == TextRole.ITEM_LABEL || t.role() == TextRole.ITEM_DETAIL || t.role() == TextRole.TAG) {
                Style under = styleUnder(t);
                if (under != null) {
                    color = palette.textOn(under);
                    if (!t.role().equals(TextRole.ITEM_LABEL) && !t.role().equals(TextRole.ITEM_DETAIL)) {
                        color = color.withAlpha(200);
                    }
                    if (under.pattern() != Pattern.SOLID && under.pattern() != Pattern.DASHED_OUTLINE) {
                        plate(t, font, palette.plate());
                        color = palette.text();
                    }
                }
            }
            if (t.role() == TextRole.ITEM_LABEL_OUTSIDE) {
                plate(t, font, palette.plate());
            }
            if (t.role() == TextRole.CONFLICT_LABEL) {
                plate(t, font, palette.fill(Style.CONFLICT));
            }
            if (t.role() == TextRole.CAUTION_LABEL) {
                plate(t, font, palette.fill(Style.CAUTION));
            }
            painter.text(t.x(), t.y(), t.text(), font, t.anchor(), color);
        }

        void plate(TextShape t, FontSpec font, Rgb fill) {
            double w = painter.textWidth(t.text(), font);
            double x = switch (t.anchor()) {
                case START -> t.x();
                case MIDDLE -> t.x() - w / 2;
                case END -> t.x() - w;
            };
            double pad = font.size() * 0.3;
            painter.fillRect(x - pad, t.y() - font.size() * 0.7, w + 2 * pad, font.size() * 1.4, Fill.solid(fill));
        }

        /** The style of the item rectangle a label sits in (the last rect containing its anchor point). */
        Style styleUnder(TextShape t) {
            double probeX = t.anchor() == TextAnchor.END ? t.x() - 1 : t.x() + 1;
            Style found = null;
            for (Shape s : drawing.shapes()) {
                if (s instanceof RectShape r && r.itemId() != null && r.contains(probeX, t.y())) {
                    found = r.style();
                }
                if (s == t) {
                    break;
                }
            }
            return found;
        }

        void breakMark(BreakMark m) {
            double h = m.yBottom() - m.yTop();
            double amp = Math.min(h * 0.2, fontSize() * 0.35);
            painter.fillRect(m.x1(), m.yTop(), m.x2() - m.x1(), h, Fill.solid(palette.breakFill()));
            Stroke zig = Stroke.solid(palette.laneEdge(), line());
            zigzag(m.x1(), m.x2(), m.yTop() + amp, amp, zig);
            zigzag(m.x1(), m.x2(), m.yBottom() - amp, amp, zig);
            if (h >= fontSize()) {
                FontSpec font = font(TextRole.BREAK_LABEL, fontSize());
                TextShape label = new TextShape((m.x1() + m.x2()) / 2, (m.yTop() + m.yBottom()) / 2, m.sizeLabel(),
                        TextRole.BREAK_LABEL, TextAnchor.MIDDLE);
                plate(label, font, palette.breakFill());
                painter.text(label.x(), label.y(), label.text(), font, TextAnchor.MIDDLE, palette.textMuted());
            }
        }

        void zigzag(double x1, double x2, double yMid, double amp, Stroke stroke) {
            double step = Math.max(4, fontSize() * 0.6);
            int n = (int) Math.ceil((x2 - x1) / step) + 1;
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = Math.min(x2, x1 + i * step);
                ys[i] = yMid + (i % 2 == 0 ? -amp : amp);
            }
            painter.strokePolyline(xs, ys, false, stroke);
        }
    }
}
