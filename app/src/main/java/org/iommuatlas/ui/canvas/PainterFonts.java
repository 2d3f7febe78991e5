package org.iommuatlas.ui.canvas;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.iommuatlas.picture.FontSpec;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The JavaFX fonts of the picture's font specs, and the widths of texts in them, for both
 * painters ({@link FxPainter} on the canvas, {@link NodePainter} for the drag preview), so that
 * both measure alike.
 *
 * <p>Widths are kept, the most recent few hundred per font. WHY: the drag preview measures its tag
 * and label on every mouse event, and a repaint of the picture measures every label again; a
 * measurement is a text layout (runs, bidi, glyphs). In a monospace font every hex digit is as
 * wide as '0', so the dragged bank's address label, new on every event, is measured once per shape
 * of label, not once per address.
 */
final class PainterFonts {
    /** Fonts are immutable and few. */
    private static final Map<FontSpec, Font> FONTS = new ConcurrentHashMap<>();
    /** Guarded by itself, as is {@link #measure}. */
    private static final Map<Font, Map<String, Double>> WIDTHS = new HashMap<>();
    private static final int WIDTHS_KEPT = 256;
    private static final Pattern HEX_DIGIT = Pattern.compile("[0-9a-fA-F]");
    private static Text measure;

    private PainterFonts() {
    }

    /** The JavaFX font for {@code spec}. */
    static Font font(FontSpec spec) {
        return FONTS.computeIfAbsent(spec, s -> Font.font(s.mono() ? "Monospaced" : "System",
                s.bold() ? FontWeight.BOLD : FontWeight.NORMAL, s.size()));
    }

    /** The width of {@code text} laid out in the font of {@code spec}. */
    static double textWidth(String text, FontSpec spec) {
        Font f = font(spec);
        String key = spec.mono() ? HEX_DIGIT.matcher(text).replaceAll("0") : text;
        synchronized (WIDTHS) {
            Map<String, Double> known = WIDTHS.computeIfAbsent(f, k -> new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Double> eldest) {
                    return size() > WIDTHS_KEPT;
                }
            });
            Double w = known.get(key);
            if (w == null) {
                if (measure == null) {
                    measure = new Text();
                }
                measure.setFont(f);
                measure.setText(key);
                w = measure.getLayoutBounds().getWidth();
                known.put(key, w);
            }
            return w;
        }
    }
}
