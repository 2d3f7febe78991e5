package org.iommuatlas.picture;

import org.iommuatlas.picture.LineShape.LineRole;
import org.iommuatlas.picture.TextShape.TextAnchor;
import org.iommuatlas.picture.TextShape.TextRole;

import java.util.ArrayList;
import java.util.List;

/**
 * Places labels so that no two overlap: highlight texts first (they win), then item names,
 * bigger items before smaller ones. Each placement claims a box; a label whose every candidate
 * box is taken is dropped (its text stays in the tooltip).
 */
final class LabelPlacer {
    private final double font;
    private final double lineHeight;
    private final double gapWidth;
    private final List<Shape> labels = new ArrayList<>();
    private final List<double[]> labelBoxes = new ArrayList<>();
    private final List<double[]> highlightLabelBoxes = new ArrayList<>();

    /**
     * @param font     base font size
     * @param gapWidth width of the gap between lanes (a highlight's text may reach into it)
     */
    LabelPlacer(double font, double gapWidth) {
        this.font = font;
        this.lineHeight = font * 1.3;
        this.gapWidth = gapWidth;
    }

    /** The labels placed so far, in placement order. */
    List<Shape> shapes() {
        return labels;
    }

    /** Keeps item labels off an area (a highlight band) without drawing anything there. */
    void blockOut(double x, double y, double w, double h) {
        labelBoxes.add(new double[] {x, y, w, h});
    }

    /** An item's name inside its rectangle when it fits, else beside it on a plate. */
    void itemLabel(LaneGeometry g, Item item, double x, double y, double w, double h) {
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
            double[] box = insideBox(x, w, visibleTop, visibleBottom, detail ? lineHeight * 2 : lineHeight);
            if (box == null && detail) {
                // A band may leave room for the name but not for the range line: the name matters more.
                detail = false;
                box = insideBox(x, w, visibleTop, visibleBottom, lineHeight);
            }
            if (box == null) {
                return;
            }
            double labelY = box[1] + lineHeight / 2;
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

    /**
     * Claims a box of {@code blockHeight} inside the visible part of an item: the top of the
     * visible part first (where the eye looks for a name), then the middle, then the bottom; when
     * a highlight band or another label covers those, the largest stretch left free, so that a
     * conflict across a bank's middle does not take the bank's name away. Null when none fits.
     */
    private double[] insideBox(double x, double w, double visibleTop, double visibleBottom, double blockHeight) {
        double visibleHeight = visibleBottom - visibleTop;
        double pad = Math.max(0, Math.min(font * 0.35, (visibleHeight - blockHeight) / 2));
        double mid = (visibleTop + visibleBottom) / 2;
        List<Double> tops = new ArrayList<>(List.of(visibleTop + pad, mid - blockHeight / 2,
                visibleBottom - blockHeight - pad));
        for (double[] stretch : freeStretches(x, w, visibleTop, visibleBottom)) {
            double room = stretch[1] - stretch[0];
            tops.add(stretch[0] + Math.max(0, Math.min(font * 0.35, (room - blockHeight) / 2)));
        }
        for (double t : tops) {
            double[] box = {x, t, w, blockHeight};
            if (t >= visibleTop - 0.5 && t + blockHeight <= visibleBottom + 0.5 && reserve(box)) {
                return box;
            }
        }
        return null;
    }

    /** The vertical stretches of [top, bottom] that no claimed box over this column covers, largest first. */
    private List<double[]> freeStretches(double x, double w, double top, double bottom) {
        List<double[]> taken = new ArrayList<>();
        for (double[] b : labelBoxes) {
            if (b[0] < x + w && x < b[0] + b[2] && b[1] < bottom && top < b[1] + b[3]) {
                taken.add(b);
            }
        }
        taken.sort((a, b) -> Double.compare(a[1], b[1]));
        List<double[]> free = new ArrayList<>();
        double cursor = top;
        for (double[] b : taken) {
            if (b[1] > cursor) {
                free.add(new double[] {cursor, b[1]});
            }
            cursor = Math.max(cursor, b[1] + b[3]);
        }
        if (cursor < bottom) {
            free.add(new double[] {cursor, bottom});
        }
        free.sort((a, b) -> Double.compare(b[1] - b[0], a[1] - a[0]));
        return free;
    }

    /** Claims a label box unless it overlaps one already claimed; bigger items ask first. */
    private boolean reserve(double[] box) {
        for (double[] b : labelBoxes) {
            if (overlaps(b, box)) {
                return false;
            }
        }
        labelBoxes.add(box);
        return true;
    }

    private static boolean overlaps(double[] a, double[] b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    }

    /** The highlight's text just below the band (above it when at the bottom), on a plate, in up to two lines. */
    void highlightLabel(LaneGeometry g, Item item, double y0, double h) {
        double maxWidth = g.width() + gapWidth * 0.85 - font * 0.8; // may reach into the gap on its right
        List<String> lines = TextEstimate.wrap(item.label(), TextRole.CONFLICT_LABEL, font, maxWidth, 2);
        if (lines.isEmpty()) {
            return;
        }
        double lh = lineHeight * TextRole.CONFLICT_LABEL.scale();
        double blockHeight = lh * lines.size();
        double tx = g.x() + font * 0.4;
        double widest = lines.stream().mapToDouble(l -> TextEstimate.width(l, TextRole.CONFLICT_LABEL, font))
                .max().orElse(0);
        // Below the band, else above it, else further down: never over another highlight's text.
        List<Double> tops = new ArrayList<>();
        tops.add(y0 + h + 3);
        tops.add(y0 - blockHeight - 3);
        for (int step = 1; step <= 8; step++) {
            tops.add(y0 + h + 3 + step * lh);
        }
        double[] box = null;
        for (double top : tops) {
            double[] candidate = {tx - 3, top, widest + 6, blockHeight};
            boolean inside = top >= g.top() - 1 && top + blockHeight <= g.top() + g.height() + 1;
            if (inside && highlightLabelBoxes.stream().noneMatch(b -> overlaps(b, candidate))) {
                box = candidate;
                break;
            }
        }
        if (box == null) {
            return; // the band stays; its text is in the tooltip and the conflicts list
        }
        double firstY = box[1] + lh / 2;
        if (box[1] != tops.get(0) && box[1] != tops.get(1)) {
            // pushed away by another highlight's text: a leader line keeps it tied to its band
            double lx = g.x() + font * 0.2;
            labels.add(new LineShape(lx, y0 + h / 2, lx, firstY, LineRole.LEADER));
        }
        highlightLabelBoxes.add(box);
        labelBoxes.add(box); // highlight texts win over item labels
        TextRole role = item.style() == Style.CONFLICT ? TextRole.CONFLICT_LABEL : TextRole.CAUTION_LABEL;
        for (int i = 0; i < lines.size(); i++) {
            labels.add(new TextShape(tx, firstY + i * lh, lines.get(i), role, TextAnchor.START));
        }
    }
}
