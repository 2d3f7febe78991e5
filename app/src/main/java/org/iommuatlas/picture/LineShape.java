package org.iommuatlas.picture;

/** A straight line: grid line, tick mark, lane edge, separator. */
public record LineShape(double x1, double y1, double x2, double y2, LineRole role) implements Shape {
    public enum LineRole {
        /** Faint horizontal line across the lanes at a tick. */
        GRID,
        /** Short mark at a lane's edge at a tick. */
        TICK,
        /** The outline of a lane. */
        LANE_EDGE,
        /** Separator between title, picture and legend. */
        SEPARATOR,
        /** Ties a highlight's text to its band when the text had to move away. */
        LEADER
    }
}
