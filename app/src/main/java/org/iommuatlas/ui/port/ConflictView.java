package org.iommuatlas.ui.port;

import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.ReservedRegion;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One finding as the window shows it: what collides with what, in plain words, and the two sides
 * so a click can zoom to them and highlight both. A value: equal findings are equal.
 *
 * <p>The explanation may be given as a supplier and is then made when first asked for. WHY: a
 * drag asks for the findings of the dragged bank on every mouse event, about a hundred of them
 * over a big host, and only the inspector ever reads an explanation; building them all was a good
 * part of the per-event garbage.
 */
public final class ConflictView {
    private final Severity severity;
    private final String rule;
    private final String summary;
    private final String bankId;
    private final DmaMap map;
    private final ReservedRegion hostRegion;
    private final AddressRange overlap;
    private Supplier<String> explanationSource;
    private String explanation;

    /**
     * @param rule        the rule id from the domain reference ({@code R1}, {@code R6}), for the panel
     * @param summary     one line for the conflicts list
     * @param explanation plain-language explanation for the inspector
     * @param bankId      the RAM bank on the guest side, or null when the finding has none
     * @param map         the DMA map that fails, or null
     * @param hostRegion  the host reserved region it hits, or null
     * @param overlap     the addresses both sides share (what to zoom to)
     */
    public ConflictView(Severity severity, String rule, String summary, String explanation, String bankId,
                        DmaMap map, ReservedRegion hostRegion, AddressRange overlap) {
        this(severity, rule, summary, bankId, map, hostRegion, overlap, null);
        this.explanation = Objects.requireNonNull(explanation, "explanation");
    }

    /** As the other constructor, with the explanation made when first asked for. */
    public ConflictView(Severity severity, String rule, String summary, Supplier<String> explanation, String bankId,
                        DmaMap map, ReservedRegion hostRegion, AddressRange overlap) {
        this(severity, rule, summary, bankId, map, hostRegion, overlap, Objects.requireNonNull(explanation, "explanation"));
    }

    private ConflictView(Severity severity, String rule, String summary, String bankId, DmaMap map,
                         ReservedRegion hostRegion, AddressRange overlap, Supplier<String> explanationSource) {
        this.severity = Objects.requireNonNull(severity, "severity");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.summary = Objects.requireNonNull(summary, "summary");
        this.bankId = bankId;
        this.map = map;
        this.hostRegion = hostRegion;
        this.overlap = Objects.requireNonNull(overlap, "overlap");
        this.explanationSource = explanationSource;
    }

    public Severity severity() {
        return severity;
    }

    public String rule() {
        return rule;
    }

    public String summary() {
        return summary;
    }

    /** The plain-language explanation (made now if it was given as a supplier). */
    public synchronized String explanation() {
        if (explanation == null) {
            explanation = Objects.requireNonNull(explanationSource.get(), "explanation");
            explanationSource = null;
        }
        return explanation;
    }

    public String bankId() {
        return bankId;
    }

    public DmaMap map() {
        return map;
    }

    public ReservedRegion hostRegion() {
        return hostRegion;
    }

    public AddressRange overlap() {
        return overlap;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConflictView c && severity == c.severity && rule.equals(c.rule) && summary.equals(c.summary)
                && Objects.equals(bankId, c.bankId) && Objects.equals(map, c.map)
                && Objects.equals(hostRegion, c.hostRegion) && overlap.equals(c.overlap)
                && explanation().equals(c.explanation());
    }

    @Override
    public int hashCode() {
        // Without the explanation, so that hashing does not make it; equal findings still hash equal.
        return Objects.hash(severity, rule, summary, bankId, map, hostRegion, overlap);
    }

    @Override
    public String toString() {
        return "ConflictView[severity=" + severity + ", rule=" + rule + ", summary=" + summary + ", bankId=" + bankId
                + ", map=" + map + ", hostRegion=" + hostRegion + ", overlap=" + overlap + "]";
    }
}
