package org.iommuatlas.ui.preset;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.Sizes;
import org.iommuatlas.ui.panels.HoverTooltip;

import java.util.function.Function;

/**
 * The strip above the picture: which guest this is (its preset SPEC), a RAM field for quick
 * resizing of that preset (Enter applies; a bad size is named next to the field), and the button
 * for the full chooser. A guest read from a file has no SPEC, so it cannot be resized here.
 */
public final class GuestBar extends HBox {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final Label guest = new Label();
    private final TextField ram = new TextField();
    private final Label message = new Label();
    private static final String PRESET_TIP = "Guest RAM: 4G, 3054M, 0x100000000 (a bare number is MiB); Enter applies";

    /**
     * @param resize applies the typed RAM size to the current preset as one edit; returns null when
     *               done, else the message to show
     * @param choose opens the guest chooser
     */
    public GuestBar(Function<String, String> resize, Runnable choose) {
        getStyleClass().add("guest-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        guest.setId("guest-spec");
        guest.getStyleClass().add("guest-spec");
        ram.setId("quick-ram");
        ram.setPrefColumnCount(7);
        HoverTooltip.set(ram, PRESET_TIP);
        message.setId("quick-ram-message");
        message.getStyleClass().add("preset-error");
        Button chooser = new Button("Choose guest\u2026");
        chooser.setId("choose-guest");
        chooser.setOnAction(e -> choose.run());
        ram.setOnAction(e -> {
            String problem = resize.apply(ram.getText());
            message.setText(problem == null ? "" : problem);
            ram.pseudoClassStateChanged(INVALID, problem != null);
        });
        ram.textProperty().addListener((o, a, b) -> {
            message.setText("");
            ram.pseudoClassStateChanged(INVALID, false);
        });
        getChildren().addAll(new Label("Guest"), guest, new Label("RAM"), ram, chooser, message);
    }

    /** Shows the current guest; the RAM field follows it unless the user is typing a bad size. */
    public void show(GuestLayout layout) {
        boolean preset = !layout.spec().isEmpty();
        guest.setText(preset ? layout.spec() : layout.machine() + " (layout read from a file)");
        ram.setDisable(!preset);
        ram.setText(GuestPresetForm.size(layout.totalRam()));
        HoverTooltip.set(ram, preset ? PRESET_TIP : "This layout was read from a file, not computed from a preset: "
                + "choose a guest machine to resize its RAM (total now " + Sizes.exact(layout.totalRam()) + ")");
        message.setText("");
    }

    /** Selects the RAM text for typing over it. */
    public void focusRam() {
        ram.requestFocus();
        ram.selectAll();
    }

    public String messageText() {
        return message.getText();
    }
}
