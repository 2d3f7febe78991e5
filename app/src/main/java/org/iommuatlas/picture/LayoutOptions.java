package org.iommuatlas.picture;

/**
 * How to lay out, apart from what and where: scale kind, base font size, which decorations to
 * include. The window usually turns title and legend off (it has its own controls); exports turn
 * them on.
 *
 * @param folded       folded (log-compressed, with breaks) rather than linear scale
 * @param fontSize     base font size in logical pixels; roles scale from it
 * @param showTitle    title, subtitle and status line at the top
 * @param showLegend   legend block at the right
 * @param minTickSpacing minimum pixels between two tick labels
 * @param selectedId   item id drawn as selected (RAM_BANK becomes RAM_BANK_SELECTED), or null
 */
public record LayoutOptions(boolean folded, double fontSize, boolean showTitle, boolean showLegend,
                            double minTickSpacing, String selectedId) {
    public LayoutOptions {
        if (!(fontSize > 0)) {
            throw new IllegalArgumentException("font size must be positive");
        }
    }

    /** For the window: folded scale, no title or legend. */
    public static LayoutOptions window() {
        return new LayoutOptions(true, 12, false, false, 22, null);
    }

    /** For PNG/SVG export: folded scale, title, status and legend. */
    public static LayoutOptions export() {
        return new LayoutOptions(true, 13, true, true, 24, null);
    }

    public LayoutOptions withFolded(boolean f) {
        return new LayoutOptions(f, fontSize, showTitle, showLegend, minTickSpacing, selectedId);
    }

    public LayoutOptions withFontSize(double size) {
        return new LayoutOptions(folded, size, showTitle, showLegend, Math.max(minTickSpacing, size * 1.8),
                selectedId);
    }

    public LayoutOptions withTitle(boolean on) {
        return new LayoutOptions(folded, fontSize, on, showLegend, minTickSpacing, selectedId);
    }

    public LayoutOptions withLegend(boolean on) {
        return new LayoutOptions(folded, fontSize, showTitle, on, minTickSpacing, selectedId);
    }

    public LayoutOptions withSelected(String id) {
        return new LayoutOptions(folded, fontSize, showTitle, showLegend, minTickSpacing, id);
    }
}
