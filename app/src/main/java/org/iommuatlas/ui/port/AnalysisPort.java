package org.iommuatlas.ui.port;

import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.Scenario;

import java.util.List;

/**
 * What the window asks of the analysis engine. The window codes against this port so that the
 * real engine (org.iommuatlas.analysis) can be wired in without touching the view.
 */
public interface AnalysisPort {
    /** The full analysis of a scenario: run after each committed edit, never on a drag event. */
    AnalysisView analyze(Scenario scenario);

    /**
     * Prepares a cheap check for one bank being dragged: built once when the drag starts (indexes
     * the host regions), then asked on every drag event.
     */
    DragProbe probe(Scenario scenario, String bankId);

    /** A prepared live check for a dragged bank. */
    interface DragProbe {
        /** The findings for the bank placed at {@code candidate}'s range (other banks as they are). */
        List<ConflictView> conflictsFor(RamBank candidate);
    }
}
