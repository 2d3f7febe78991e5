package org.iommuatlas.trace;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A traced DMA from the assigned device: the steps in order, the final outcome, and for a fault
 * why. {@code outcome} is the last terminal step's outcome.
 */
public record Trace(long gpa, List<TraceStep> steps, Outcome outcome, Optional<FaultReason> faultReason) {
    public Trace {
        steps = List.copyOf(steps);
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(faultReason, "faultReason");
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a trace has at least one step");
        }
        if (!outcome.terminal()) {
            throw new IllegalArgumentException("a trace ends in a final outcome, not " + outcome);
        }
        if (faultReason.isPresent() != (outcome == Outcome.FAULT)) {
            throw new IllegalArgumentException("a fault reason goes with a FAULT outcome only");
        }
    }

    /** The step that decided the outcome: the last terminal one. */
    public TraceStep finalStep() {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).outcome().terminal()) {
                return steps.get(i);
            }
        }
        throw new IllegalStateException("no terminal step");
    }
}
