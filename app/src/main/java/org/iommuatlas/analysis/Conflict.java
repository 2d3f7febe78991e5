package org.iommuatlas.analysis;

import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.ReservedRegion;

import java.util.Objects;

/**
 * One finding.
 *
 * @param section      the guest section it concerns: the DMA map's memory-region name, a RAM
 *                     bank id (GUEST_OVERLAP), or null for group-level rules (R3, R10, ISOLATION)
 * @param sectionRange the DMA map's or bank's range, null for group-level rules
 * @param bankId       the RAM bank the section belongs to, null for ROM / device RAM / group rules
 * @param hostRegion   the host reserved region involved; null for R5, R10 and GUEST_OVERLAP
 * @param overlap      the addresses where the two meet (for R3 the region itself); null when none
 * @param explanation  what happens, in plain words
 * @param message      the kernel / QEMU line(s) that would be printed, or a description when no
 *                     exact line is known (see {@link Messages})
 */
public record Conflict(Severity severity, Rule rule, String section, AddressRange sectionRange, String bankId,
                       ReservedRegion hostRegion, AddressRange overlap, String explanation, String message) {
    public Conflict {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(message, "message");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
