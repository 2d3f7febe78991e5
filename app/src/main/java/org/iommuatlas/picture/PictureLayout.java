package org.iommuatlas.picture;

import org.iommuatlas.picture.LineShape.LineRole;
import org.iommuatlas.picture.PanelShape.PanelRole;
import org.iommuatlas.picture.TextShape.TextAnchor;
import org.iommuatlas.picture.TextShape.TextRole;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lays a {@link PictureInput} out as a {@link Drawing} for one viewport and size: title and
 * status on top, three lanes side by side with connectors in the gaps, a hex axis on the left,
 * an optional legend on the right. Only what meets the viewport is emitted; items thinner than a
 * pixel are counted into one {@link AggregateShape} per pixel row, so a frame costs
 * O(visible items + pixel rows) however many items the input holds.
 */
public final class PictureLayout {
    /** Items thinner than this many pixels are aggregated per pixel row. */
    static final double MIN_ITEM_PX = 1.0;
    /** Host constraints are drawn at least this tall, so a 4 KiB region never vanishes. */
    static final double MIN_CONSTRAINT_PX = 2.0;
    /** Highlights are drawn at least this tall: a conflict must always be seen. */
    static final double MIN_OVERLAY_PX = 5.0;

    private PictureLayout() {
    }

    public static Drawing layout(PictureInput input, Viewport viewport, double width, double height,
                                 LayoutOptions options) {
        return new Run(input, viewport, width, height, options).build();
    }

    /** The topmost item id under a point, for tooltips, selection and dragging. */
    public static Optional<String> hitTest(Drawing drawing, double x, double y) {
        List<String> all = hitTestAll(drawing, x, y);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every item id under a point, topmost first (a conflict, then the RAM bank beneath it). */
    public static List<String> hitTestAll(Drawing drawing, double x, double y) {
        List<String> out = new ArrayList<>();
        List<Shape> shapes = drawing.shapes();
        for (int i = shapes.size() - 1; i >= 0; i--) {
            if (shapes.get(i) instanceof RectShape r && r.itemId() != null && r.contains(x, y)
                    && !out.contains(r.itemId())) {
                out.add(r.itemId());
            }
        }
        return out;
    }

    /** The aggregate strip under a point, if any (its tooltip says how many items it stands for). */
    public static Optional<AggregateShape> aggregateAt(Drawing drawing, double x, double y) {
        List<Shape> shapes = drawing.shapes();
        for (int i = shapes.size() - 1; i >= 0; i--) {
            if (shapes.get(i) instanceof AggregateShape a && a.contains(x, y)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** One layout pass; fields hold the geometry decided so far. */
    private static final class Run {
        private final PictureInput input;
        private final PictureIndex index;
        private final Viewport viewport;
        private final double width;
        private final double height;
        private final LayoutOptions options;
        private final double font;
        private final List<Shape> shapes = new ArrayList<>();
        private final Map<Lane, LaneGeometry> lanes = new EnumMap<>(Lane.class);
        private AxisScale scale;
        private LabelPlacer placer;

        Run(PictureInput input, Viewport viewport, double width, double height, LayoutOptions options) {
            this.input = input;
            this.index = input.index();
            this.viewport = viewport;
            this.width = Math.max(width, 120);
            this.height = Math.max(height, 120);
            this.options = options;
            this.font = options.fontSize();
        }

        Drawing build() {
            shapes.add(new PanelShape(0, 0, width, height, PanelRole.BACKGROUND));
            double margin = Math.round(font * 1.2);
            double y = margin;
            if (options.showTitle()) {
                y = titleBlock(margin, y);
            }
            double legendWidth = options.showLegend() ? Math.min(340, Math.max(230, width * 0.22)) : 0;
            double headerHeight = font * (TextRole.LANE_HEADER.scale() + TextRole.LANE_SUBHEADER.scale()) * 1.35;
            double plotTop = y + headerHeight + font * 1.2;
            double plotHeight = Math.max(20, height - margin - plotTop);
            scale = index.scale(viewport, options.folded(), plotTop, plotHeight);
            List<HexTicks.Tick> ticks = HexTicks.ticks(scale, options.minTickSpacing(), boundaries(plotHeight));
            double axisWidth = font * 1.2 + ticks.stream()
                    .mapToDouble(t -> TextEstimate.width(t.label(), TextRole.TICK_LABEL, font)).max().orElse(font * 6);
            double left = margin + axisWidth;
            double right = width - margin - (legendWidth > 0 ? legendWidth + margin : 0);
            double usable = Math.max(60, right - left);
            double gap = Math.max(font * 3, usable * 0.1);
            placer = new LabelPlacer(font, gap);
            double laneWidth = Math.max(20, (usable - 2 * gap) / 3);
            for (Lane lane : Lane.values()) {
                double x = left + lane.ordinal() * (laneWidth + gap);
                lanes.put(lane, new LaneGeometry(lane, x, laneWidth, plotTop, plotHeight));
                laneHeader(lanes.get(lane), y);
            }
            connectors();
            for (LaneGeometry g : lanes.values()) {
                shapes.add(new PanelShape(g.x(), g.top(), g.width(), g.height(), PanelRole.LANE));
            }
            axis(ticks, left);
            List<Shape> overlayShapes = new ArrayList<>();
            for (Lane lane : Lane.values()) {
                overlays(lane, overlayShapes);
            }
            for (Lane lane : Lane.values()) {
                laneItems(lane);
            }
            breaks();
            shapes.addAll(overlayShapes);
            for (LaneGeometry g : lanes.values()) {
                shapes.add(new LineShape(g.x(), g.top(), g.x(), g.top() + g.height(), LineRole.LANE_EDGE));
                shapes.add(new LineShape(g.right(), g.top(), g.right(), g.top() + g.height(), LineRole.LANE_EDGE));
            }
            shapes.addAll(placer.shapes());
            if (legendWidth > 0) {
                shapes.addAll(LegendLayout.layout(input, width - margin - legendWidth, plotTop, legendWidth, height,
                        font));
            }
            return new Drawing(width, height, shapes, scale, lanes);
        }

        private double titleBlock(double margin, double y) {
            double cursor = y;
            if (!input.title().isEmpty()) {
                cursor += font * TextRole.TITLE.scale() * 0.65;
                shapes.add(new TextShape(margin, cursor, input.title(), TextRole.TITLE, TextAnchor.START));
                cursor += font * TextRole.TITLE.scale() * 0.85;
            }
            if (!input.subtitle().isEmpty()) {
                cursor += font * 0.6;
                shapes.add(new TextShape(margin, cursor, input.subtitle(), TextRole.SUBTITLE, TextAnchor.START));
                cursor += font * 0.9;
            }
            if (!input.status().isEmpty()) {
                cursor += font * 0.5;
                double h = font * TextRole.STATUS.scale() * 2.0;
                PanelRole role = switch (input.statusSeverity()) {
                    case ERROR -> PanelRole.STATUS_ERROR;
                    case WARN -> PanelRole.STATUS_WARN;
                    case INFO -> PanelRole.STATUS_INFO;
                };
                shapes.add(new PanelShape(margin, cursor, width - 2 * margin, h, role));
                String text = TextEstimate.fit(input.status(), TextRole.STATUS, font, width - 2 * margin - font * 1.6);
                shapes.add(new TextShape(margin + font * 0.8, cursor + h / 2, text, TextRole.STATUS, TextAnchor.START));
                cursor += h;
            }
            return cursor + font * 0.8;
        }

        /**
         * Starts and ends of the visible items tall enough to matter: on a folded scale these are
         * the addresses worth reading off the axis. Highlights first. Capped per frame.
         */
        private long[] boundaries(double plotHeight) {
            int cap = (int) Math.max(16, plotHeight / 2);
            long[] out = new long[cap];
            int[] n = {0};
            for (Lane lane : Lane.values()) {
                PictureIndex.LaneItems li = index.lane(lane);
                collectBoundaries(li.overlays, li.overlayRanges, out, n);
            }
            for (Lane lane : Lane.values()) {
                PictureIndex.LaneItems li = index.lane(lane);
                collectBoundaries(li.drawn, li.drawnRanges, out, n);
            }
            return java.util.Arrays.copyOf(out, n[0]);
        }

        private void collectBoundaries(List<Item> items, SortedRanges ranges, long[] out, int[] n) {
            ranges.forEachMeeting(viewport.start(), viewport.last(), k -> {
                if (n[0] + 2 > out.length) {
                    return;
                }
                Item item = items.get(ranges.id(k));
                if (org.iommuatlas.model.Address.lessOrEqual(viewport.start(), item.start())) {
                    out[n[0]++] = item.start();
                }
                if (item.last() != org.iommuatlas.model.Address.MAX
                        && org.iommuatlas.model.Address.lessThan(item.last(), viewport.last())) {
                    out[n[0]++] = item.last() + 1;
                }
            });
        }

        private void laneHeader(LaneGeometry g, double y) {
            double cx = g.x() + g.width() / 2;
            double headerY = y + font * TextRole.LANE_HEADER.scale() * 0.6;
            shapes.add(new TextShape(cx, headerY, g.lane().title(), TextRole.LANE_HEADER, TextAnchor.MIDDLE));
            shapes.add(new TextShape(cx, headerY + font * 1.45, g.lane().meaning(), TextRole.LANE_SUBHEADER,
                    TextAnchor.MIDDLE));
        }

        private void axis(List<HexTicks.Tick> ticks, double left) {
            for (HexTicks.Tick t : ticks) {
                for (LaneGeometry g : lanes.values()) {
                    shapes.add(new LineShape(g.x(), t.y(), g.right(), t.y(), LineRole.GRID));
                    shapes.add(new LineShape(g.x() - font * 0.4, t.y(), g.x(), t.y(), LineRole.TICK));
                }
                shapes.add(new TextShape(left - font * 0.7, t.y(), t.label(), TextRole.TICK_LABEL, TextAnchor.END));
            }
        }

        private double clampY(double y) {
            return Math.max(scale.top() - 2, Math.min(scale.bottom() + 2, y));
        }

        private void connectors() {
            List<Connector> list = index.connectors();
            SortedRanges spans = index.connectorSpans();
            Set<Long> tinyDrawn = new HashSet<>();
            AxisScale.Cursor cursor = scale.cursor();
            spans.forEachMeeting(viewport.start(), viewport.last(), k -> {
                Connector c = list.get(spans.id(k));
                boolean forward = c.fromLane().ordinal() < c.toLane().ordinal();
                Lane leftLane = forward ? c.fromLane() : c.toLane();
                Lane rightLane = forward ? c.toLane() : c.fromLane();
                long ls = forward ? c.fromStart() : c.toStart();
                long ll = forward ? c.fromLast() : c.toLast();
                long rs = forward ? c.toStart() : c.fromStart();
                long rl = forward ? c.toLast() : c.fromLast();
                double y1 = clampY(cursor.y(ls));
                double y1b = clampY(cursor.yEnd(ll));
                double y2 = clampY(cursor.y(rs));
                double y2b = clampY(cursor.yEnd(rl));
                if (y1b - y1 < 1 && y2b - y2 < 1) {
                    long key = ((long) c.style().ordinal() << 56) | ((long) leftLane.ordinal() << 52)
                            | ((long) rightLane.ordinal() << 48) | (((long) y1 & 0xffffff) << 24) | ((long) y2 & 0xffffff);
                    if (!tinyDrawn.add(key)) {
                        return; // one band per pixel row is enough
                    }
                    y1b = y1 + 1;
                    y2b = y2 + 1;
                }
                // A band skipping a lane (guest RAM to host RAM) is drawn only in the gap beside its far
                // end, leaving the near gap to the bands that belong there; it starts at the skipped
                // lane's edge on the same rows (IOVA = GPA rows when there is no vIOMMU).
                double startX = rightLane.ordinal() - leftLane.ordinal() > 1
                        ? lanes.get(Lane.values()[rightLane.ordinal() - 1]).right() : lanes.get(leftLane).right();
                shapes.add(new BandShape(startX, y1, y1b, lanes.get(rightLane).x(), y2, y2b, c.style(), c.id()));
            });
        }

        /** Per pixel row and column, the items too thin to draw on their own. */
        private static final class Bucket {
            int count;
            int firstItem;
            long first;
            long last;
            final int[] styleCounts = new int[Style.values().length];
        }

        private void laneItems(Lane lane) {
            PictureIndex.LaneItems li = index.lane(lane);
            LaneGeometry g = lanes.get(lane);
            int columns = li.columnCount;
            double columnWidth = g.width() / columns;
            int rows = (int) Math.ceil(g.height()) + 1;
            Bucket[][] buckets = new Bucket[columns][];
            List<Object[]> labelCandidates = new ArrayList<>();
            AxisScale.Cursor cursor = scale.cursor(); // items come in start order
            li.drawnRanges.forEachMeeting(viewport.start(), viewport.last(), k -> {
                int i = li.drawnRanges.id(k);
                Item item = li.drawn.get(i);
                double y0 = clampY(cursor.y(item.start()));
                double y1 = clampY(cursor.yEnd(item.last()));
                double h = y1 - y0;
                int col = li.column[i];
                double x = g.x() + col * columnWidth + 1.5;
                double w = Math.max(1, columnWidth - 3);
                if (h < MIN_ITEM_PX) {
                    if (buckets[col] == null) {
                        buckets[col] = new Bucket[rows];
                    }
                    int row = (int) Math.max(0, Math.min(rows - 1, Math.floor(y0 - g.top())));
                    Bucket b = buckets[col][row];
                    if (b == null) {
                        b = new Bucket();
                        b.firstItem = i;
                        b.first = item.start();
                        b.last = item.last();
                        buckets[col][row] = b;
                    }
                    b.count++;
                    b.styleCounts[item.style().ordinal()]++;
                    b.last = org.iommuatlas.model.Address.max(b.last, item.last());
                    return;
                }
                if (item.style().tier() == Style.Tier.CONSTRAINT && h < MIN_CONSTRAINT_PX) {
                    y0 -= (MIN_CONSTRAINT_PX - h) / 2;
                    h = MIN_CONSTRAINT_PX;
                }
                Style style = displayStyle(item);
                shapes.add(new RectShape(x, y0, w, h, style, item.id()));
                labelCandidates.add(new Object[] {item, x, y0, w, h});
            });
            for (int col = 0; col < columns; col++) {
                if (buckets[col] == null) {
                    continue;
                }
                double x = g.x() + col * columnWidth + 1.5;
                double w = Math.max(1, columnWidth - 3);
                for (int row = 0; row < rows; row++) {
                    Bucket b = buckets[col][row];
                    if (b == null) {
                        continue;
                    }
                    double y = g.top() + row;
                    if (b.count == 1) {
                        Item item = li.drawn.get(b.firstItem);
                        shapes.add(new RectShape(x, y, w, 1, displayStyle(item), item.id()));
                    } else {
                        shapes.add(new AggregateShape(x, y, w, 1, lane, dominant(b), b.count, b.first, b.last));
                    }
                }
            }
            labelCandidates.sort(Comparator.comparingDouble((Object[] c) -> (double) c[4]).reversed());
            for (Object[] c : labelCandidates) {
                placer.itemLabel(g, (Item) c[0], (double) c[1], (double) c[2], (double) c[3], (double) c[4]);
            }
        }

        private Style displayStyle(Item item) {
            if (item.style() == Style.RAM_BANK && item.id().equals(options.selectedId())) {
                return Style.RAM_BANK_SELECTED;
            }
            return item.style();
        }

        private static Style dominant(Bucket b) {
            int best = 0;
            for (int s = 1; s < b.styleCounts.length; s++) {
                if (b.styleCounts[s] > b.styleCounts[best]) {
                    best = s;
                }
            }
            return Style.values()[best];
        }

        private void overlays(Lane lane, List<Shape> out) {
            PictureIndex.LaneItems li = index.lane(lane);
            LaneGeometry g = lanes.get(lane);
            List<Item> visible = new ArrayList<>();
            li.overlayRanges.forEachMeeting(viewport.start(), viewport.last(),
                    k -> visible.add(li.overlays.get(li.overlayRanges.id(k))));
            // Cautions are painted first so a conflict is never covered by one...
            visible.sort(Comparator.comparingInt((Item i) -> i.style() == Style.CONFLICT ? 1 : 0));
            List<RectShape> bands = new ArrayList<>();
            for (Item item : visible) {
                double y0 = clampY(scale.y(item.start()));
                double y1 = clampY(scale.yEnd(item.last()));
                double h = y1 - y0;
                if (h < MIN_OVERLAY_PX) {
                    y0 -= (MIN_OVERLAY_PX - h) / 2;
                    h = MIN_OVERLAY_PX;
                }
                double bleed = font * 0.45;
                RectShape band = new RectShape(g.x() - bleed, y0, g.width() + 2 * bleed, h, item.style(), item.id());
                out.add(band);
                bands.add(band);
                placer.blockOut(g.x(), y0, g.width(), h); // no item label hides under a highlight
            }
            // ...and a conflict's text is placed first, so it gets the best spot.
            for (int i = visible.size() - 1; i >= 0; i--) {
                Item item = visible.get(i);
                if (!item.label().isEmpty()) {
                    placer.highlightLabel(g, item, bands.get(i).y(), bands.get(i).h());
                }
            }
        }

        private void breaks() {
            if (scale.breaks().isEmpty()) {
                return;
            }
            LaneGeometry first = lanes.get(Lane.GPA);
            LaneGeometry last = lanes.get(Lane.HPA);
            for (Break b : scale.breaks()) {
                double y0 = clampY(scale.y(b.start()));
                double y1 = clampY(scale.yEnd(b.last()));
                if (y1 - y0 < 2) {
                    continue;
                }
                shapes.add(new BreakMark(first.x() - font * 0.6, last.right() + font * 0.6, y0, y1,
                        b.sizeLabel() + " empty", b.start(), b.last()));
            }
        }

    }
}
