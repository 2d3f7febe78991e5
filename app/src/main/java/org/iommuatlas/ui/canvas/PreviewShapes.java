package org.iommuatlas.ui.canvas;

import javafx.scene.Group;

import java.util.ArrayList;
import java.util.List;

/**
 * The drag preview's shapes on screen: one {@link RetainedShapes} group per layer and side, the
 * GPA lane's shapes apart from those from the IOVA lane on. Layers lie in order; the sides of one
 * layer do not overlap. A group counts its changed children, and past a dozen JavaFX redraws its
 * whole box: kept apart, a frame's few changes at the top and bottom of a dragged bank stay a few
 * small boxes.
 */
final class PreviewShapes extends Group {
    private final List<RetainedShapes> gpaSide = new ArrayList<>();
    private final List<RetainedShapes> iovaSide = new ArrayList<>();

    PreviewShapes(int layers) {
        for (int i = 0; i < layers; i++) {
            RetainedShapes gpa = new RetainedShapes();
            RetainedShapes iova = new RetainedShapes();
            gpaSide.add(gpa);
            iovaSide.add(iova);
            getChildren().addAll(gpa, iova);
        }
    }

    /**
     * Shows what {@code painter} painted, shapes left of {@code split} on the GPA side. Returns
     * whether anything on screen changed.
     */
    boolean show(NodePainter painter, double split) {
        boolean changed = false;
        for (int i = 0; i < gpaSide.size(); i++) {
            List<ShapeSpec> gpa = new ArrayList<>();
            List<ShapeSpec> iova = new ArrayList<>();
            for (ShapeSpec s : painter.shapes(i)) {
                (s.minX() < split ? gpa : iova).add(s);
            }
            changed |= gpaSide.get(i).show(gpa);
            changed |= iovaSide.get(i).show(iova);
        }
        return changed;
    }

    /** Takes every shape off the screen; returns whether there were any. */
    boolean clear() {
        boolean changed = false;
        for (int i = 0; i < gpaSide.size(); i++) {
            changed |= gpaSide.get(i).show(List.of());
            changed |= iovaSide.get(i).show(List.of());
        }
        return changed;
    }
}
