package org.iommuatlas.ui.canvas;

import org.iommuatlas.model.RamBank;
import org.iommuatlas.ui.port.ConflictView;
import org.iommuatlas.ui.theme.ThemePalette;

import java.util.List;
import java.util.Set;

/**
 * Everything one frame shows: the axis, the items, the findings to mark, what is selected or
 * highlighted, and the bank being dragged (its preview copy and the live findings for it).
 *
 * @param preview         the dragged bank's preview copy, or null when nothing is dragged
 * @param conflicts       the findings to draw (during a drag: the others' plus the live ones)
 * @param highlighted     model objects to outline (both sides of a clicked conflict)
 */
public record PaintState(LaneGeometry geometry, LaneAxis axis, LaneItems items, List<ConflictView> conflicts,
                         Object selected, Set<Object> highlighted, RamBank preview, ThemePalette palette) {
}
