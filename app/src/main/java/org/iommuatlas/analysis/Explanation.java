package org.iommuatlas.analysis;

import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.ReservedRegion;

import java.util.List;

/**
 * What a failed map means.
 *
 * @param layoutConflict true when moving or resizing guest RAM can fix it
 * @param hits           for RESERVED_REGION: each blocking host region met, with the overlap
 * @param advice         what to do, one step per entry
 */
public record Explanation(ErrorCause cause, boolean layoutConflict, String summary, List<Hit> hits,
                          List<String> advice) {
    public Explanation {
        hits = List.copyOf(hits);
        advice = List.copyOf(advice);
    }

    /** One host region the failed range meets. */
    public record Hit(ReservedRegion region, AddressRange overlap) {
    }
}
