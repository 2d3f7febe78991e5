package org.iommuatlas.ui.preset;

import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.iommuatlas.model.Address;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.Sizes;
import org.iommuatlas.ui.port.PresetPort;

import java.util.List;
import java.util.stream.Collectors;

/**
 * "Choose guest machine": machine, RAM, vCPU vendor, machine version, max-ram-below-4g, highmem
 * and vIOMMU, computed into a layout by QEMU's rules as the user types. A field that cannot be
 * read is named in red under the fields and OK stays disabled; what QEMU itself would refuse is
 * listed but does not block OK, since drawing the impossible layout is how one sees why.
 */
public final class GuestPresetDialog extends Dialog<PresetPort.Preset> {
    private final PresetPort presets;
    private final ChoiceBox<String> machine = new ChoiceBox<>();
    private final TextField ram = new TextField();
    private final RadioButton amd = new RadioButton("AMD");
    private final RadioButton intel = new RadioButton("Intel");
    private final TextField version = new TextField();
    private final TextField below4g = new TextField();
    private final ChoiceBox<String> highmem = new ChoiceBox<>();
    private final CheckBox viommu = new CheckBox("guest has a vIOMMU (intel-iommu, smmuv3, virtio-iommu)");
    private final Label error = new Label();
    private final Label spec = new Label();
    private final Label banks = new Label();
    private final Label problems = new Label();
    private GuestPresetForm.Outcome outcome;

    public GuestPresetDialog(PresetPort presets, GuestPresetForm start) {
        this.presets = presets;
        setTitle("Choose guest machine");
        setHeaderText("Guest machine: QEMU's layout for a machine type and RAM size");
        getDialogPane().setId("preset-dialog");
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        machine.getItems().setAll(GuestPresetForm.MACHINES);
        machine.setConverter(names(GuestPresetForm.MACHINES, List.of("virt (aarch64)", "riscv64-virt", "q35 (x86)", "pc (i440fx, x86)")));
        machine.setValue(start.machine());
        machine.setId("preset-machine");
        ram.setText(start.ram());
        ram.setId("preset-ram");
        ram.setPromptText("4G");
        ToggleGroup vendor = new ToggleGroup();
        amd.setToggleGroup(vendor);
        intel.setToggleGroup(vendor);
        amd.setId("preset-cpu-amd");
        intel.setId("preset-cpu-intel");
        (start.amdVcpu() ? amd : intel).setSelected(true);
        version.setText(start.version());
        version.setPromptText("latest");
        version.setId("preset-version");
        below4g.setText(start.maxRamBelow4g());
        below4g.setPromptText("QEMU's default");
        below4g.setId("preset-below4g");
        highmem.getItems().setAll("", "on", "off");
        highmem.setConverter(names(List.of("", "on", "off"), List.of("default (on)", "on", "off")));
        highmem.setValue(start.highmem());
        highmem.setId("preset-highmem");
        viommu.setSelected(start.viommu());
        viommu.setId("preset-viommu");
        error.setId("preset-error");
        error.getStyleClass().add("preset-error");
        error.setWrapText(true);
        spec.setId("preset-spec");
        spec.getStyleClass().add("preset-spec");
        banks.setId("preset-banks");
        banks.setWrapText(true);
        problems.setId("preset-problems");
        problems.getStyleClass().add("preset-problems");
        problems.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, new Label("Machine:"), machine);
        grid.addRow(row++, new Label("RAM:"), ram, hint("4G, 3054M, 0x100000000; a bare number is MiB, as in -m"));
        grid.addRow(row++, new Label("vCPU vendor:"), new HBox(12, amd, intel),
                hint("x86 only; under KVM QEMU takes the host's vendor, so this decides for TCG guests"));
        grid.addRow(row++, new Label("Machine version:"), version, hint("7.0, 8.2, ...; empty for the latest"));
        grid.addRow(row++, new Label("max-ram-below-4g:"), below4g, hint("x86 only: 2G, 0x80000000"));
        grid.addRow(row++, new Label("highmem:"), highmem, hint("aarch64 virt only"));
        grid.add(viommu, 1, row++, 2, 1);
        VBox content = new VBox(10, grid, error, spec, banks, problems);
        content.setPrefWidth(720);
        getDialogPane().setContent(content);

        machine.valueProperty().addListener((o, a, b) -> refresh());
        ram.textProperty().addListener((o, a, b) -> refresh());
        vendor.selectedToggleProperty().addListener((o, a, b) -> refresh());
        version.textProperty().addListener((o, a, b) -> refresh());
        below4g.textProperty().addListener((o, a, b) -> refresh());
        highmem.valueProperty().addListener((o, a, b) -> refresh());
        viommu.selectedProperty().addListener((o, a, b) -> refresh());
        refresh();
        setResultConverter(button -> button == ButtonType.OK && outcome.valid() ? outcome.preset() : null);
    }

    /** The fields as they stand. */
    public GuestPresetForm form() {
        return new GuestPresetForm(machine.getValue(), ram.getText(), amd.isSelected(), version.getText(),
                below4g.getText(), highmem.getValue(), viommu.isSelected());
    }

    /** What the fields make now: the preset, or the message shown under the fields. */
    public GuestPresetForm.Outcome outcome() {
        return outcome;
    }

    private void refresh() {
        GuestPresetForm form = form();
        boolean x86 = form.x86();
        amd.setDisable(!x86);
        intel.setDisable(!x86);
        below4g.setDisable(!x86);
        highmem.setDisable(!form.armVirt());
        version.setDisable(form.machine().equals("riscv64-virt"));
        outcome = form.evaluate(presets);
        mark(ram, outcome.field() == GuestPresetForm.Field.RAM);
        mark(version, outcome.field() == GuestPresetForm.Field.VERSION);
        mark(below4g, outcome.field() == GuestPresetForm.Field.MAX_RAM_BELOW_4G);
        getDialogPane().lookupButton(ButtonType.OK).setDisable(!outcome.valid());
        if (!outcome.valid()) {
            error.setText(outcome.error());
            spec.setText("");
            banks.setText("");
            problems.setText("");
            return;
        }
        error.setText("");
        PresetPort.Preset p = outcome.preset();
        spec.setText("SPEC  " + p.spec());
        banks.setText("RAM banks: " + p.layout().banks().stream().map(GuestPresetDialog::describe)
                .collect(Collectors.joining("; ")));
        problems.setText(p.problems().isEmpty() ? "QEMU starts this machine."
                : "QEMU would refuse this machine (it is still drawn, to show why):\n\u2022 "
                + String.join("\n\u2022 ", p.problems()));
        problems.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("refused"), !p.problems().isEmpty());
    }

    private static String describe(RamBank b) {
        return b.memoryRegion() + " at " + Address.hex(b.start()) + ", " + Sizes.exact(b.size());
    }

    private static void mark(TextField field, boolean bad) {
        field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), bad);
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-hint");
        l.setWrapText(true);
        l.setMaxWidth(300);
        return l;
    }

    /** Shows each value by the label at its index in the item list. */
    private static StringConverter<String> names(List<String> values, List<String> labels) {
        return new StringConverter<>() {
            @Override
            public String toString(String value) {
                int i = values.indexOf(value);
                return i < 0 ? String.valueOf(value) : labels.get(i);
            }

            @Override
            public String fromString(String label) {
                int i = labels.indexOf(label);
                return i < 0 ? label : values.get(i);
            }
        };
    }
}
