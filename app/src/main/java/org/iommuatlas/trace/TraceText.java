package org.iommuatlas.trace;

import java.util.Locale;

import org.iommuatlas.model.Address;

/** A trace as numbered lines for the terminal: space, address, handler, outcome, caption. */
public final class TraceText {
    private TraceText() {
    }

    public static String render(Trace trace) {
        StringBuilder sb = new StringBuilder();
        sb.append("Trace of a DMA write to GPA ").append(Address.hex(trace.gpa())).append('\n');
        int n = 1;
        for (TraceStep s : trace.steps()) {
            sb.append(String.format(Locale.ROOT, "%2d. %-4s %-20s %s [%s]%n", n++, s.space(), s.addressText(),
                    s.handler(), s.outcome().word()));
            sb.append("    ").append(s.caption()).append('\n');
        }
        sb.append("Outcome: ").append(outcomeLine(trace)).append('\n');
        return sb.toString();
    }

    /** One line: "memory: a host page pinned by VFIO", "fault: the IOVA is reserved", ... */
    public static String outcomeLine(Trace trace) {
        TraceStep last = trace.finalStep();
        String what = trace.faultReason().map(FaultReason::text).orElse(last.handler());
        return trace.outcome().word() + ": " + what
                + (last.address().isPresent() ? " at " + last.addressText() : "");
    }
}
