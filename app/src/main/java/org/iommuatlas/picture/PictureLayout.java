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
            if (shapes.get(i) instanceof AggregateShape a && a.contains(x, y + 0.5) ) {
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
        private final double lineHeight;
        private final List<Shape> shapes = new ArrayList<>();
        private final List<Shape> labels = new ArrayList<>();
        private final Map<Lane, LaneGeometry> lanes = new EnumMap<>(Lane.class);
        private final List<double[]> labelBoxes = new ArrayList<>();
        private AxisScale scale;
        private double gapWidth;

        Run(PictureInput input, Viewport viewport, double width, double height, LayoutOptions options) {
            this.input = input;
            this.index = input.index();
            this.viewport = viewport;
            this.width = Math.max(width, 120);
            this.height = Math.max(height, 120);
            this.options = options;
            this.font = options.fontSize();
            this.lineHeight = font * 1.3;
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
            gapWidth = gap;
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
            shapes.addAll(labels);
            if (legendWidth > 0) {
                legend(width - margin - legendWidth, plotTop, legendWidth);
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
            Set<String> tinyDrawn = new HashSet<>();
            spans.forEachMeeting(viewport.start(), viewport.last(), k -> {
                Connector c = list.get(spans.id(k));
                boolean forward = c.fromLane().ordinal() < c.toLane().ordinal();
                Lane leftLane = forward ? c.fromLane() : c.toLane();
                Lane rightLane = forward ? c.toLane() : c.fromLane();
                long ls = forward ? c.fromStart() : c.toStart();
                long ll = forward ? c.fromLast() : c.toLast();
                long rs = forward ? c.toStart() : c.fromStart();
                long rl = forward ? c.toLast() : c.fromLast();
                double y1 = clampY(scale.y(ls));
                double y1b = clampY(scale.yEnd(ll));
                double y2 = clampY(scale.y(rs));
                double y2b = clampY(scale.yEnd(rl));
                if (y1b - y1 < 1 && y2b - y2 < 1) {
                    String key = c.style() + ":" + leftLane + ":" + rightLane + ":" + (int) y1 + ":" + (int) y2;
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
            li.drawnRanges.forEachMeeting(viewport.start(), viewport.last(), k -> {
                int i = li.drawnRanges.id(k);
                Item item = li.drawn.get(i);
                double y0 = clampY(scale.y(item.start()));
                double y1 = clampY(scale.yEnd(item.last()));
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
                itemLabel(g, (Item) c[0], (double) c[1], (double) c[2], (double) c[3], (double) c[4]);
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

        private void itemLabel(LaneGeometry g, Item item, double x, double y, double w, double h) {
            if (item.label().isEmpty()) {
                return;
            }
            double visibleTop = Math.max(y, g.top());
            double visibleBottom = Math.min(y + h, g.top() + g.height());
            double mid = (visibleTop + visibleBottom) / 2;
            double visibleHeight = visibleBottom - visibleTop;
            String tag = item.style().tag();
            double tagWidth = TextEstimate.width(tag, TextRole.TAG, font) + font;
            double room = w - font * 0.8;
            boolean withTag = TextEstimate.width(item.label(), TextRole.ITEM_LABEL, font) <= room - tagWidth;
            // The tag goes first when space is short: the name matters more than the second cue.
            String inside = TextEstimate.fit(item.label(), TextRole.ITEM_LABEL, font, withTag ? room - tagWidth : room);
            if (visibleHeight >= lineHeight && inside.length() >= Math.min(6, item.label().length())) {
                boolean detail = visibleHeight >= lineHeight * 2.3;
                double blockHeight = detail ? lineHeight * 2 : lineHeight;
                // Top of the visible part first (where the eye looks for a name), then the middle, then the bottom.
                double pad = Math.min(font * 0.35, (visibleHeight - blockHeight) / 2);
                double[] tops = {visibleTop + Math.max(0, pad), mid - blockHeight / 2,
                        visibleBottom - blockHeight - Math.max(0, pad)};
                double labelY = Double.NaN;
                for (double t : tops) {
                    if (t >= visibleTop - 0.5 && t + blockHeight <= visibleBottom + 0.5
                            && reserve(new double[] {x, t, w, blockHeight})) {
                        labelY = t + lineHeight / 2;
                        break;
                    }
                }
                if (Double.isNaN(labelY)) {
                    return;
                }
                labels.add(new TextShape(x + font * 0.5, labelY, inside, TextRole.ITEM_LABEL, TextAnchor.START));
                if (withTag) {
                    labels.add(new TextShape(x + w - font * 0.4, labelY, tag, TextRole.TAG, TextAnchor.END));
                }
                if (detail) {
                    String range = TextEstimate.fit(PictureText.rangeShort(item.start(), item.last()),
                            TextRole.ITEM_DETAIL, font, w - font);
                    labels.add(new TextShape(x + font * 0.5, labelY + lineHeight, range, TextRole.ITEM_DETAIL,
                            TextAnchor.START));
                }
                return;
            }
            String text = TextEstimate.fit(item.label() + " [" + tag + "]", TextRole.ITEM_LABEL_OUTSIDE, font,
                    g.right() - x - font * 0.6);
            if (text.isEmpty()) {
                return;
            }
            double textWidth = TextEstimate.width(text, TextRole.ITEM_LABEL_OUTSIDE, font);
            double tx = Math.max(g.x() + 2, Math.min(x + font * 0.4, g.right() - textWidth - font * 0.6));
            double[] box = {tx - 3, mid - lineHeight / 2, textWidth + 6, lineHeight};
            if (reserve(box)) {
                labels.add(new TextShape(tx, mid, text, TextRole.ITEM_LABEL_OUTSIDE, TextAnchor.START));
            }
        }

        /** Claims a label box unless it overlaps one already claimed; bigger items ask first. */
        private boolean reserve(double[] box) {
            for (double[] b : labelBoxes) {
                if (box[0] < b[0] + b[2] && b[0] < box[0] + box[2] && box[1] < b[1] + b[3] && b[1] < box[1] + box[3]) {
                    return false;
                }
            }
            labelBoxes.add(box);
            return true;
        }

        private void overlays(Lane lane, List<Shape> out) {
            PictureIndex.LaneItems li = index.lane(lane);
            LaneGeometry g = lanes.get(lane);
            li.overlayRanges.forEachMeeting(viewport.start(), viewport.last(), k -> {
                Item item = li.overlays.get(li.overlayRanges.id(k));
                double y0 = clampY(scale.y(item.start()));
                double y1 = clampY(scale.yEnd(item.last()));
                double h = y1 - y0;
                if (h < MIN_OVERLAY_PX) {
                    y0 -= (MIN_OVERLAY_PX - h) / 2;
                    h = MIN_OVERLAY_PX;
                }
                double bleed = font * 0.45;
                out.add(new RectShape(g.x() - bleed, y0, g.width() + 2 * bleed, h, item.style(), item.id()));
                labelBoxes.add(new double[] {g.x(), y0, g.width(), h}); // no item label hides under a highlight
                if (!item.label().isEmpty()) {
                    conflictLabel(g, item, y0, h);
                }
            });
        }

        /** The highlight's text just below the band (above it when at the bottom), on a plate, in up to two lines. */
        private void conflictLabel(LaneGeometry g, Item item, double y0, double h) {
            double maxWidth = g.width() + gapWidth * 0.85 - font * 0.8; // may reach into the gap on its right
            List<String> lines = wrap(item.label(), TextRole.CONFLICT_LABEL, maxWidth, 2);
            if (lines.isEmpty()) {
                return;
            }
            double lh = lineHeight * TextRole.CONFLICT_LABEL.scale();
            double blockHeight = lh * lines.size();
            double firstY = y0 + h + lh * 0.5 + 3;
            if (firstY - lh / 2 + blockHeight > g.top() + g.height()) {
                firstY = y0 - blockHeight + lh * 0.5 - 3;
            }
            double tx = g.x() + font * 0.4;
            double widest = lines.stream().mapToDouble(l -> TextEstimate.width(l, TextRole.CONFLICT_LABEL, font))
                    .max().orElse(0);
            labelBoxes.add(new double[] {tx - 3, firstY - lh / 2, widest + 6, blockHeight}); // conflicts always win
            TextRole role = item.style() == Style.CONFLICT ? TextRole.CONFLICT_LABEL : TextRole.CAUTION_LABEL;
            for (int i = 0; i < lines.size(); i++) {
                labels.add(new TextShape(tx, firstY + i * lh, lines.get(i), role, TextAnchor.START));
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

        private void legend(double x, double top, double w) {
            List<Legend.Entry> entries = Legend.entriesFor(input);
            if (entries.isEmpty()) {
                return;
            }
            double pad = font * 0.8;
            double rowName = font * 1.35;
            double meaningLine = font * TextRole.LEGEND_MEANING.scale() * 1.3;
            double swatchW = font * 2.4;
            double textX = x + pad + swatchW + font * 0.7;
            double textWidth = x + w - pad - textX;
            List<Shape> body = new ArrayList<>();
            double y = top + pad + font * 0.7;
            body.add(new TextShape(x + pad, y, "Legend", TextRole.LEGEND_TITLE, TextAnchor.START));
            y += font * 1.6;
            // Meanings only when every entry fits with them; otherwise names alone, so no style goes missing.
            double fullHeight = 0;
            for (Legend.Entry e : entries) {
                fullHeight += rowName * 0.95 + font * 0.55
                        + meaningLine * wrap(e.meaning(), TextRole.LEGEND_MEANING, textWidth, 2).size();
            }
            boolean withMeanings = y + fullHeight <= height - font;
            for (Legend.Entry e : entries) {
                double swatchTop = y - font * 0.55;
                double swatchH = font * 1.1;
                if (e.isConnector()) {
                    body.add(new BandShape(x + pad, swatchTop + swatchH * 0.3, swatchTop + swatchH * 0.7,
                            x + pad + swatchW, swatchTop, swatchTop + swatchH, e.connectorStyle(), null));
                } else {
                    body.add(new RectShape(x + pad, swatchTop, swatchW, swatchH, e.style(), null));
                }
                String name = e.isConnector() ? e.name() : e.name() + "  [" + e.style().tag() + "]";
                body.add(new TextShape(textX, y, TextEstimate.fit(name, TextRole.LEGEND_NAME, font, textWidth),
                        TextRole.LEGEND_NAME, TextAnchor.START));
                y += rowName * 0.95;
                if (withMeanings) {
                    for (String line : wrap(e.meaning(), TextRole.LEGEND_MEANING, textWidth, 2)) {
                        body.add(new TextShape(textX, y, line, TextRole.LEGEND_MEANING, TextAnchor.START));
                        y += meaningLine;
                    }
                    y += font * 0.55;
                } else {
                    y += font * 0.35;
                }
                if (y > height - font) {
                    break; // the legend is cut rather than drawn off the picture
                }
            }
            double panelHeight = Math.min(height - top - font, y - top);
            shapes.add(new PanelShape(x, top, w, panelHeight, PanelRole.LEGEND));
            shapes.addAll(body);
        }

        private List<String> wrap(String text, TextRole role, double maxWidth, int maxLines) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (TextEstimate.width(candidate, role, font) <= maxWidth || line.length() == 0) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
            if (lines.size() > maxLines) {
                List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
                String lastLine = cut.get(maxLines - 1) + " " + lines.get(maxLines);
                cut.set(maxLines - 1, TextEstimate.fit(lastLine + "\u2026", role, font, maxWidth));
                return cut;
            }
            return lines;
        }
    }
}
