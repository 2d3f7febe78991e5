package org.iommuatlas.analysis;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.ReservedRegion;

import java.util.Optional;

/**
 * How large a RAM bank may grow at its current base, and where its current size would fit.
 *
 * @param maxBytes              the largest page-multiple size whose DMA maps (carve-outs and page
 *                              alignment applied) stay clear of every blocking region and inside the
 *                              aperture and address width; 0 when nothing fits at this base
 * @param limitedBy             the region that sets the limit, null when the aperture or address
 *                              width does (or nothing does)
 * @param limitingSectionStart  iova of the DMA map that would hit the limit first (for x86 low RAM
 *                              the section after vga-lowmem, 0xc0000); equals {@code start} aligned
 *                              up when there is no carve-out
 * @param placementBelow        the highest page-aligned base at or below {@code start} where the
 *                              bank's current size lies within one usable IOVA range
 * @param placementAbove        the lowest such base at or above {@code start}
 */
public record BankFit(String bankId, long start, long currentSize, long maxBytes, ReservedRegion limitedBy,
                      long limitingSectionStart, Optional<Long> placementBelow, Optional<Long> placementAbove) {

    /** True when the bank's current size is within the limit. */
    public boolean fits() {
        return Address.lessOrEqual(currentSize, maxBytes);
    }

    /** How large the limiting section may be: {@code start + maxBytes - limitingSectionStart}. */
    public long sectionMaxBytes() {
        long end = start + maxBytes;
        return Address.lessOrEqual(end, limitingSectionStart) ? 0 : end - limitingSectionStart;
    }
}
