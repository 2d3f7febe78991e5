package org.iommuatlas.ui.canvas;

import javafx.scene.canvas.Canvas;
import org.iommuatlas.picture.Legend;
import org.iommuatlas.picture.Palette;
import org.iommuatlas.picture.Pattern;
import org.iommuatlas.picture.Stroke;

/** A small sample of a legend entry (a region style or a connector), painted like the picture. */
public final class LegendSwatch {
    private LegendSwatch() {
    }

    public static Canvas paint(Legend.Entry entry, Palette palette, double width, double height) {
        Canvas c = new Canvas(width, height);
        FxPainter p = new FxPainter(c.getGraphicsContext2D());
        if (entry.isConnector()) {
            double[] dash = entry.connectorStyle().dashed() ? new double[]{4, 3} : Stroke.SOLID;
            p.line(1, height / 2, width - 1, height / 2, new Stroke(palette.connector(entry.connectorStyle()), 5, dash));
            return c;
        }
        p.fillRect(0.5, 0.5, width - 1, height - 1, palette.fillOf(entry.style()));
        double[] dash = entry.style().pattern() == Pattern.DASHED_OUTLINE ? new double[]{4, 2} : Stroke.SOLID;
        p.strokeRect(0.5, 0.5, width - 1, height - 1, new Stroke(palette.outline(entry.style()), 1.2, dash));
        return c;
    }
}
