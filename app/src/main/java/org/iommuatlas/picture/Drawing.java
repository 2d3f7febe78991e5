package org.iommuatlas.picture;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The laid-out picture: ordered primitives in pixel coordinates plus the geometry a view needs
 * to turn a mouse position back into an address ({@link #scale()}) or a lane.
 */
public record Drawing(double width, double height, List<Shape> shapes, AxisScale scale,
                      Map<Lane, LaneGeometry> lanes) {
    public Drawing {
        shapes = List.copyOf(shapes);
        lanes = Map.copyOf(lanes);
    }

    public LaneGeometry lane(Lane lane) {
        return lanes.get(lane);
    }

    /** The lane whose column contains {@code x}, if any. */
    public Optional<Lane> laneAt(double x) {
        for (LaneGeometry g : lanes.values()) {
            if (g.containsX(x)) {
                return Optional.of(g.lane());
            }
        }
        return Optional.empty();
    }
}
