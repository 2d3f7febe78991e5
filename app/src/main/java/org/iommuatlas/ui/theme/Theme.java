package org.iommuatlas.ui.theme;

import java.util.Locale;

/** The three looks; each is one stylesheet of -atlas-* palette values. */
public enum Theme {
    LIGHT("Light"), DARK("Dark"), PRESENTATION("Presentation");

    private final String label;

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

    public String stylesheet() {
        return Theme.class.getResource("/org/iommuatlas/ui/theme-" + key() + ".css").toExternalForm();
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
