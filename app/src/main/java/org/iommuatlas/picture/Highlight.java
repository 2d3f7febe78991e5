package org.iommuatlas.picture;

import org.iommuatlas.model.Address;

import java.util.Objects;

/**
 * A range to call out in one lane, computed elsewhere (the analysis): a conflict (ERROR) or a
 * caution (WARN, INFO). The integrator adapts analysis results into these.
 */
public record Highlight(Lane lane, long start, long last, Severity severity, String text) {
    public Highlight {
        Objects.requireNonNull(lane, "lane");
        Objects.requireNonNull(severity, "severity");
        text = text == null ? "" : text;
        if (Address.lessThan(last, start)) {
            throw new IllegalArgumentException("highlight end " + Address.hex(last) + " is below its start");
        }
    }
}
