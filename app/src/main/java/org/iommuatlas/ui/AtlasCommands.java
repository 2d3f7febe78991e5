package org.iommuatlas.ui;

import javafx.application.Platform;
import javafx.concurrent.Task;
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

    /**
     * Opens a file. A scenario file replaces the document (after asking about unsaved work); any
     * other input (host or guest data) changes its half of the current scenario as one edit.
     */
    public void open(Path file) {
        Scenario loaded;
        try {
            loaded = window.ports().input().open(file, doc().scenario());
        } catch (ParseException e) {
            showError("Cannot open " + file.getFileName(), e.getMessage());
            return;
        } catch (IOException e) {
            showError("Cannot read " + file.getFileName(), file + ": " + e.getMessage());
            return;
        }
        if (isScenarioFile(file)) {
            if (!confirmDiscard()) {
                return;
            }
            doc().load(loaded, file);
        } else {
            doc().apply("Open " + file.getFileName(), loaded);
        }
        window.prefs().addRecent(file);
        window.navigator().zoomToFit();
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

    /** Reads this machine's IOMMU groups off the FX thread, with progress in the status bar. */
    void loadThisMachine() {
        Scenario current = doc().scenario();
        Task<Scenario> task = new Task<>() {
            @Override
            protected Scenario call() throws Exception {
                updateMessage("Reading /sys/kernel/iommu_groups\u2026");
                return window.ports().input().loadThisMachine(current);
            }
        };
        window.status().showPointer("Loading this machine\u2026");
        task.setOnSucceeded(e -> {
            window.status().showPointer("");
            doc().apply("Load this machine", task.getValue());
        });
        task.setOnFailed(e -> {
            window.status().showPointer("");
            Throwable t = task.getException();
            showError("Cannot load this machine", t instanceof ParseException || t instanceof IOException
                    ? t.getMessage() : String.valueOf(t));
        });
        Thread worker = new Thread(task, "atlas-load-machine");
        worker.setDaemon(true);
        worker.start();
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
            try {
                PictureExporter.writePng(exportDrawing(), window.theme().get().palette(), file, 2.0);
            } catch (IOException | RuntimeException e) {
                showError("Cannot export PNG", file + ": " + e.getMessage());
            }
        }
    }

    void exportSvg() {
        Path file = chooseExport("Export SVG", "picture.svg", "*.svg");
        if (file != null) {
            try {
                PictureExporter.writeSvg(exportDrawing(), window.theme().get().palette(), file);
            } catch (IOException | RuntimeException e) {
                showError("Cannot export SVG", file + ": " + e.getMessage());
            }
        }
    }

    /** The export layout of what the window shows: same visible range and scale, with title and legend. */
    Drawing exportDrawing() {
        var v = window.view();
        var a = window.analysis();
        PictureInput input = PictureInputs.from(doc().scenario(), a.maps(), AtlasCanvasView.highlights(a.conflicts()));
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
        try {
            doc().apply("Paste", window.ports().input().paste(clipboard.getString(), "<pasted>", doc().scenario()));
        } catch (ParseException e) {
            showError("Cannot use the pasted text", e.getMessage());
        }
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
    boolean confirmDiscard() {
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
