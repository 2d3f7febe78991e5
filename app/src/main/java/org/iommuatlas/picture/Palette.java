package org.iommuatlas.picture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The colours, sizes and line widths of one theme, read from the {@code -atlas-*} declarations of
 * the theme's CSS resource ({@code org/iommuatlas/theme/<name>.css}), the one source of truth the
 * JavaFX window also loads as a stylesheet. {@code @import "other.css";} pulls in a base theme
 * whose values the importing file overrides.
 */
public final class Palette {
    /** The themes shipped with the application. */
    public static final List<String> THEMES = List.of("light", "dark", "presentation");

    static final String RESOURCE_DIR = "/org/iommuatlas/theme/";

    /** Frame keys every theme must define, besides one per {@link Style} and {@link ConnectorStyle}. */
    static final List<String> FRAME_KEYS = List.of("-atlas-background", "-atlas-text", "-atlas-text-muted",
            "-atlas-grid", "-atlas-lane", "-atlas-lane-edge", "-atlas-plate", "-atlas-break");

    private static final java.util.regex.Pattern DECLARATION =
            java.util.regex.Pattern.compile("(-atlas-[a-z0-9-]+)\\s*:\\s*([^;]+);");
    private static final java.util.regex.Pattern IMPORT =
            java.util.regex.Pattern.compile("@import\\s+(?:url\\(\\s*)?[\"']([^\"']+)[\"']\\s*\\)?\\s*;");
    private static final java.util.regex.Pattern COMMENT =
            java.util.regex.Pattern.compile("/\\*.*?\\*/", java.util.regex.Pattern.DOTALL);

    private final String name;
    private final Map<String, Rgb> colors;
    private final double fontSize;
    private final double lineWidth;

    private Palette(String name, Map<String, Rgb> colors, double fontSize, double lineWidth) {
        this.name = name;
        this.colors = Map.copyOf(colors);
        this.fontSize = fontSize;
        this.lineWidth = lineWidth;
    }

    /**
     * Loads a shipped theme by name ("light", "dark", "presentation").
     *
     * @throws IllegalArgumentException for an unknown theme or a theme missing a colour
     */
    public static Palette load(String themeName) {
        String theme = themeName.toLowerCase(Locale.ROOT);
        Map<String, String> values = new HashMap<>();
        readInto(theme + ".css", values, new ArrayList<>());
        return fromDeclarations(theme, values);
    }

    /** The classpath resource of a theme, for the window's {@code getStylesheets().add(...)}. */
    public static String resourcePath(String themeName) {
        return RESOURCE_DIR + themeName.toLowerCase(Locale.ROOT) + ".css";
    }

    /**
     * Builds a palette from CSS text (for a theme file that is not a resource).
     *
     * @throws IllegalArgumentException when a value is malformed or a colour is missing
     */
    public static Palette parse(String name, String css) {
        Map<String, String> values = new HashMap<>();
        collect(css, values);
        return fromDeclarations(name, values);
    }

    private static void readInto(String file, Map<String, String> values, List<String> seen) {
        if (seen.contains(file)) {
            throw new IllegalArgumentException("theme " + file + " imports itself (via " + seen + ")");
        }
        seen.add(file);
        String css;
        try (InputStream in = Palette.class.getResourceAsStream(RESOURCE_DIR + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no theme '" + file.replace(".css", "") + "'; expected one of "
                        + THEMES);
            }
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read theme " + file + ": " + e.getMessage(), e);
        }
        String text = COMMENT.matcher(css).replaceAll(" ");
        Matcher imports = IMPORT.matcher(text);
        while (imports.find()) {
            readInto(imports.group(1), values, seen);
        }
        collect(text, values);
    }

    private static void collect(String css, Map<String, String> values) {
        Matcher m = DECLARATION.matcher(COMMENT.matcher(css).replaceAll(" "));
        while (m.find()) {
            values.put(m.group(1), m.group(2).trim());
        }
    }

    private static Palette fromDeclarations(String name, Map<String, String> values) {
        Map<String, Rgb> colors = new HashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (e.getValue().startsWith("#")) {
                try {
                    colors.put(e.getKey(), Rgb.parse(e.getValue()));
                } catch (IllegalArgumentException ex) {
                    throw new IllegalArgumentException("theme " + name + ", " + e.getKey() + ": " + ex.getMessage());
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (String key : requiredKeys()) {
            if (!colors.containsKey(key)) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("theme " + name + " lacks colours " + missing);
        }
        return new Palette(name, colors, size(values, "-atlas-font-size", 13, name),
                size(values, "-atlas-line-width", 1, name));
    }

    /** Every colour key a theme must define. */
    public static List<String> requiredKeys() {
        List<String> keys = new ArrayList<>(FRAME_KEYS);
        for (Style s : Style.values()) {
            keys.add(s.paletteKey());
        }
        for (ConnectorStyle c : ConnectorStyle.values()) {
            keys.add(c.paletteKey());
        }
        return keys;
    }

    private static double size(Map<String, String> values, String key, double fallback, String theme) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        String number = v.endsWith("px") ? v.substring(0, v.length() - 2).trim() : v;
        try {
            double d = Double.parseDouble(number);
            if (d > 0) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("theme " + theme + ", " + key + ": expected a size like 13px, found '"
                + v + "'");
    }

    public String name() {
        return name;
    }

    /** A colour by its CSS name ({@code -atlas-msi}). */
    public Rgb color(String key) {
        Rgb c = colors.get(key);
        if (c == null) {
            throw new IllegalArgumentException("theme " + name + " has no colour " + key);
        }
        return c;
    }

    public boolean has(String key) {
        return colors.containsKey(key);
    }

    public Rgb fill(Style style) {
        return color(style.paletteKey());
    }

    /** Pattern and dash ink: {@code -atlas-<style>-ink} when the theme sets one, else the fill pulled towards the text colour. */
    public Rgb ink(Style style) {
        String key = style.paletteKey() + "-ink";
        return has(key) ? color(key) : fill(style).mix(text(), 0.45);
    }

    /** Outline of an item: darker (light theme) or lighter (dark theme) than its fill. */
    public Rgb outline(Style style) {
        return fill(style).mix(text(), 0.55);
    }

    /** Fill, pattern and ink of a style in one value for {@link Painter#fillRect}. */
    public Fill fillOf(Style style) {
        return new Fill(fill(style), style.pattern(), ink(style));
    }

    /** Text colour that stays readable on the style's fill. */
    public Rgb textOn(Style style) {
        Rgb f = fill(style);
        return f.luminance() < 0.22 ? Rgb.WHITE : Rgb.of(0x10, 0x10, 0x10);
    }

    public Rgb connector(ConnectorStyle style) {
        return color(style.paletteKey());
    }

    public Rgb background() {
        return color("-atlas-background");
    }

    public Rgb text() {
        return color("-atlas-text");
    }

    public Rgb textMuted() {
        return color("-atlas-text-muted");
    }

    public Rgb grid() {
        return color("-atlas-grid");
    }

    public Rgb lane() {
        return color("-atlas-lane");
    }

    public Rgb laneEdge() {
        return color("-atlas-lane-edge");
    }

    /** Background behind labels that sit over other shapes. */
    public Rgb plate() {
        return color("-atlas-plate");
    }

    public Rgb breakFill() {
        return color("-atlas-break");
    }

    /** Base font size in logical pixels; text roles scale from it. */
    public double fontSize() {
        return fontSize;
    }

    /** Base line width in logical pixels. */
    public double lineWidth() {
        return lineWidth;
    }
}
