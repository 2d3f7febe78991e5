package org.iommuatlas.picture;

import org.iommuatlas.model.Address;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything about a {@link PictureInput} that does not change from frame to frame: items per
 * lane sorted by start, the sub-column each item sits in, connectors sorted by the span they
 * touch, and the folded axis. Built once per input ({@link PictureInput#index()}).
 */
public final class PictureIndex {
    /** At most this many sub-columns per tier; deeper overlaps share the last one. */
    static final int MAX_TRACKS_PER_TIER = 3;

    private final List<Item> items;
    private final Map<String, Item> byId = new HashMap<>();
    private final Map<Lane, LaneItems> lanes = new EnumMap<>(Lane.class);
    private final List<Connector> connectors;
    private final SortedRanges connectorSpans;
    private final FoldedAxis axis;

    /** The items of one lane: drawn items with their sub-column, and overlays drawn across the lane. */
    static final class LaneItems {
        final List<Item> drawn;
        final SortedRanges drawnRanges;
        final int[] column;
        final int columnCount;
        final List<Item> overlays;
        final SortedRanges overlayRanges;

        LaneItems(List<Item> drawn, List<Item> overlays) {
            this.drawn = drawn;
            this.drawnRanges = ranges(drawn);
            this.overlays = overlays;
            this.overlayRanges = ranges(overlays);
            this.column = new int[drawn.size()];
            int baseTracks = assignTracks(Style.Tier.BASE, 0);
            int constraintTracks = assignTracks(Style.Tier.CONSTRAINT, baseTracks);
            this.columnCount = Math.max(1, baseTracks + constraintTracks);
        }

        /** Greedy interval colouring in start order; returns the number of tracks the tier used. */
        private int assignTracks(Style.Tier tier, int firstColumn) {
            long[] trackLast = new long[MAX_TRACKS_PER_TIER];
            int used = 0;
            for (int k = 0; k < drawnRanges.size(); k++) {
                int i = drawnRanges.id(k);
                Item item = drawn.get(i);
                if (item.style().tier() != tier) {
                    continue;
                }
                int track = -1;
                for (int t = 0; t < used; t++) {
                    if (Address.lessThan(trackLast[t], item.start())) {
                        track = t;
                        break;
                    }
                }
                if (track >= 0) {
                    trackLast[track] = item.last();
                } else if (used < MAX_TRACKS_PER_TIER) {
                    track = used++;
                    trackLast[track] = item.last();
                } else { // too deep: share the last track, which now stays busy until the later end
                    track = MAX_TRACKS_PER_TIER - 1;
                    trackLast[track] = Address.max(trackLast[track], item.last());
                }
                column[i] = firstColumn + track;
            }
            return used;
        }

        private static SortedRanges ranges(List<Item> list) {
            long[] s = new long[list.size()];
            long[] l = new long[list.size()];
            for (int i = 0; i < s.length; i++) {
                s[i] = list.get(i).start();
                l[i] = list.get(i).last();
            }
            return new SortedRanges(s, l);
        }
    }

    PictureIndex(PictureInput input) {
        this.items = input.items();
        Map<Lane, List<Item>> drawn = new EnumMap<>(Lane.class);
        Map<Lane, List<Item>> overlays = new EnumMap<>(Lane.class);
        for (Lane lane : Lane.values()) {
            drawn.put(lane, new ArrayList<>());
            overlays.put(lane, new ArrayList<>());
        }
        for (Item item : items) {
            byId.put(item.id(), item);
            (item.style().tier() == Style.Tier.OVERLAY ? overlays : drawn).get(item.lane()).add(item);
        }
        for (Lane lane : Lane.values()) {
            lanes.put(lane, new LaneItems(List.copyOf(drawn.get(lane)), List.copyOf(overlays.get(lane))));
        }
        this.connectors = input.connectors();
        long[] cs = new long[connectors.size()];
        long[] cl = new long[connectors.size()];
        for (int i = 0; i < cs.length; i++) {
            Connector c = connectors.get(i);
            cs[i] = Address.min(c.fromStart(), c.toStart());
            cl[i] = Address.max(c.fromLast(), c.toLast());
        }
        this.connectorSpans = new SortedRanges(cs, cl);

        int n = items.size() + 2 * connectors.size();
        long[] starts = new long[n];
        long[] lasts = new long[n];
        int m = 0;
        for (Item item : items) {
            starts[m] = item.start();
            lasts[m++] = item.last();
        }
        for (Connector c : connectors) {
            starts[m] = c.fromStart();
            lasts[m++] = c.fromLast();
            starts[m] = c.toStart();
            lasts[m++] = c.toLast();
        }
        this.axis = FoldedAxis.build(starts, lasts, m);
    }

    public FoldedAxis foldedAxis() {
        return axis;
    }

    /** The item with this id, or null. */
    public Item item(String id) {
        return byId.get(id);
    }

    /** How many sub-columns the lane's items are split into (1 when nothing overlaps). */
    public int columnCount(Lane lane) {
        return lanes.get(lane).columnCount;
    }

    LaneItems lane(Lane lane) {
        return lanes.get(lane);
    }

    List<Connector> connectors() {
        return connectors;
    }

    SortedRanges connectorSpans() {
        return connectorSpans;
    }

    /** A scale for this data: folded (over this index's axis) or linear. */
    public AxisScale scale(Viewport viewport, boolean folded, double top, double height) {
        return folded ? new FoldedScale(axis, viewport, top, height) : LinearScale.of(viewport, top, height);
    }
}
