package org.iommuatlas.ui.theme;

import java.util.Locale;

/** The three looks; each is one stylesheet of -atlas-* palette values. */
public enum Theme {
    LIGHT("Light"), DARK("Dark"), PRESENTATION("Presentation");

    private final String label;
    /**
     * Read once: the packaged stylesheet does not change while the app runs, and the picture, the
     * legend and the exports each ask for it (reading and parsing it twice cost the first frame).
     */
    private volatile org.iommuatlas.picture.Palette palette;

    Theme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The name saved in preferences and in a scenario's view settings. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The picture package's theme stylesheet: the -atlas-* palette the canvas and the panels share. */
    public String stylesheet() {
        String path = org.iommuatlas.picture.Palette.resourcePath(key());
        java.net.URL url = Theme.class.getResource(path.startsWith("/") ? path : "/" + path);
        if (url == null) {
            throw new IllegalStateException("missing theme stylesheet " + path);
        }
        return url.toExternalForm();
    }

    /** The palette the canvas paints with (read from the same stylesheet). */
    public org.iommuatlas.picture.Palette palette() {
        org.iommuatlas.picture.Palette p = palette;
        if (p == null) {
            p = org.iommuatlas.picture.Palette.load(key()); // immutable: two threads loading it at once is harmless
            palette = p;
        }
        return p;
    }

    public static Theme fromKey(String key) {
        for (Theme t : values()) {
            if (t.key().equalsIgnoreCase(key)) {
                return t;
            }
        }
        return LIGHT;
    }
}
