package org.iommuatlas.ui.panels;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import org.iommuatlas.picture.Legend;
import org.iommuatlas.picture.Palette;
import org.iommuatlas.ui.canvas.LegendSwatch;
import org.iommuatlas.ui.theme.Theme;

/** One swatch per region style and connector, painted by the picture's own painter; the meaning is in the tooltip. */
public final class LegendPanel extends FlowPane {
    /** The theme the swatches are painted in; the window applies its theme once more at start-up. */
    private Theme shown;

    public LegendPanel() {
        getStyleClass().addAll("legend", "side-panel");
        setPrefWrapLength(300);
        show(Theme.LIGHT);
    }

    public void show(Theme theme) {
        if (theme == shown) {
            return;
        }
        shown = theme;
        Palette palette = theme.palette();
        getChildren().clear();
        for (Legend.Entry entry : Legend.all()) {
            Label label = new Label(entry.name(), LegendSwatch.paint(entry, palette, 30, 14));
            label.getStyleClass().add("legend-label");
            HoverTooltip.set(label, entry.name() + ": " + entry.meaning());
            getChildren().add(label);
        }
    }
}
