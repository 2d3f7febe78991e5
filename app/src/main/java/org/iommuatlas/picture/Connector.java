package org.iommuatlas.picture;

import org.iommuatlas.model.Address;

import java.util.Objects;

/**
 * A band joining a range in one lane to a range in another: the GPA-to-IOVA map, an identity
 * map, an MSI window to its target, guest RAM to the host RAM that backs it.
 */
public record Connector(String id, Lane fromLane, long fromStart, long fromLast, Lane toLane, long toStart,
                        long toLast, ConnectorStyle style, String label) {
    public Connector {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fromLane, "fromLane");
        Objects.requireNonNull(toLane, "toLane");
        Objects.requireNonNull(style, "style");
        label = label == null ? "" : label;
        if (fromLane == toLane) {
            throw new IllegalArgumentException("connector " + id + " joins lane " + fromLane + " to itself");
        }
        if (Address.lessThan(fromLast, fromStart) || Address.lessThan(toLast, toStart)) {
            throw new IllegalArgumentException("connector " + id + " has an end below its start");
        }
    }

    /** The same range on both sides (IOVA = GPA, identity maps). */
    public static Connector same(String id, Lane from, Lane to, long start, long last, ConnectorStyle style) {
        return new Connector(id, from, start, last, to, start, last, style, "");
    }
}
