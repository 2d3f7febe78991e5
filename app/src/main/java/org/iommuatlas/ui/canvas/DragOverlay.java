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
import org.iommuatlas.picture.Pattern;
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

    private DragOverlay() {
    }

    static void paint(Painter p, AtlasCanvasView view, Palette palette) {
        Drawing d = view.drawing();
        Rgb conflict = palette.outline(Style.CONFLICT);
        for (Object source : view.highlightedProperty().get()) {
            view.rectOf(view.idOf(source)).ifPresent(r ->
                    p.strokeRect(r.x() - 2, r.y() - 2, r.w() + 4, r.h() + 4, Stroke.solid(conflict, 3)));
        }
        RamBank bank = view.previewProperty().get();
        if (bank == null) {
            return;
        }
        AxisScale scale = d.scale();
        LaneGeometry gpa = d.lane(Lane.GPA);
        LaneGeometry iova = d.lane(Lane.IOVA);
        LaneGeometry hpa = d.lane(Lane.HPA);
        // The committed bank fades to a ghost; the preview copy is what moves.
        view.rectOf(view.idOf(bank)).ifPresent(r -> p.fillRect(r.x(), r.y(), r.w(), r.h(),
                Fill.solid(palette.lane().withAlpha(170))));
        for (ConflictView c : view.liveConflictsProperty().get()) {
            if (c.severity() != Severity.ERROR) {
                continue;
            }
            double y0 = scale.y(c.overlap().start());
            double y1 = Math.max(y0 + 5, scale.yEnd(c.overlap().last()));
            Fill band = new Fill(palette.fill(Style.CONFLICT).withAlpha(90), Pattern.CROSS_HATCH,
                    palette.ink(Style.CONFLICT).withAlpha(120));
            p.fillRect(gpa.x(), y0, hpa.right() - gpa.x(), y1 - y0, band);
            p.line(gpa.x(), y0, hpa.right(), y0, Stroke.solid(conflict, 2));
            p.line(gpa.x(), y1, hpa.right(), y1, Stroke.solid(conflict, 2));
            if (c.hostRegion() != null) {
                double r0 = scale.y(c.hostRegion().start());
                double r1 = Math.max(r0 + 5, scale.yEnd(c.hostRegion().last()));
                p.strokeRect(iova.x() - 1, r0 - 1, iova.width() + 2, r1 - r0 + 2, Stroke.solid(conflict, 3));
            }
            String text = "\u26a0 " + c.rule() + " would hit " + (c.hostRegion() != null ? c.hostRegion().reportedAs() + " " : "")
                    + c.overlap();
            FontSpec font = new FontSpec(palette.fontSize(), true, false);
            double w = p.textWidth(text, font) + 12;
            double ty = y1 + 12;
            p.fillRect(iova.x(), ty - 9, w, 18, Fill.solid(conflict));
            p.text(iova.x() + 6, ty, text, font, TextAnchor.START, Rgb.WHITE);
        }
        double y0 = scale.y(bank.start());
        double y1 = Math.max(y0 + 3, scale.yEnd(bank.last()));
        Fill copy = palette.fillOf(Style.RAM_BANK_SELECTED);
        p.fillRect(gpa.x(), y0, gpa.width(), y1 - y0, new Fill(copy.color().withAlpha(150), copy.pattern(), copy.ink()));
        p.strokeRect(gpa.x() - 1, y0 - 1, gpa.width() + 2, y1 - y0 + 2,
                new Stroke(palette.outline(Style.RAM_BANK_SELECTED), 2.5, DASH));
        String label = Address.hex(bank.start()) + " \u2013 " + Address.hex(bank.last()) + "  (" + Sizes.exact(bank.size()) + ")";
        FontSpec mono = new FontSpec(palette.fontSize(), true, true);
        double lw = p.textWidth(label, mono) + 10;
        double ly = Math.max(scale.top() + 9, y0 - 11);
        p.fillRect(gpa.x(), ly - 9, lw, 18, Fill.solid(palette.plate()));
        p.text(gpa.x() + 5, ly, label, mono, TextAnchor.START, palette.text());
    }
}
