package org.iommuatlas.format.host;

import org.iommuatlas.model.HostModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a host-side reader produced: the model fragment plus notes for the user about things
 * that were read but are uncertain (an unknown type word, a table that cannot say whether a
 * region is relaxable, a file that had to be skipped). Every parser in this package returns one.
 */
public record HostReadout(HostModel host, List<String> warnings) {
    public HostReadout {
        Objects.requireNonNull(host, "host");
        warnings = List.copyOf(warnings);
    }

    public static HostReadout of(HostModel host) {
        return new HostReadout(host, List.of());
    }

    public HostReadout withHost(HostModel newHost) {
        return new HostReadout(newHost, warnings);
    }

    public HostReadout withWarnings(List<String> more) {
        List<String> all = new ArrayList<>(warnings);
        all.addAll(more);
        return new HostReadout(host, all);
    }

    /** Both fragments combined as {@link HostModel#mergedWith} does; warnings concatenated. */
    public HostReadout mergedWith(HostReadout other) {
        return new HostReadout(host.mergedWith(other.host), concat(warnings, other.warnings));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
