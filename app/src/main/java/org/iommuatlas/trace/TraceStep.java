package org.iommuatlas.trace;

import java.util.Objects;
import java.util.OptionalLong;

import org.iommuatlas.model.Address;

/**
 * One step of a traced DMA.
 *
 * @param address the address in {@code space}, or empty when no single address can be named
 *                (guest RAM's host page: VFIO pins pages at page granularity, so there is no
 *                linear GPA-to-HPA formula to print)
 * @param handler what handles the transaction at this step ("VFIO type1 DMA map", "interrupt remapping")
 * @param caption one or two sentences for the learner
 */
public record TraceStep(Space space, OptionalLong address, String handler, Outcome outcome, String caption) {
    public TraceStep {
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(caption, "caption");
    }

    static TraceStep at(Space space, long address, String handler, Outcome outcome, String caption) {
        return new TraceStep(space, OptionalLong.of(address), handler, outcome, caption);
    }

    static TraceStep unaddressed(Space space, String handler, Outcome outcome, String caption) {
        return new TraceStep(space, OptionalLong.empty(), handler, outcome, caption);
    }

    /** The address as hex, or "-" when none is named. */
    public String addressText() {
        return address.isPresent() ? Address.hex(address.getAsLong()) : "-";
    }
}
