package org.iommuatlas.picture;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What is drawn, independent of how it was computed: items in three lanes, connectors between
 * lanes, and the texts around them. Immutable. The sorted index every frame needs is built once,
 * on first use, and kept with the input: a new input means new data, so a new index.
 */
public final class PictureInput {
    private final String title;
    private final String subtitle;
    private final String status;
    private final Severity statusSeverity;
    private final List<Item> items;
    private final List<Connector> connectors;
    private volatile PictureIndex index;

    private PictureInput(Builder b) {
        this.title = b.title;
        this.subtitle = b.subtitle;
        this.status = b.status;
        this.statusSeverity = b.statusSeverity;
        this.items = List.copyOf(b.items);
        this.connectors = List.copyOf(b.connectors);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final PictureInput EMPTY = builder().build();

    public String title() {
        return title;
    }

    public String subtitle() {
        return subtitle;
    }

    /** One line such as the predicted QEMU error; empty when there is nothing to say. */
    public String status() {
        return status;
    }

    public Severity statusSeverity() {
        return statusSeverity;
    }

    public List<Item> items() {
        return items;
    }

    public List<Connector> connectors() {
        return connectors;
    }

    /** The per-lane sorted index and folded axis, built on first call and then reused. */
    public PictureIndex index() {
        PictureIndex i = index;
        if (i == null) {
            synchronized (this) {
                i = index;
                if (i == null) {
                    i = new PictureIndex(this);
                    index = i;
                }
            }
        }
        return i;
    }

    /** A builder holding this input's content, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = builder().title(title).subtitle(subtitle).status(status, statusSeverity);
        b.items.addAll(items);
        b.ids.addAll(items.stream().map(Item::id).toList());
        b.connectors.addAll(connectors);
        return b;
    }

    public static final class Builder {
        private String title = "";
        private String subtitle = "";
        private String status = "";
        private Severity statusSeverity = Severity.INFO;
        private final List<Item> items = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();
        private final List<Connector> connectors = new ArrayList<>();
        private int highlightCount;

        private Builder() {
        }

        public Builder title(String t) {
            this.title = t == null ? "" : t;
            return this;
        }

        public Builder subtitle(String s) {
            this.subtitle = s == null ? "" : s;
            return this;
        }

        public Builder status(String s, Severity severity) {
            this.status = s == null ? "" : s;
            this.statusSeverity = Objects.requireNonNull(severity, "severity");
            return this;
        }

        /** Adds an item; its id must be new within this picture. */
        public Builder item(Item item) {
            if (!ids.add(item.id())) {
                throw new IllegalArgumentException("two picture items share the id " + item.id());
            }
            items.add(item);
            return this;
        }

        public Builder items(List<Item> list) {
            list.forEach(this::item);
            return this;
        }

        public Builder connector(Connector c) {
            connectors.add(c);
            return this;
        }

        public Builder connectors(List<Connector> list) {
            connectors.addAll(list);
            return this;
        }

        /** A highlight becomes an overlay item ({@link Style#CONFLICT} or {@link Style#CAUTION}). */
        public Builder highlight(Highlight h) {
            String id = "highlight-" + (highlightCount++);
            return item(new Item(id, h.lane(), h.start(), h.last(), h.severity().highlightStyle(), h.text(),
                    h.severity() + ": " + h.text() + "\n" + PictureText.rangeLine(h.start(), h.last()), List.of()));
        }

        public Builder highlights(List<Highlight> list) {
            list.forEach(this::highlight);
            return this;
        }

        public PictureInput build() {
            return new PictureInput(this);
        }
    }
}
