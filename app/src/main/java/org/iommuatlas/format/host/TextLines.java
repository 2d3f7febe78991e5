package org.iommuatlas.format.host;

import java.util.ArrayList;
import java.util.List;

/** Splits input text into lines the way every reader here numbers them (1-based, CR/LF tolerant). */
final class TextLines {
    private TextLines() {
    }

    /**
     * The lines of {@code text}, split at CR LF, LF or a lone CR; a trailing line break does not
     * make an extra empty line. A hand-written scan rather than a regular-expression split: host
     * logs run to millions of lines (issue #4 loading benchmark).
     */
    static List<String> of(String text) {
        List<String> lines = new ArrayList<>();
        int length = text.length();
        // Without any CR, String.indexOf (vectorised by the JIT) finds each line end.
        boolean lfOnly = text.indexOf('\r') < 0;
        int pos = 0;
        while (pos < length) {
            int end = lfOnly ? lfLineEnd(text, pos) : lineEnd(text, pos);
            lines.add(text.substring(pos, end));
            pos = nextLineStart(text, end);
        }
        return lines;
    }

    /** Index of the CR or LF that ends the line starting at {@code from}, or the text length. */
    static int lineEnd(String text, int from) {
        int length = text.length();
        for (int i = from; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return length;
    }

    private static int lfLineEnd(String text, int from) {
        int lf = text.indexOf('\n', from);
        return lf < 0 ? text.length() : lf;
    }

    /** Index where the next line starts, given the {@link #lineEnd} of this one. */
    static int nextLineStart(String text, int lineEnd) {
        if (lineEnd < text.length() && text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length()
                && text.charAt(lineEnd + 1) == '\n') {
            return lineEnd + 2;
        }
        return lineEnd + 1;
    }
}
