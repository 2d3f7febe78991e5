package org.iommuatlas.ui.doc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the app remembers between runs (java.util.prefs): window geometry, recent files, theme.
 * The node is {@code /org/iommuatlas/ui}, or the one named by {@code atlas.prefs.node} so tests
 * never touch a user's settings.
 */
public final class AppPreferences {
    private static final int RECENT_LIMIT = 8;

    /** Window bounds in screen coordinates. */
    public record Geometry(double x, double y, double width, double height, boolean maximized) {
    }

    private final Preferences node;

    public AppPreferences(Preferences node) {
        this.node = node;
    }

    public static AppPreferences forUser() {
        String name = System.getProperty("atlas.prefs.node", "/org/iommuatlas/ui");
        return new AppPreferences(Preferences.userRoot().node(name));
    }

    public java.util.Optional<Geometry> geometry() {
        double w = node.getDouble("window.width", -1);
        double h = node.getDouble("window.height", -1);
        if (w < 200 || h < 150) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Geometry(node.getDouble("window.x", 0), node.getDouble("window.y", 0), w, h,
                node.getBoolean("window.maximized", false)));
    }

    public void saveGeometry(Geometry g) {
        node.putDouble("window.x", g.x());
        node.putDouble("window.y", g.y());
        node.putDouble("window.width", g.width());
        node.putDouble("window.height", g.height());
        node.putBoolean("window.maximized", g.maximized());
        flush();
    }

    public List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < RECENT_LIMIT; i++) {
            String p = node.get("recent." + i, null);
            if (p != null) {
                files.add(Path.of(p));
            }
        }
        return files;
    }

    /** Puts {@code file} first in the recent list, dropping duplicates and the oldest beyond the limit. */
    public List<Path> addRecent(Path file) {
        List<Path> files = new ArrayList<>(recentFiles());
        Path abs = file.toAbsolutePath().normalize();
        files.remove(abs);
        files.add(0, abs);
        for (int i = 0; i < RECENT_LIMIT; i++) {
            if (i < files.size()) {
                node.put("recent." + i, files.get(i).toString());
            } else {
                node.remove("recent." + i);
            }
        }
        flush();
        return files.subList(0, Math.min(files.size(), RECENT_LIMIT));
    }

    public String theme() {
        return node.get("theme", "light");
    }

    public void saveTheme(String theme) {
        if (theme.equals(theme())) {
            // WHY: the window applies the saved theme at start-up; writing the same value back
            // rewrote the preferences file (an XML transform, cold) before the first frame.
            return;
        }
        node.put("theme", theme);
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            System.err.println("iommu-atlas: could not store preferences: " + e.getMessage());
        }
    }
}
