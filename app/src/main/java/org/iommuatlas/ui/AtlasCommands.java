package org.iommuatlas.ui;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import org.iommuatlas.model.Address;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.model.Sizes;
import org.iommuatlas.model.SourceRef;
import org.iommuatlas.picture.Drawing;
import org.iommuatlas.picture.LayoutOptions;
import org.iommuatlas.picture.PictureExporter;
import org.iommuatlas.picture.PictureInput;
import org.iommuatlas.picture.PictureInputs;
import org.iommuatlas.picture.Viewport;
import org.iommuatlas.ui.canvas.AddressWindow;
import org.iommuatlas.ui.canvas.AtlasCanvasView;
import org.iommuatlas.ui.doc.AtlasDocument;
import org.iommuatlas.ui.panels.BankEditDialog;
import org.iommuatlas.ui.port.PresetPort;
import org.iommuatlas.ui.preset.GuestPresetDialog;
import org.iommuatlas.ui.preset.GuestPresetForm;
import org.iommuatlas.ui.panels.BankFields;
import org.iommuatlas.ui.port.InputLoader;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the menus, shortcuts and drops do. Each edit goes to the document as one undoable step;
 * every failure to read input ends in an error dialog with the file:line message, and the
 * document stays as it was.
 */
public final class AtlasCommands {
    private final AtlasWindow window;

    AtlasCommands(AtlasWindow window) {
        this.window = window;
    }

    private AtlasDocument doc() {
        return window.document();
    }

    // ---- File

    void openDialog() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open scenario or host/guest data");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("All files", "*"),
                new FileChooser.ExtensionFilter("Scenarios", "*." + window.ports().store().extension(), "*.json"));
        File f = chooser.showOpenDialog(window.stage());
        if (f != null) {
            open(f.toPath());
        }
    }

    /** What reading a file gave: an explained error log, or a scenario to show. */
    private record Opened(org.iommuatlas.ui.port.ExplainPort.Explained explained, Scenario scenario,
                          org.iommuatlas.ui.port.AnalysisView analysis) {
    }

    /**
     * Opens a file, reading it off the FX thread (a copy of a large machine's groups can take a
     * while). A scenario file replaces the document (after asking about unsaved work); any other
     * input (host or guest data) changes its half of the current scenario as one edit.
     */
    public void open(Path file) {
        Scenario started = doc().scenario();
        boolean began = window.work().start("Reading " + file.getFileName() + "\u2026", () -> {
            var explained = window.ports().explain().explainFile(file, started);
            if (explained.isPresent()) {
                return new Opened(explained.get(), null, null);
            }
            Scenario loaded = window.ports().input().open(file, started);
            return new Opened(null, loaded, window.ports().analysis().analyze(loaded));
        }, opened -> opened(file, started, opened), error -> {
            if (error instanceof ParseException) {
                showError("Cannot open " + file.getFileName(), error.getMessage());
            } else if (error instanceof java.nio.file.AccessDeniedException) {
                showError("Cannot read " + file.getFileName(), file + ": permission denied");
            } else if (error instanceof IOException) {
                showError("Cannot read " + file.getFileName(), file + ": " + error.getMessage());
            } else {
                showError("Cannot open " + file.getFileName(), String.valueOf(error));
            }
        });
        if (!began) {
            showBusy();
        }
    }

    private void opened(Path file, Scenario started, Opened opened) {
        if (opened.explained() != null) {
            showExplanation(file.getFileName().toString(), opened.explained());
            return;
        }
        window.prepareAnalysis(opened.scenario(), opened.analysis());
        if (isScenarioFile(file)) {
            if (!confirmDiscard()) {
                return;
            }
            doc().load(opened.scenario(), file);
        } else {
            doc().apply("Open " + file.getFileName(), rebase(started, opened.scenario(), doc().scenario()));
        }
        window.prefs().addRecent(file);
        window.navigator().zoomToFit();
    }

    /**
     * A load computed against {@code started} applied to {@code now} (edits may have happened while
     * it ran): a load that changed only the host keeps today's guest, one that changed only the
     * guest keeps today's host; one that changed both replaces both.
     */
    static Scenario rebase(Scenario started, Scenario loaded, Scenario now) {
        if (now == started) {
            return loaded;
        }
        boolean guestSame = loaded.guest().equals(started.guest());
        boolean hostSame = loaded.host().equals(started.host());
        if (guestSame && !hostSame) {
            return now.withHost(loaded.host()).withAssignedDevices(loaded.assignedDevices());
        }
        if (hostSame && !guestSame) {
            return now.withGuest(loaded.guest());
        }
        return loaded;
    }

    private void showBusy() {
        showError("Still working", "Another file is being read; wait for it, or press Cancel in the status bar.");
    }

    private boolean isScenarioFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith("." + window.ports().store().extension()) || name.endsWith(".json");
    }

    List<Path> recentFiles() {
        return window.prefs().recentFiles();
    }

    void loadSample(InputLoader.Sample sample) {
        if (!confirmDiscard()) {
            return;
        }
        doc().load(sample.scenario().get(), null);
        window.navigator().zoomToFit();
    }

    /**
     * Reads this machine's IOMMU groups off the FX thread, with progress and Cancel in the status
     * bar. When the machine has no IOMMU groups (IOMMU off) or they cannot be read, the dialog says
     * so and what to do; the document stays as it was.
     */
    void loadThisMachine() {
        Scenario started = doc().scenario();
        boolean began = window.work().start("Reading /sys/kernel/iommu_groups\u2026",
                () -> window.ports().input().loadThisMachine(started),
                loaded -> doc().apply("Load this machine", rebase(started, loaded, doc().scenario())),
                error -> showError("Cannot load this machine", machineProblem(error)));
        if (!began) {
            showBusy();
        }
    }

    /** The user's words for why this machine could not be read. */
    static String machineProblem(Throwable error) {
        if (error instanceof java.nio.file.AccessDeniedException denied) {
            return denied.getFile() + ": permission denied. The IOMMU groups are normally readable by every user; "
                    + "run IOMMU Atlas as a user who can read /sys/kernel/iommu_groups, or copy that tree and open it.";
        }
        if (error instanceof ParseException || error instanceof IOException) {
            return error.getMessage();
        }
        return String.valueOf(error);
    }

    /** Saves to the document's file, or asks for one. False when nothing was saved. */
    boolean save() {
        Path file = doc().file();
        return file == null ? saveAs() : writeTo(file);
    }

    boolean saveAs() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save scenario");
        chooser.setInitialFileName("scenario." + window.ports().store().extension());
        File f = chooser.showSaveDialog(window.stage());
        return f != null && writeTo(f.toPath());
    }

    boolean writeTo(Path file) {
        try {
            window.ports().store().write(doc().scenario(), file);
        } catch (IOException e) {
            showError("Cannot save", file + ": " + e.getMessage());
            return false;
        }
        doc().markSaved(file);
        window.recovery().clear();
        window.prefs().addRecent(file);
        return true;
    }

    /** PNG at twice the logical size, laid out by the picture package like the SVG (title, legend, status). */
    void exportPng() {
        Path file = chooseExport("Export PNG", "picture.png", "*.png");
        if (file != null) {
            Drawing drawing = exportDrawing();
            var palette = window.theme().get().palette();
            export("PNG", file, () -> PictureExporter.writePng(drawing, palette, file, 2.0));
        }
    }

    void exportSvg() {
        Path file = chooseExport("Export SVG", "picture.svg", "*.svg");
        if (file != null) {
            Drawing drawing = exportDrawing();
            var palette = window.theme().get().palette();
            export("SVG", file, () -> PictureExporter.writeSvg(drawing, palette, file));
        }
    }

    /** What an export writes, run off the FX thread. */
    interface ExportWriter {
        void write() throws IOException;
    }

    /**
     * Paints and writes an export on a worker: the drawing is laid out here (it is immutable) and
     * painted there by the Java2D or SVG painter, so a large picture does not stall the window.
     */
    void export(String kind, Path file, ExportWriter writer) {
        boolean began = window.work().start("Writing " + file.getFileName() + "\u2026", () -> {
            writer.write();
            return file;
        }, written -> window.status().showPointer("Wrote " + written.getFileName()),
                error -> showError("Cannot export " + kind, file + ": " + error.getMessage()));
        if (!began) {
            showBusy();
        }
    }

    /** The export layout of what the window shows: same visible range and scale, with title and legend. */
    Drawing exportDrawing() {
        var v = window.view();
        var a = window.analysis();
        PictureInput input = AtlasCanvasView.pictureInput(doc().scenario(), a);
        AddressWindow w = v.windowProperty().get();
        return PictureExporter.exportDrawing(input, new Viewport(w.start(), w.last()), window.theme().get().palette(),
                LayoutOptions.export().withFolded(!v.linearProperty().get()));
    }

    void exportMarkdown() {
        Path file = chooseExport("Export Markdown report", "report.md", "*.md");
        if (file != null) {
            writeText(file, window.ports().report().markdown(doc().scenario(), window.analysis()));
        }
    }

    void copyPicture() {
        ClipboardContent content = new ClipboardContent();
        content.putImage(PictureImages.snapshot(window.view().canvas(), 1.0));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Pasted text (sysfs lines, a scenario, ...) goes through format detection like an opened file. */
    void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasFiles() && !clipboard.getFiles().isEmpty()) {
            open(clipboard.getFiles().get(0).toPath());
            return;
        }
        if (!clipboard.hasString()) {
            return;
        }
        var explained = window.ports().explain().explainText(clipboard.getString(), "<pasted>", doc().scenario());
        if (explained.isPresent()) {
            showExplanation("the pasted error", explained.get());
            return;
        }
        try {
            doc().apply("Paste", window.ports().input().paste(clipboard.getString(), "<pasted>", doc().scenario()));
        } catch (ParseException e) {
            showError("Cannot use the pasted text", e.getMessage());
        }
    }

    /**
     * "Explain this error": shows what a pasted or opened QEMU error log means on the current host
     * and zooms the picture to the failing IOVA range, with that range highlighted.
     */
    void showExplanation(String what, org.iommuatlas.ui.port.ExplainPort.Explained explained) {
        if (explained.range() != null) {
            window.showExplainedRange(explained.range());
        }
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION);
        alert.initOwner(window.stage());
        alert.setTitle("Explain " + what);
        alert.setHeaderText("What QEMU's error means on this host");
        javafx.scene.control.TextArea text = new javafx.scene.control.TextArea(explained.text());
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefColumnCount(80);
        text.setPrefRowCount(14);
        alert.getDialogPane().setContent(text);
        alert.show();
    }

    private Path chooseExport(String title, String name, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern, pattern));
        File f = chooser.showSaveDialog(window.stage());
        return f == null ? null : f.toPath();
    }

    private void writeText(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            showError("Cannot write " + file.getFileName(), e.getMessage());
        }
    }

    // ---- Edit

    void undo() {
        doc().undo();
    }

    void redo() {
        doc().redo();
    }

    /** Adds a 1 GiB bank at the first 1 GiB boundary above every existing bank. */
    void addBank() {
        GuestLayout guest = doc().scenario().guest();
        long top = 0x100000000L;
        for (RamBank b : guest.banks()) {
            if (b.last() != Address.MAX) {
                top = Address.max(top, b.last() + 1);
            }
        }
        long start;
        try {
            start = Address.alignUp(top, Sizes.GIB);
        } catch (ArithmeticException e) {
            showError("Cannot add a bank", "there is no room above the last bank");
            return;
        }
        String region = guest.banks().isEmpty() ? "ram" : guest.banks().get(0).memoryRegion();
        int n = guest.banks().size() + 1;
        while (guest.bank("ram-" + n).isPresent()) {
            n++;
        }
        RamBank bank = new RamBank("ram-" + n, region, start, Sizes.GIB, SourceRef.COMPUTED);
        List<RamBank> banks = new ArrayList<>(guest.banks());
        banks.add(bank);
        doc().apply("Add bank " + bank.id(), doc().scenario().withGuest(guest.withBanks(banks)));
        window.view().selectedProperty().set(bank);
    }

    void removeSelectedBank() {
        selectedBank().ifPresent(bank -> {
            GuestLayout guest = doc().scenario().guest();
            List<RamBank> banks = new ArrayList<>(guest.banks());
            banks.removeIf(b -> b.id().equals(bank.id()));
            doc().apply("Remove bank " + bank.id(), doc().scenario().withGuest(guest.withBanks(banks)));
            window.view().selectedProperty().set(null);
        });
    }

    void editSelectedBank() {
        selectedBank().ifPresent(bank -> {
            BankEditDialog dialog = new BankEditDialog("Edit bank", bank);
            dialog.initOwner(window.stage());
            dialog.showAndWait().ifPresent(this::replaceBank);
        });
    }

    /** Replaces a bank by id as one edit (the Edit bank dialog's result). */
    public void replaceBank(RamBank changed) {
        Scenario s = doc().scenario();
        doc().apply("Edit bank " + changed.id(), s.withGuest(s.guest().withBank(changed)));
        window.view().selectedProperty().set(changed);
    }

    private Optional<RamBank> selectedBank() {
        if (window.view().selectedProperty().get() instanceof RamBank b) {
            return doc().scenario().guest().bank(b.id());
        }
        List<RamBank> banks = doc().scenario().guest().banks();
        return banks.size() == 1 ? Optional.of(banks.get(0)) : Optional.empty();
    }

    // ---- Guest

    /** The guest chooser, started from the current guest's preset; OK replaces the guest as one edit. */
    void chooseGuest() {
        GuestPresetDialog dialog = new GuestPresetDialog(window.ports().presets(), currentPresetForm());
        dialog.initOwner(window.stage());
        dialog.showAndWait().ifPresent(this::applyPreset);
    }

    /** Replaces the guest by a preset's layout as one undoable edit. */
    public void applyPreset(PresetPort.Preset preset) {
        Scenario s = doc().scenario();
        window.view().selectedProperty().set(null);
        doc().apply("Guest " + preset.spec(), s.withGuest(preset.layout()));
        window.navigator().zoomToFit();
    }

    /**
     * The RAM field's Enter: the current preset with this much RAM, as one edit. Returns null when
     * applied, else what is wrong with the size (or that the guest is not a preset).
     */
    public String resizeGuestRam(String ram) {
        if (doc().scenario().guest().spec().isEmpty()) {
            return "this layout was read from a file; choose a guest machine to resize it";
        }
        GuestPresetForm.Outcome outcome = currentPresetForm().withRam(ram).evaluate(window.ports().presets());
        if (!outcome.valid()) {
            return outcome.error();
        }
        applyPreset(outcome.preset());
        return null;
    }

    /** The chooser's fields for the current guest: its SPEC read back, else a preset of its architecture and RAM. */
    GuestPresetForm currentPresetForm() {
        GuestLayout guest = doc().scenario().guest();
        if (!guest.spec().isEmpty()) {
            try {
                return GuestPresetForm.of(window.ports().presets().choice(guest.spec()));
            } catch (ParseException e) {
                // a scenario written by hand may carry a SPEC this version no longer reads: start afresh
            }
        }
        String machine = switch (guest.arch()) {
            case X86_64 -> "q35";
            case RISCV64 -> "riscv64-virt";
            default -> "virt";
        };
        GuestPresetForm form = GuestPresetForm.DEFAULT.withMachine(machine);
        return guest.totalRam() == 0 ? form : form.withRam(GuestPresetForm.size(guest.totalRam()));
    }

    // ---- View

    void goToAddress() {
        TextInputDialog dialog = new TextInputDialog("0x");
        dialog.initOwner(window.stage());
        dialog.setTitle("Go to address");
        dialog.setHeaderText("Address in hex (0xfee00000) or as a size (4G)");
        dialog.showAndWait().ifPresent(text -> {
            try {
                window.navigator().goTo(BankFields.parseBase(text));
            } catch (IllegalArgumentException e) {
                showError("Not an address", e.getMessage());
            }
        });
    }

    // ---- Closing and recovery

    /** Asks about unsaved work before the document is replaced: true to go on. */
    public boolean confirmDiscard() {
        if (!doc().isDirty()) {
            return true;
        }
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "The scenario has unsaved changes.", save, discard,
                ButtonType.CANCEL);
        alert.initOwner(window.stage());
        alert.setHeaderText("Save changes to " + (doc().file() != null ? doc().file().getFileName() : doc().scenario().title()) + "?");
        alert.getDialogPane().setId("unsaved-dialog");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        if (answer.get() == save) {
            return save();
        }
        window.recovery().clear();
        return true;
    }

    /** Close requested: true when the window may close. */
    boolean confirmClose() {
        boolean ok = confirmDiscard();
        if (ok) {
            window.recovery().flush();
        }
        return ok;
    }

    /** Offers unsaved work from an earlier run, if the recovery file holds any. */
    public void offerRecovery() {
        window.recovery().find().ifPresent(found -> {
            ButtonType recover = new ButtonType("Recover", ButtonBar.ButtonData.YES);
            ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                    "IOMMU Atlas closed with unsaved changes to \u201c" + found.title() + "\u201d. Restore them?",
                    recover, discard);
            alert.initOwner(window.stage());
            alert.setHeaderText("Recover unsaved work?");
            alert.getDialogPane().setId("recovery-dialog");
            if (alert.showAndWait().orElse(discard) == recover) {
                doc().recover(found);
            } else {
                window.recovery().clear();
            }
        });
    }

    void showError(String heading, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        if (window.stage() != null) {
            alert.initOwner(window.stage());
        }
        alert.setHeaderText(heading);
        alert.getDialogPane().setId("error-dialog");
        alert.getDialogPane().setMinWidth(520);
        // Not modal-blocking: the caller has already left the document untouched.
        Platform.runLater(alert::show);
    }
}
