package org.iommuatlas.ui.panels;

import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.iommuatlas.ui.canvas.ItemKind;
import org.iommuatlas.ui.canvas.LaneSwatch;
import org.iommuatlas.ui.theme.Theme;

/** One swatch per region type, painted by the same code as the picture (colour, pattern, tag). */
public final class LegendPanel extends FlowPane {
    public LegendPanel() {
        getStyleClass().addAll("legend", "side-panel");
        setPrefWrapLength(300);
        show(Theme.LIGHT);
    }

    public void show(Theme theme) {
        getChildren().clear();
        for (ItemKind kind : ItemKind.values()) {
            Canvas swatch = LaneSwatch.paint(kind, theme, 38, 16);
            Label label = new Label(shortName(kind), swatch);
            label.getStyleClass().add("legend-label");
            label.setTooltip(new Tooltip(kind.description()));
            getChildren().add(label);
        }
    }

    private static String shortName(ItemKind kind) {
        String d = kind.description();
        int cut = d.indexOf(':');
        int paren = d.indexOf('(');
        int end = cut > 0 ? cut : paren > 0 ? paren - 1 : d.length();
        return d.substring(0, end).trim();
    }
}
