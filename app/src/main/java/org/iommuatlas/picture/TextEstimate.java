package org.iommuatlas.picture;

import java.util.ArrayList;
import java.util.List;

/**
 * Text widths the layout can compute without a font system (no JavaFX, no AWT), used to keep
 * labels apart. Slightly generous, so a label that fits by estimate also fits when painted.
 */
final class TextEstimate {
    private TextEstimate() {
    }

    static double width(String text, double size, boolean bold, boolean mono) {
        double perChar = mono ? 0.62 : bold ? 0.65 : 0.58;
        return text.length() * size * perChar;
    }

    static double width(String text, TextShape.TextRole role, double baseSize) {
        return width(text, baseSize * role.scale(), role.bold(), role.mono());
    }

    /** The longest prefix of {@code text} (plus an ellipsis when cut) that fits {@code maxWidth}, or "". */
    static String fit(String text, TextShape.TextRole role, double baseSize, double maxWidth) {
        if (width(text, role, baseSize) <= maxWidth) {
            return text;
        }
        for (int n = text.length() - 1; n >= 3; n--) {
            String cut = text.substring(0, n) + "\u2026";
            if (width(cut, role, baseSize) <= maxWidth) {
                return cut;
            }
        }
        return "";
    }

    /** Splits text at spaces into lines of at most {@code maxWidth}; the last kept line ends in an ellipsis when text is left over. */
    static List<String> wrap(String text, TextShape.TextRole role, double font, double maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (TextEstimate.width(candidate, role, font) <= maxWidth || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        if (lines.size() > maxLines) {
            List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
            String lastLine = cut.get(maxLines - 1) + " " + lines.get(maxLines);
            cut.set(maxLines - 1, fit(lastLine + "\u2026", role, font, maxWidth));
            return cut;
        }
        return lines;
    }
}
