package org.iommuatlas.ui.panels;

import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
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
    private final Label viommu = new Label("vIOMMU: IOVA \u2260 GPA");
    /**
     * The progress box of background work, built the first time work is shown: hidden at start-up,
     * it would otherwise cost the first frame a progress bar, a button and their styling.
     */
    private HBox work;
    private ProgressBar workProgress;
    private Label workMessage;
    private Button cancel;

    public StatusBar() {
        getStyleClass().add("status-bar");
        verdict.getStyleClass().add("verdict");
        verdict.setId("verdict");
        qemuLine.getStyleClass().add("qemu-line");
        qemuLine.setId("qemu-line");
        fits.getStyleClass().add("fits");
        pointer.getStyleClass().add("pointer");
        verdict.setMinWidth(Region.USE_PREF_SIZE);
        // QEMU's line ends in "..." (its tooltip has it whole) rather than widening the window past
        // the screen in presentation type.
        qemuLine.setMinWidth(160);
        // "Would fit" asks for no room of its own and takes what QEMU's line leaves (full text in its tooltip).
        fits.setPrefWidth(0);
        fits.setMinWidth(0);
        fits.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(fits, Priority.ALWAYS);
        viommu.setId("viommu-status");
        viommu.getStyleClass().add("viommu-status");
        viommu.setMinWidth(Region.USE_PREF_SIZE);
        HoverTooltip.set(viommu, VIOMMU_TEXT);
        viommu.setVisible(false);
        viommu.setManaged(false);
        getChildren().addAll(verdict, viommu, qemuLine, fits, pointer);
        show(AnalysisView.EMPTY);
    }

    private void buildWork() {
        work = new HBox(6);
        workProgress = new ProgressBar();
        workMessage = new Label();
        cancel = new Button("Cancel");
        workProgress.setPrefWidth(120);
        workMessage.setId("work-message");
        workMessage.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setId("cancel-work");
        work.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        work.getChildren().addAll(workProgress, workMessage, cancel);
        work.setId("work");
        // The work box sits left, next to the verdict: a long QEMU line must not push Cancel off screen.
        getChildren().add(getChildren().indexOf(viommu) + 1, work);
    }

    public void show(AnalysisView analysis) {
        boolean clean = analysis.clean();
        verdict.pseudoClassStateChanged(ERROR, !clean);
        verdict.pseudoClassStateChanged(CLEAN, clean);
        verdict.setText(clean ? "\u2713 layout is clean" : "\u2717 QEMU would fail");
        qemuLine.setText(clean ? "" : analysis.predictedError() == null ? "" : analysis.predictedError());
        HoverTooltip.set(qemuLine, clean ? null : "The error QEMU would print at start-up for the first map "
                + "the kernel refuses:\n" + analysis.predictedError());
        fits.setText(analysis.fits().isEmpty() ? "" : "Would fit: " + String.join("; ", analysis.fits()));
        HoverTooltip.set(fits, analysis.fits().isEmpty() ? null : String.join("\n", analysis.fits()));
    }

    /**
     * During a drag, on every event: the verdict for where the bank is now, before it is dropped.
     * The first failure's words change only as the bank enters or leaves being in conflict; while
     * it stays in conflict they follow {@link #showLiveDetail} (when the pointer rests), since
     * redrawing a line of text per mouse event was a good part of a drag frame.
     */
    public void showLive(String bankId, List<ConflictView> live) {
        List<ConflictView> errors = errors(live);
        verdict.pseudoClassStateChanged(ERROR, !errors.isEmpty());
        verdict.pseudoClassStateChanged(CLEAN, errors.isEmpty());
        verdict.setText(errors.isEmpty() ? "\u2713 " + bankId + " is clear here" : "\u2717 " + bankId + " would fail here");
        if (errors.isEmpty() || qemuLine.getText().isEmpty()) {
            showFirstFailure(errors);
        }
    }

    /** During a drag, when the pointer rests: the first failure where the bank is now. */
    public void showLiveDetail(List<ConflictView> live) {
        showFirstFailure(errors(live));
    }

    private void showFirstFailure(List<ConflictView> errors) {
        qemuLine.setText(errors.isEmpty() ? "" : errors.get(0).summary());
        HoverTooltip.set(qemuLine, null);
    }

    private static List<ConflictView> errors(List<ConflictView> findings) {
        return findings.stream().filter(c -> c.severity() == Severity.ERROR).toList();
    }

    /** What a guest with a vIOMMU means for the picture (REFERENCE §1.2). */
    public static final String VIOMMU_TEXT = "Guest has a vIOMMU: IOVA is chosen by the guest driver, not GPA; "
            + "the host reserved ranges apply to the guest's IOVA allocator.";

    /** Marks the vIOMMU mode next to the verdict. */
    public void showViommu(boolean on) {
        viommu.setVisible(on);
        viommu.setManaged(on);
    }

    /**
     * Shows background work: its message, its progress (negative for "unknown") and a Cancel
     * button that runs {@code onCancel}.
     */
    public void showWork(String message, double progress, Runnable onCancel) {
        if (work == null) {
            buildWork();
        }
        workMessage.setText(message);
        workProgress.setProgress(progress);
        cancel.setOnAction(e -> onCancel.run());
        work.setVisible(true);
        work.setManaged(true);
    }

    /** Hides the work indicator. */
    public void hideWork() {
        if (work == null) {
            return;
        }
        work.setVisible(false);
        work.setManaged(false);
        workMessage.setText("");
    }

    public boolean workShown() {
        return work != null && work.isVisible();
    }

    public String workText() {
        return work == null ? "" : workMessage.getText();
    }

    /** What is under the pointer ("0x40000000"), or empty. */
    public void showPointer(String text) {
        pointer.setText(text);
    }

    public String verdictText() {
        return verdict.getText() + " " + qemuLine.getText();
    }
}
