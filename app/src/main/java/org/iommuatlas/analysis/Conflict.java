package org.iommuatlas.analysis;

import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.ReservedRegion;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One finding. A value with a record's accessors and equality: equal findings are equal.
 *
 * <p>The explanation and the message may be given as suppliers and are then made when first
 * asked for. WHY: a drag re-checks the dragged bank on every mouse event, and over a big host it
 * meets a hundred regions or more; their texts (a few hundred bytes each, every address printed in
 * hex) were most of the 270 KB of garbage each mouse event made, while the window reads them only
 * for the one finding the inspector shows. The texts are a pure function of the finding, so making
 * them later gives the same words.
 */
public final class Conflict {
    private final Severity severity;
    private final Rule rule;
    private final String section;
    private final AddressRange sectionRange;
    private final String bankId;
    private final ReservedRegion hostRegion;
    private final AddressRange overlap;
    private Supplier<String> explanationSource;
    private String explanation;
    private Supplier<String> messageSource;
    private String message;

    /**
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
    public Conflict(Severity severity, Rule rule, String section, AddressRange sectionRange, String bankId,
                    ReservedRegion hostRegion, AddressRange overlap, String explanation, String message) {
        this(severity, rule, section, sectionRange, bankId, hostRegion, overlap, null, null,
                Objects.requireNonNull(explanation, "explanation"), Objects.requireNonNull(message, "message"));
    }

    /** As the other constructor, with the explanation and the message made when first asked for. */
    public Conflict(Severity severity, Rule rule, String section, AddressRange sectionRange, String bankId,
                    ReservedRegion hostRegion, AddressRange overlap, Supplier<String> explanation,
                    Supplier<String> message) {
        this(severity, rule, section, sectionRange, bankId, hostRegion, overlap,
                Objects.requireNonNull(explanation, "explanation"), Objects.requireNonNull(message, "message"), null, null);
    }

    private Conflict(Severity severity, Rule rule, String section, AddressRange sectionRange, String bankId,
                     ReservedRegion hostRegion, AddressRange overlap, Supplier<String> explanation,
                     Supplier<String> message, String explanationText, String messageText) {
        this.severity = Objects.requireNonNull(severity, "severity");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.section = section;
        this.sectionRange = sectionRange;
        this.bankId = bankId;
        this.hostRegion = hostRegion;
        this.overlap = overlap;
        this.explanationSource = explanation;
        this.messageSource = message;
        this.explanation = explanationText;
        this.message = messageText;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Severity severity() {
        return severity;
    }

    public Rule rule() {
        return rule;
    }

    public String section() {
        return section;
    }

    public AddressRange sectionRange() {
        return sectionRange;
    }

    public String bankId() {
        return bankId;
    }

    public ReservedRegion hostRegion() {
        return hostRegion;
    }

    public AddressRange overlap() {
        return overlap;
    }

    /** What happens, in plain words (made now if it was given as a supplier). */
    public synchronized String explanation() {
        if (explanation == null) {
            explanation = Objects.requireNonNull(explanationSource.get(), "explanation");
            explanationSource = null;
        }
        return explanation;
    }

    /** The kernel / QEMU line(s) that would be printed (made now if it was given as a supplier). */
    public synchronized String message() {
        if (message == null) {
            message = Objects.requireNonNull(messageSource.get(), "message");
            messageSource = null;
        }
        return message;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Conflict c && severity == c.severity && rule == c.rule
                && Objects.equals(section, c.section) && Objects.equals(sectionRange, c.sectionRange)
                && Objects.equals(bankId, c.bankId) && Objects.equals(hostRegion, c.hostRegion)
                && Objects.equals(overlap, c.overlap) && explanation().equals(c.explanation())
                && message().equals(c.message());
    }

    @Override
    public int hashCode() {
        // Without the texts, so that hashing does not make them; equal findings still hash equal.
        return Objects.hash(severity, rule, section, sectionRange, bankId, hostRegion, overlap);
    }

    @Override
    public String toString() {
        return "Conflict[severity=" + severity + ", rule=" + rule + ", section=" + section + ", sectionRange="
                + sectionRange + ", bankId=" + bankId + ", hostRegion=" + hostRegion + ", overlap=" + overlap
                + ", explanation=" + explanation() + ", message=" + message() + "]";
    }
}
