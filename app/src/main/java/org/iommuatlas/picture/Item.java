package org.iommuatlas.picture;

import org.iommuatlas.model.Address;

import java.util.List;
import java.util.Objects;

/**
 * One thing drawn in one lane over the inclusive address range {@code [start, last]}.
 *
 * @param id      unique within a picture; what hit-testing returns (a RAM bank id, a region key)
 * @param label   short text drawn on or beside the item ("msi", "mach-virt.ram")
 * @param tooltip longer text for a tooltip (exact hex range, size, source file:line)
 * @param refs    ids of model objects the item stands for (bank ids, region sources); may be empty
 */
public record Item(String id, Lane lane, long start, long last, Style style, String label, String tooltip,
                   List<String> refs) {
    public Item {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(lane, "lane");
        Objects.requireNonNull(style, "style");
        label = label == null ? "" : label;
        tooltip = tooltip == null ? "" : tooltip;
        refs = refs == null ? List.of() : List.copyOf(refs);
        if (Address.lessThan(last, start)) {
            throw new IllegalArgumentException("item " + id + ": end " + Address.hex(last)
                    + " is below start " + Address.hex(start));
        }
    }

    public static Item of(String id, Lane lane, long start, long last, Style style, String label) {
        return new Item(id, lane, start, last, style, label, label, List.of());
    }

    public Item withStyle(Style newStyle) {
        return new Item(id, lane, start, last, newStyle, label, tooltip, refs);
    }
}
