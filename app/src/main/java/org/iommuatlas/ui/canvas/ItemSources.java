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

    /** A model object's place: its kind ("map", "resv:msi", "guest", "host") and exact range. */
    private record Key(String kind, long start, long last) {
    }

    ItemSources(Scenario scenario, AnalysisView analysis, PictureInput input) {
        // One pass over each model list, first object per range: a host with 200,000 regions must
        // not be scanned once per item.
        Map<Key, Object> models = new HashMap<>();
        for (var m : analysis.maps()) {
            models.putIfAbsent(new Key("map", m.iova(), m.last()), m);
        }
        for (var r : scenario.host().regions()) {
            models.putIfAbsent(new Key("resv:" + r.type().word(), r.start(), r.last()), r);
        }
        for (var r : scenario.guest().regions()) {
            models.putIfAbsent(new Key("guest", r.start(), r.last()), r);
        }
        for (var m : scenario.host().memory()) {
            models.putIfAbsent(new Key("host", m.start(), m.last()), m);
        }
        for (Item item : input.items()) {
            items.put(item.id(), item);
            Object source = resolve(item, scenario, models);
            byId.put(item.id(), source);
            idOf.putIfAbsent(source, item.id());
        }
    }

    private static Object resolve(Item item, Scenario s, Map<Key, Object> models) {
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
        return models.getOrDefault(new Key(kind, item.start(), item.last()), item);
    }

    Object source(String itemId) {
        return byId.get(itemId);
    }

    Item item(String itemId) {
        return items.get(itemId);
    }

    /** The item id showing {@code source}, or null. RAM banks match by id so an edited bank keeps its item. */
    String idOf(Object source) {
        if (source instanceof org.iommuatlas.model.RamBank b) {
            return PictureInputs.bankItemId(b.id());
        }
        return source == null ? null : idOf.get(source);
    }
}
