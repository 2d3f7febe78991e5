package org.iommuatlas.ui.panels;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.iommuatlas.ui.port.AnalysisView;
import org.iommuatlas.ui.port.ConflictView;
import org.iommuatlas.ui.port.Severity;

import java.util.List;

/**
 * The verdict at a glance: "QEMU fails" with the exact line QEMU would print, or "layout is
 * clean"; then what would fit instead, and the address under the pointer.
 */
public final class StatusBar extends HBox {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass CLEAN = PseudoClass.getPseudoClass("clean");

    private final Label verdict = new Label();
    private final Label qemuLine = new Label();
    private final Label fits = new Label();
    private final Label pointer = new Label();

    public StatusBar() {
        getStyleClass().add("status-bar");
        verdict.getStyleClass().add("verdict");
        verdict.setId("verdict");
        qemuLine.getStyleClass().add("qemu-line");
        qemuLine.setId("qemu-line");
        fits.getStyleClass().add("fits");
        pointer.getStyleClass().add("pointer");
        verdict.setMinWidth(Region.USE_PREF_SIZE);
        qemuLine.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(fits, Priority.SOMETIMES);
        getChildren().addAll(verdict, qemuLine, fits, spacer, pointer);
        show(AnalysisView.EMPTY);
    }

    public void show(AnalysisView analysis) {
        boolean clean = analysis.clean();
        verdict.pseudoClassStateChanged(ERROR, !clean);
        verdict.pseudoClassStateChanged(CLEAN, clean);
        verdict.setText(clean ? "\u2713 layout is clean" : "\u2717 QEMU would fail");
        qemuLine.setText(clean ? "" : analysis.predictedError() == null ? "" : analysis.predictedError());
        qemuLine.setTooltip(clean ? null : new Tooltip("The error QEMU would print at start-up for the first map "
                + "the kernel refuses:\n" + analysis.predictedError()));
        fits.setText(analysis.fits().isEmpty() ? "" : "Would fit: " + String.join("; ", analysis.fits()));
        fits.setTooltip(analysis.fits().isEmpty() ? null : new Tooltip(String.join("\n", analysis.fits())));
    }

    /** During a drag: the verdict for where the bank is now, before it is dropped. */
    public void showLive(String bankId, List<ConflictView> live) {
        List<ConflictView> errors = live.stream().filter(c -> c.severity() == Severity.ERROR).toList();
        verdict.pseudoClassStateChanged(ERROR, !errors.isEmpty());
        verdict.pseudoClassStateChanged(CLEAN, errors.isEmpty());
        verdict.setText(errors.isEmpty() ? "\u2713 " + bankId + " is clear here" : "\u2717 " + bankId + " would fail here");
        qemuLine.setText(errors.isEmpty() ? "" : errors.get(0).summary());
        qemuLine.setTooltip(null);
    }

    /** What is under the pointer ("0x40000000"), or empty. */
    public void showPointer(String text) {
        pointer.setText(text);
    }

    public String verdictText() {
        return verdict.getText() + " " + qemuLine.getText();
    }
}
