package org.iommuatlas.ui.classroom;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.GuestRegion;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.trace.Space;
import org.iommuatlas.trace.TraceStep;

/**
 * The model objects a trace step points at, for the view's highlighted set: in GPA the RAM bank or
 * guest region holding the address, in IOVA the DMA map and the host regions holding it.
 */
final class TraceStepObjects {
    private TraceStepObjects() {
    }

    static Set<Object> of(TraceStep step, Scenario scenario, List<DmaMap> maps) {
        Set<Object> out = new HashSet<>();
        if (step.address().isEmpty()) {
            return out;
        }
        long a = step.address().getAsLong();
        if (step.space() == Space.GPA) {
            for (RamBank b : scenario.guest().banks()) {
                if (b.range().contains(a)) {
                    out.add(b);
                }
            }
            if (out.isEmpty()) {
                for (GuestRegion r : scenario.guest().regions()) {
                    if (r.range().contains(a)) {
                        out.add(r);
                    }
                }
            }
        } else if (step.space() == Space.IOVA || step.space() == Space.IRQ) {
            for (DmaMap m : maps) {
                if (m.range().contains(a)) {
                    out.add(m);
                }
            }
            for (ReservedRegion r : scenario.host().regions()) {
                if (r.range().contains(a)) {
                    out.add(r);
                }
            }
        }
        return out;
    }
}
