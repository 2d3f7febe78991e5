package org.iommuatlas.ui.canvas;

import javafx.scene.canvas.Canvas;
import org.iommuatlas.ui.theme.Theme;
import org.iommuatlas.ui.theme.ThemePalette;

/** A small sample of how a kind of range is drawn, for the legend. */
public final class LaneSwatch {
    private LaneSwatch() {
    }

    public static Canvas paint(ItemKind kind, Theme theme, double width, double height) {
        Canvas c = new Canvas(width, height);
        LanePainter.drawBox(c.getGraphicsContext2D(), ThemePalette.of(theme), kind, 0, 0, width, height);
        return c;
    }
}
