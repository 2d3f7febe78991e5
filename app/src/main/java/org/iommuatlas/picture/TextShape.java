package org.iommuatlas.picture;

/**
 * Text at ({@code x}, {@code y}) where {@code y} is the vertical middle of the line and
 * {@code anchor} says which end of the text {@code x} is.
 */
public record TextShape(double x, double y, String text, TextRole role, TextAnchor anchor) implements Shape {
    public enum TextAnchor {
        START, MIDDLE, END
    }

    /** What the text is, which decides its size, weight, colour and whether it sits on a plate. */
    public enum TextRole {
        TITLE(1.6, true, false),
        SUBTITLE(1.0, false, false),
        STATUS(1.1, true, false),
        LANE_HEADER(1.3, true, false),
        LANE_SUBHEADER(0.9, false, false),
        /** Hex address at a tick, in monospace. */
        TICK_LABEL(0.9, false, true),
        /** An item's name, inside its rectangle. */
        ITEM_LABEL(1.0, true, false),
        /** An item's hex range, a second line inside a tall rectangle. */
        ITEM_DETAIL(0.85, false, true),
        /** An item's name beside a rectangle too small to hold it: drawn on a plate. */
        ITEM_LABEL_OUTSIDE(1.0, true, false),
        /** The text of a conflict highlight: bold, on a plate in the conflict colour. */
        CONFLICT_LABEL(1.05, true, false),
        /** The text of a caution highlight (WARN / INFO): on a plate in the caution colour. */
        CAUTION_LABEL(1.0, true, false),
        /** The style tag ("M", "RAM") in an item's corner. */
        TAG(0.75, true, false),
        BREAK_LABEL(0.9, false, false),
        LEGEND_TITLE(1.1, true, false),
        LEGEND_NAME(0.95, true, false),
        LEGEND_MEANING(0.8, false, false),
        CONNECTOR_LABEL(0.85, false, false);

        private final double scale;
        private final boolean bold;
        private final boolean mono;

        TextRole(double scale, boolean bold, boolean mono) {
            this.scale = scale;
            this.bold = bold;
            this.mono = mono;
        }

        /** Font size relative to the base font size. */
        public double scale() {
            return scale;
        }

        public boolean bold() {
            return bold;
        }

        public boolean mono() {
            return mono;
        }
    }
}
