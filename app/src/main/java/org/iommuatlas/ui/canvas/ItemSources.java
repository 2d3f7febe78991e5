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

    ItemSources(Scenario scenario, AnalysisView analysis, PictureInput input) {
        for (Item item : input.items()) {
            items.put(item.id(), item);
            Object source = resolve(item, scenario, analysis);
            byId.put(item.id(), source);
            idOf.putIfAbsent(source, item.id());
        }
    }

    private static Object resolve(Item item, Scenario s, AnalysisView analysis) {
        String bank = PictureInputs.bankIdOf(item.id());
        if (bank != null) {
            return s.guest().bank(bank).map(Object.class::cast).orElse(item);
        }
        String id = item.id();
        if (id.startsWith("map:")) {
            return first(analysis.maps().stream().filter(m -> same(item, m.iova(), m.last())).toList(), item);
        }
        if (id.startsWith("resv:")) {
            return first(s.host().regions().stream().filter(r -> same(item, r.start(), r.last())
                    && id.startsWith("resv:" + r.type().word() + "@")).toList(), item);
        }
        if (id.startsWith("guest:")) {
            return first(s.guest().regions().stream().filter(r -> same(item, r.start(), r.last())).toList(), item);
        }
        if (id.startsWith("host:")) {
            return first(s.host().memory().stream().filter(m -> same(item, m.start(), m.last())).toList(), item);
        }
        return item;
    }

    private static boolean same(Item item, long start, long last) {
        return item.start() == start && item.last() == last;
    }

    private static Object first(List<?> found, Item fallback) {
        return found.isEmpty() ? fallback : found.get(0);
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
