package org.iommuatlas.picture;

import org.iommuatlas.picture.PanelShape.PanelRole;
import org.iommuatlas.picture.TextShape.TextAnchor;
import org.iommuatlas.picture.TextShape.TextRole;

import java.util.ArrayList;
import java.util.List;

/** The legend block of an exported picture: a swatch, the name and tag, and (room permitting) the meaning of every style shown. */
final class LegendLayout {
    private LegendLayout() {
    }

    /**
     * Legend shapes for the styles in {@code input}, in a column at {@code x} of width {@code w}
     * from {@code top}, never below {@code height - font}. Empty when nothing is drawn.
     */
    static List<Shape> layout(PictureInput input, double x, double top, double w, double height, double font) {
        List<Shape> shapes = new ArrayList<>();
        List<Legend.Entry> entries = Legend.entriesFor(input);
        if (entries.isEmpty()) {
            return shapes;
        }
        double pad = font * 0.8;
        double rowName = font * 1.35;
        double meaningLine = font * TextRole.LEGEND_MEANING.scale() * 1.3;
        double swatchW = font * 2.4;
        double textX = x + pad + swatchW + font * 0.7;
        double textWidth = x + w - pad - textX;
        List<Shape> body = new ArrayList<>();
        double y = top + pad + font * 0.7;
        body.add(new TextShape(x + pad, y, "Legend", TextRole.LEGEND_TITLE, TextAnchor.START));
        y += font * 1.6;
        // Meanings only when every entry fits with them; otherwise names alone, so no style goes missing.
        double fullHeight = 0;
        for (Legend.Entry e : entries) {
            fullHeight += rowName * 0.95 + font * 0.55
                    + meaningLine * TextEstimate.wrap(e.meaning(), TextRole.LEGEND_MEANING, font, textWidth, 2).size();
        }
        boolean withMeanings = y + fullHeight <= height - font;
        for (Legend.Entry e : entries) {
            double swatchTop = y - font * 0.55;
            double swatchH = font * 1.1;
            if (e.isConnector()) {
                body.add(new BandShape(x + pad, swatchTop + swatchH * 0.3, swatchTop + swatchH * 0.7,
                        x + pad + swatchW, swatchTop, swatchTop + swatchH, e.connectorStyle(), null));
            } else {
                body.add(new RectShape(x + pad, swatchTop, swatchW, swatchH, e.style(), null));
            }
            String name = e.isConnector() ? e.name() : e.name() + "  [" + e.style().tag() + "]";
            body.add(new TextShape(textX, y, TextEstimate.fit(name, TextRole.LEGEND_NAME, font, textWidth),
                    TextRole.LEGEND_NAME, TextAnchor.START));
            y += rowName * 0.95;
            if (withMeanings) {
                for (String line : TextEstimate.wrap(e.meaning(), TextRole.LEGEND_MEANING, font, textWidth, 2)) {
                    body.add(new TextShape(textX, y, line, TextRole.LEGEND_MEANING, TextAnchor.START));
                    y += meaningLine;
                }
                y += font * 0.55;
            } else {
                y += font * 0.35;
            }
            if (y > height - font) {
                break; // the legend is cut rather than drawn off the picture
            }
        }
        double panelHeight = Math.min(height - top - font, y - top);
        shapes.add(new PanelShape(x, top, w, panelHeight, PanelRole.LEGEND));
        shapes.addAll(body);
        return shapes;
    }
}
