package org.iommuatlas.format.host;

import java.util.List;

/** Splits input text into lines the way every reader here numbers them (1-based, CR/LF tolerant). */
final class TextLines {
    private TextLines() {
    }

    /** The lines of {@code text}; a trailing newline does not make an extra empty line. */
    static List<String> of(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        String[] parts = text.split("\r?\n|\r", -1);
        int count = parts.length;
        if (count > 0 && parts[count - 1].isEmpty()) {
            count--;
        }
        return List.of(parts).subList(0, count);
    }
}
