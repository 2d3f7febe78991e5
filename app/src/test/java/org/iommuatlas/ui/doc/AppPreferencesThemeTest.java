package org.iommuatlas.ui.doc;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.prefs.AbstractPreferences;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Saving the theme writes the preferences only when it changes (the window saves it at every start). */
class AppPreferencesThemeTest {
    /** Preferences in memory that count how often they are written out. */
    private static final class CountingNode extends AbstractPreferences {
        final Map<String, String> values = new HashMap<>();
        int flushes;

        CountingNode() {
            super(null, "");
        }

        @Override
        protected void putSpi(String key, String value) {
            values.put(key, value);
        }

        @Override
        protected String getSpi(String key) {
            return values.get(key);
        }

        @Override
        protected void removeSpi(String key) {
            values.remove(key);
        }

        @Override
        protected void removeNodeSpi() {
        }

        @Override
        protected String[] keysSpi() {
            return values.keySet().toArray(String[]::new);
        }

        @Override
        protected String[] childrenNamesSpi() {
            return new String[0];
        }

        @Override
        protected AbstractPreferences childSpi(String name) {
            throw new UnsupportedOperationException(name);
        }

        @Override
        protected void syncSpi() {
        }

        @Override
        protected void flushSpi() {
            flushes++;
        }
    }

    @Test
    void aNewThemeIsStoredAndWrittenOut() {
        CountingNode node = new CountingNode();
        AppPreferences prefs = new AppPreferences(node);

        prefs.saveTheme("dark");

        assertEquals("dark", prefs.theme());
        assertEquals("dark", node.values.get("theme"));
        assertEquals(1, node.flushes);
    }

    @Test
    void theSameThemeAgainWritesNothing() {
        CountingNode node = new CountingNode();
        AppPreferences prefs = new AppPreferences(node);
        prefs.saveTheme("dark");

        prefs.saveTheme("dark");

        assertEquals("dark", prefs.theme());
        assertEquals(1, node.flushes);
    }

    @Test
    void theDefaultLightThemeNeedsNoWriteOnAFirstStart() {
        CountingNode node = new CountingNode();
        AppPreferences prefs = new AppPreferences(node);

        prefs.saveTheme("light");

        assertEquals("light", prefs.theme());
        assertEquals(0, node.flushes);
    }
}
