package org.iommuatlas.ui.canvas;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.Sizes;
import org.iommuatlas.picture.AxisScale;
import org.iommuatlas.picture.Drawing;
import org.iommuatlas.picture.Fill;
import org.iommuatlas.picture.FontSpec;
import org.iommuatlas.picture.Lane;
import org.iommuatlas.picture.LaneGeometry;
import org.iommuatlas.picture.Painter;
import org.iommuatlas.picture.Palette;
import org.iommuatlas.picture.Rgb;
import org.iommuatlas.picture.Stroke;
import org.iommuatlas.picture.Style;
import org.iommuatlas.picture.TextShape.TextAnchor;
import org.iommuatlas.ui.port.ConflictView;
import org.iommuatlas.ui.port.Severity;

/**
 * What the window draws over the laid-out picture: outlines around both sides of a clicked
 * conflict, and during a drag the bank's preview copy with its live conflicts (on the bank, the
 * host region it hits and the failing map in the IOVA lane). Painted through the same
 * {@link Painter} and palette as the picture.
 */
final class DragOverlay {
    private static final double[] DASH = {6, 4};

    /** The preview's layers, lowest first: each lies over those before it (see {@link NodePainter#layer}). */
    enum Layer {
        CONFLICT_BANDS, CONFLICT_EDGES, HOST_OUTLINES, TAG_PLATE, TAG_TEXT, BANK_COPY, BANK_OUTLINE, LABEL_PLATE, LABEL_TEXT
    }

    private DragOverlay() {
    }

    /** Outlines round both sides of a chosen conflict (painted with the picture). */
    static void paintHighlights(Painter p, AtlasCanvasView view, Palette palette) {
        Rgb conflict = palette.outline(Style.CONFLICT);
        for (Object source : view.highlightedProperty().get()) {
            view.rectOf(view.idOf(source)).ifPresent(r ->
                    p.strokeRect(r.x() - 2, r.y() - 2, r.w() + 4, r.h() + 4, Stroke.solid(conflict, 3)));
        }
    }

    /** During a drag the committed bank fades to a ghost (painted once with the frozen picture). */
    static void paintGhost(Painter p, AtlasCanvasView view, Palette palette) {
        RamBank bank = view.previewProperty().get();
        if (bank != null) {
            view.rectOf(view.idOf(bank)).ifPresent(r -> p.fillRect(r.x(), r.y(), r.w(), r.h(),
                    Fill.solid(palette.lane().withAlpha(170))));
        }
    }

    /**
     * What moves with the pointer: the preview copy, its address label and its live conflicts.
     * Painted per drag event as shapes over the frozen picture (see {@link NodePainter}).
     */
    static void paintPreview(NodePainter p, AtlasCanvasView view, Palette palette) {
        RamBank bank = view.previewProperty().get();
        if (bank == null) {
            return;
        }
        Drawing d = view.drawing();
        Rgb conflict = palette.outline(Style.CONFLICT);
        AxisScale scale = d.scale();
        LaneGeometry gpa = d.lane(Lane.GPA);
        paintLiveConflicts(p, view, palette, conflict);
        double y0 = scale.y(bank.start());
        double y1 = Math.max(y0 + 3, scale.yEnd(bank.last()));
        Fill copy = palette.fillOf(Style.RAM_BANK_SELECTED);
        p.layer(Layer.BANK_COPY.ordinal());
        p.fillRect(gpa.x(), y0, gpa.width(), y1 - y0, new Fill(copy.color().withAlpha(150), copy.pattern(), copy.ink()));
        p.layer(Layer.BANK_OUTLINE.ordinal());
        p.strokeRect(gpa.x() - 1, y0 - 1, gpa.width() + 2, y1 - y0 + 2,
                new Stroke(palette.outline(Style.RAM_BANK_SELECTED), 2.5, DASH));
        String label = Address.hex(bank.start()) + " \u2013 " + Address.hex(bank.last()) + "  (" + Sizes.exact(bank.size()) + ")";
        FontSpec mono = new FontSpec(palette.fontSize(), true, true);
        double lw = p.textWidth(label, mono) + 10;
        double ly = Math.max(scale.top() + 9, y0 - 11);
        p.layer(Layer.LABEL_PLATE.ordinal());
        p.fillRect(gpa.x(), ly - 9, lw, 18, Fill.solid(palette.plate()));
        p.layer(Layer.LABEL_TEXT.ordinal());
        p.text(gpa.x() + 5, ly, label, mono, TextAnchor.START, palette.text());
    }

    /**
     * The live findings of the dragged bank: a band on the bank and on the IOVA map where it would
     * fail, an outline round the host region it hits, and one tag naming the first failure (what
     * QEMU would report first) and how many more there are. Bands and outlines are merged per pixel
     * span, so hundreds of findings under one bank cost a few fills, not hundreds of fills and tags.
     */
    private static void paintLiveConflicts(NodePainter p, AtlasCanvasView view, Palette palette, Rgb conflict) {
        Drawing d = view.drawing();
        AxisScale scale = d.scale();
        LaneGeometry gpa = d.lane(Lane.GPA);
        LaneGeometry iova = d.lane(Lane.IOVA);
        PixelBands overlaps = new PixelBands();
        PixelBands hostRegions = new PixelBands();
        ConflictView first = null;
        int errors = 0;
        for (ConflictView c : view.liveConflictsProperty().get()) {
            if (c.severity() != Severity.ERROR) {
                continue;
            }
            errors++;
            if (first == null) {
                first = c;
            }
            double y0 = scale.y(c.overlap().start());
            overlaps.add(y0, Math.max(y0 + 5, scale.yEnd(c.overlap().last())));
            if (c.hostRegion() != null) {
                double r0 = scale.y(c.hostRegion().start());
                hostRegions.add(r0, Math.max(r0 + 5, scale.yEnd(c.hostRegion().last())));
            }
        }
        if (first == null) {
            return;
        }
        // Translucent, not hatched: a hatch tile filled as a texture was half of a drag frame's
        // rendering on the software pipeline. The edges and the tag are its cue besides colour; the
        // committed picture draws the conflict hatched, as the legend shows it.
        Fill band = Fill.solid(palette.fill(Style.CONFLICT).withAlpha(90));
        for (PixelBands.Band b : overlaps.merged()) {
            // On the bank and on the map that would fail, each within its lane: the window redraws
            // each lane's part on its own, and the gap between them shows the GPA-to-IOVA bands.
            for (LaneGeometry lane : new LaneGeometry[]{gpa, iova}) {
                p.layer(Layer.CONFLICT_BANDS.ordinal());
                p.fillRect(lane.x(), b.y0(), lane.width(), b.y1() - b.y0(), band);
                p.layer(Layer.CONFLICT_EDGES.ordinal());
                p.line(lane.x(), b.y0(), lane.right(), b.y0(), Stroke.solid(conflict, 2));
                p.line(lane.x(), b.y1(), lane.right(), b.y1(), Stroke.solid(conflict, 2));
            }
        }
        p.layer(Layer.HOST_OUTLINES.ordinal());
        for (PixelBands.Band b : hostRegions.merged()) {
            p.strokeRect(iova.x() - 1, b.y0() - 1, iova.width() + 2, b.y1() - b.y0() + 2, Stroke.solid(conflict, 3));
        }
        // Two short lines that fit the IOVA lane rather than one running into the HPA lane: the
        // window redraws the lane's box per event, and a wide tag widened it to twice the lane.
        String what = "\u26a0 " + first.rule() + " would hit"
                + (first.hostRegion() != null ? " " + first.hostRegion().reportedAs() : "");
        String where = first.overlap() + (errors > 1 ? " +" + (errors - 1) + " more" : "");
        FontSpec font = new FontSpec(palette.fontSize(), true, false);
        double line = palette.fontSize() + 4;
        double w = Math.max(p.textWidth(what, font), p.textWidth(where, font)) + 12;
        double firstTop = scale.y(first.overlap().start());
        double ty = Math.max(firstTop + 5, scale.yEnd(first.overlap().last())) + 12;
        p.layer(Layer.TAG_PLATE.ordinal());
        p.fillRect(iova.x(), ty - line / 2 - 1, w, 2 * line + 2, Fill.solid(conflict));
        p.layer(Layer.TAG_TEXT.ordinal());
        p.text(iova.x() + 6, ty, what, font, TextAnchor.START, Rgb.WHITE);
        p.text(iova.x() + 6, ty + line, where, font, TextAnchor.START, Rgb.WHITE);
    }
}
