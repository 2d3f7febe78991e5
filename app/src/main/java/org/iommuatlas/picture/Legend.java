package org.iommuatlas.picture;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The legend rows for a picture: one per style and connector style that actually appears. */
public final class Legend {
    /** One legend row: a style (or a connector style), its name and its meaning. */
    public record Entry(Style style, ConnectorStyle connectorStyle, String name, String meaning) {
        public boolean isConnector() {
            return connectorStyle != null;
        }
    }

    private Legend() {
    }

    /** Entries for the styles in the input, in {@link Style} order, then connector styles. */
    public static List<Entry> entriesFor(PictureInput input) {
        Set<Style> styles = EnumSet.noneOf(Style.class);
        input.items().forEach(i -> styles.add(i.style()));
        Set<ConnectorStyle> links = EnumSet.noneOf(ConnectorStyle.class);
        input.connectors().forEach(c -> links.add(c.style()));
        List<Entry> out = new ArrayList<>();
        for (Style s : styles) {
            out.add(new Entry(s, null, s.legendName(), s.meaning()));
        }
        for (ConnectorStyle c : links) {
            out.add(new Entry(null, c, c.legendName(), c.meaning()));
        }
        return out;
    }

    /** Every style and connector style (for a full legend pane). */
    public static List<Entry> all() {
        List<Entry> out = new ArrayList<>();
        for (Style s : Style.values()) {
            out.add(new Entry(s, null, s.legendName(), s.meaning()));
        }
        for (ConnectorStyle c : ConnectorStyle.values()) {
            out.add(new Entry(null, c, c.legendName(), c.meaning()));
        }
        return out;
    }
}
