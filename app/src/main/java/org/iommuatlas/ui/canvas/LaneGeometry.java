package org.iommuatlas.ui.canvas;

/**
 * Where the lanes sit horizontally for a canvas size: a tick gutter, then GPA, IOVA and HPA with
 * room between them for the connector bands. Painting and hit-testing share it.
 */
public record LaneGeometry(double width, double height) {
    public static final double HEADER = 44;
    public static final double FOOTER = 10;
    public static final double GUTTER = 112;
    public static final double CONNECTOR = 64;
    public static final double MARGIN = 14;

    public double laneWidth() {
        return Math.max(60, (width - GUTTER - 2 * CONNECTOR - MARGIN) / 3);
    }

    public double laneX(Lane lane) {
        return GUTTER + lane.ordinal() * (laneWidth() + CONNECTOR);
    }

    public double axisTop() {
        return HEADER;
    }

    public double axisBottom() {
        return Math.max(HEADER + 50, height - FOOTER);
    }

    /** Left edge and width of an item: host regions take the right part of a lane so what they overlap stays visible. */
    public double[] horizontal(LaneItem item) {
        double x = laneX(item.lane());
        double w = laneWidth();
        boolean sideBySide = item.source() instanceof org.iommuatlas.model.ReservedRegion;
        if (sideBySide) {
            return new double[]{x + w * 0.42, w * 0.58};
        }
        return new double[]{x, item.lane() == Lane.GPA || item.kind() == ItemKind.HOST_RAM
                || item.kind() == ItemKind.HOST_OTHER ? w : w * 0.42};
    }

    /** The lane under {@code x}, or null over the gutter or a connector gap. */
    public Lane laneAt(double x) {
        for (Lane lane : Lane.values()) {
            double lx = laneX(lane);
            if (x >= lx && x <= lx + laneWidth()) {
                return lane;
            }
        }
        return null;
    }
}
