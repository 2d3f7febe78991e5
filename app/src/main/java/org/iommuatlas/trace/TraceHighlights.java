package org.iommuatlas.trace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.iommuatlas.model.Address;
import org.iommuatlas.picture.Highlight;
import org.iommuatlas.picture.Lane;
import org.iommuatlas.picture.Severity;

/**
 * Trace steps as picture highlights: a step with an address in GPA, IOVA or HPA marks the 4 KiB page
 * holding it in its lane (the smallest unit an IOMMU maps; a page also keeps the axis ticks round).
 */
public final class TraceHighlights {
    private static final long PAGE = 4096;

    private TraceHighlights() {
    }

    /** The highlight of one step, if it names an address in a lane. */
    public static Optional<Highlight> of(TraceStep step) {
        Optional<Lane> lane = lane(step.space());
        if (lane.isEmpty() || step.address().isEmpty()) {
            return Optional.empty();
        }
        long page = Address.alignDown(step.address().getAsLong(), PAGE);
        return Optional.of(new Highlight(lane.get(), page, page + (PAGE - 1), severity(step.outcome()), step.handler()));
    }

    /** The highlights of steps 0..{@code upTo} (inclusive), one per lane and address, the latest text winning. */
    public static List<Highlight> upTo(Trace trace, int upTo) {
        Set<Highlight> out = new LinkedHashSet<>();
        for (int i = 0; i <= upTo && i < trace.steps().size(); i++) {
            of(trace.steps().get(i)).ifPresent(h -> {
                out.removeIf(o -> o.lane() == h.lane() && o.start() == h.start());
                out.add(h);
            });
        }
        return new ArrayList<>(out);
    }

    public static List<Highlight> all(Trace trace) {
        return upTo(trace, trace.steps().size() - 1);
    }

    private static Optional<Lane> lane(Space space) {
        return switch (space) {
            case GPA -> Optional.of(Lane.GPA);
            case IOVA -> Optional.of(Lane.IOVA);
            case HPA -> Optional.of(Lane.HPA);
            case IRQ -> Optional.of(Lane.IOVA); // the interrupt is decided at the IOVA the device wrote
        };
    }

    private static Severity severity(Outcome outcome) {
        return switch (outcome) {
            case FAULT -> Severity.ERROR;
            case INTERRUPT_REMAPPING, ITS_DOORBELL -> Severity.WARN;
            default -> Severity.INFO;
        };
    }
}
