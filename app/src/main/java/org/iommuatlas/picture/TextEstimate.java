package org.iommuatlas.picture;

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
}
