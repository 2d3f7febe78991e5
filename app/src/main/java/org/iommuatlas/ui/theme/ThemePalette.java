package org.iommuatlas.ui.theme;

import javafx.scene.paint.Color;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The -atlas-* colours of a theme stylesheet, for painting on the canvas. A Canvas does not take
 * CSS, so the values are read from the same file the scene uses: one palette, two consumers.
 */
public final class ThemePalette {
    private static final Pattern ENTRY = Pattern.compile("(-atlas-[a-z-]+)\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;");

    private final Map<String, Color> colours;

    private ThemePalette(Map<String, Color> colours) {
        this.colours = Map.copyOf(colours);
    }

    public static ThemePalette of(Theme theme) {
        String resource = "/org/iommuatlas/ui/theme-" + theme.key() + ".css";
        try (InputStream in = ThemePalette.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing theme stylesheet " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ThemePalette parse(String css) {
        Map<String, Color> found = new HashMap<>();
        Matcher m = ENTRY.matcher(css);
        while (m.find()) {
            found.put(m.group(1), Color.web(m.group(2)));
        }
        return new ThemePalette(found);
    }

    /** The colour named {@code -atlas-<name>}; magenta when missing, so a typo shows at once. */
    public Color get(String name) {
        return colours.getOrDefault("-atlas-" + name, Color.MAGENTA);
    }
}
