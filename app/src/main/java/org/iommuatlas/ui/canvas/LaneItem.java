package org.iommuatlas.ui.canvas;

import org.iommuatlas.model.AddressRange;

/**
 * One range drawn in one lane: inclusive bounds, look, a short label and the model object it
 * shows (what hit-testing returns and the inspector describes).
 */
public record LaneItem(Lane lane, long start, long last, ItemKind kind, String label, Object source) {
    public AddressRange range() {
        return new AddressRange(start, last);
    }
}
