package org.iommuatlas.ui.canvas;

import org.iommuatlas.model.Scenario;
import org.iommuatlas.picture.Item;
import org.iommuatlas.picture.PictureInput;
import org.iommuatlas.picture.PictureInputs;
import org.iommuatlas.ui.port.AnalysisView;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which model object each picture item shows, and back: hits become RamBanks, ReservedRegions,
 * DmaMaps... for the inspector and the drag controller; selections become item ids for the layout.
 * Items are matched by their id's kind and their exact range.
 */
final class ItemSources {
    private final Map<String, Item> items = new HashMap<>();
    private final Map<String, Object> byId = new HashMap<>();
    private final Map<Object, String> idOf = new HashMap<>();
    private final HostPlaces host;

    /** A model object's place: its kind ("map", "resv:msi", "guest", "host") and exact range. */
    private record Key(String kind, long start, long last) {
    }

    /**
     * The host's items and the model objects they show, resolved once per host model. A drag or an
     * edit changes the guest only; with 100,000 host regions, resolving every host item again took
     * a large part of committing a drag. Kept by the window while the host model is the same
     * instance (models are immutable).
     */
    static final class HostPlaces {
        private final org.iommuatlas.model.HostModel host;
        /** The host items' groups (and so their tooltips) depend on which devices are assigned. */
        private final List<String> assigned;
        private final Map<Key, Object> byPlace = new HashMap<>();
        private final Map<String, Item> items = new HashMap<>();
        private final Map<String, Object> byId = new HashMap<>();
        private final Map<Object, String> idOf = new HashMap<>();

        HostPlaces(Scenario scenario) {
            this.host = scenario.host();
            this.assigned = scenario.assignedDevices();
            for (var r : host.regions()) {
                byPlace.putIfAbsent(new Key("resv:" + r.type().word(), r.start(), r.last()), r);
            }
            for (var m : host.memory()) {
                byPlace.putIfAbsent(new Key("host", m.start(), m.last()), m);
            }
        }

        boolean isFor(Scenario scenario) {
            return host == scenario.host() && assigned.equals(scenario.assignedDevices());
        }

        /** Whether an item id names a host item (reserved regions, host memory), which depend on the host alone. */
        static boolean isHostItem(String id) {
            return id.startsWith("resv:") || id.startsWith("host:");
        }
    }

    ItemSources(Scenario scenario, AnalysisView analysis, PictureInput input, HostPlaces host) {
        this.host = host;
        // One pass over each model list, first object per range: a host with 200,000 regions must
        // not be scanned once per item.
        Map<Key, Object> models = new HashMap<>();
        for (var m : analysis.maps()) {
            models.putIfAbsent(new Key("map", m.iova(), m.last()), m);
        }
        for (var r : scenario.guest().regions()) {
            models.putIfAbsent(new Key("guest", r.start(), r.last()), r);
        }
        for (Item item : input.items()) {
            String id = item.id();
            boolean hostItem = HostPlaces.isHostItem(id);
            if (hostItem && host.items.containsKey(id)) {
                continue;
            }
            Object source = resolve(item, scenario, models, host.byPlace);
            if (hostItem) {
                host.items.put(id, item);
                host.byId.put(id, source);
                host.idOf.putIfAbsent(source, id);
            } else {
                items.put(id, item);
                byId.put(id, source);
                idOf.putIfAbsent(source, id);
            }
        }
    }

    private static Object resolve(Item item, Scenario s, Map<Key, Object> models, Map<Key, Object> hostPlaces) {
        String bank = PictureInputs.bankIdOf(item.id());
        if (bank != null) {
            return s.guest().bank(bank).map(Object.class::cast).orElse(item);
        }
        String id = item.id();
        String kind;
        if (id.startsWith("map:")) {
            kind = "map";
        } else if (id.startsWith("resv:") && id.indexOf('@') > 0) {
            kind = id.substring(0, id.indexOf('@')); // resv:<type word>@<start>-<last>
        } else if (id.startsWith("guest:")) {
            kind = "guest";
        } else if (id.startsWith("host:")) {
            kind = "host";
        } else {
            return item;
        }
        Key key = new Key(kind, item.start(), item.last());
        Object found = models.get(key);
        return found != null ? found : hostPlaces.getOrDefault(key, item);
    }

    Object source(String itemId) {
        Object own = byId.get(itemId);
        return own != null ? own : host.byId.get(itemId);
    }

    Item item(String itemId) {
        Item own = items.get(itemId);
        return own != null ? own : host.items.get(itemId);
    }

    /** The item id showing {@code source}, or null. RAM banks match by id so an edited bank keeps its item. */
    String idOf(Object source) {
        if (source instanceof org.iommuatlas.model.RamBank b) {
            return PictureInputs.bankItemId(b.id());
        }
        if (source == null) {
            return null;
        }
        String own = idOf.get(source);
        return own != null ? own : host.idOf.get(source);
    }
}
