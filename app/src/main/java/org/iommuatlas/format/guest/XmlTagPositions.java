package org.iommuatlas.format.guest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Line numbers of start tags, for error messages about well-formed XML: DOM keeps no positions.
 * The k-th {@code <name} start tag in the text is the k-th element of that name in document
 * order, because in well-formed XML a raw {@code <} only opens markup; comments, CDATA,
 * processing instructions and declarations are skipped so their contents are not counted.
 */
final class XmlTagPositions {
    private final Map<String, List<Integer>> lines = new HashMap<>();

    XmlTagPositions(String text) {
        int line = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                i++;
                continue;
            }
            if (c != '<') {
                i++;
                continue;
            }
            String close = text.startsWith("<!--", i) ? "-->" : text.startsWith("<![CDATA[", i) ? "]]>"
                    : text.startsWith("<?", i) ? "?>" : text.startsWith("<!", i) ? ">" : null;
            if (close != null) {
                int end = text.indexOf(close, i);
                end = end < 0 ? n : end + close.length();
                line += count(text, i, end);
                i = end;
                continue;
            }
            int nameStart = i + 1;
            int j = nameStart;
            while (j < n && !Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '>' && text.charAt(j) != '/') {
                j++;
            }
            if (j > nameStart && text.charAt(nameStart) != '/') {
                lines.computeIfAbsent(text.substring(nameStart, j), k -> new ArrayList<>()).add(line);
            }
            i = j;
        }
    }

    /** Line of the {@code index}-th start tag called {@code name} (0-based), or 0 when unknown. */
    int line(String name, int index) {
        List<Integer> list = lines.get(name);
        return list == null || index >= list.size() ? 0 : list.get(index);
    }

    private static int count(String text, int from, int to) {
        int newlines = 0;
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                newlines++;
            }
        }
        return newlines;
    }
}
