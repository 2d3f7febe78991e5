package org.iommuatlas.ui.port;

import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.ReservedRegion;

import java.util.Objects;

/**
 * One finding as the window shows it: what collides with what, in plain words, and the two sides
 * so a click can zoom to them and highlight both.
 *
 * @param rule        the rule id from the domain reference ({@code R1}, {@code R6}), for the panel
 * @param summary     one line for the conflicts list
 * @param explanation plain-language explanation for the inspector
 * @param bankId      the RAM bank on the guest side, or null when the finding has none
 * @param map         the DMA map that fails, or null
 * @param hostRegion  the host reserved region it hits, or null
 * @param overlap     the addresses both sides share (what to zoom to)
 */
public record ConflictView(Severity severity, String rule, String summary, String explanation, String bankId,
                           DmaMap map, ReservedRegion hostRegion, AddressRange overlap) {
    public ConflictView {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(overlap, "overlap");
    }
}
