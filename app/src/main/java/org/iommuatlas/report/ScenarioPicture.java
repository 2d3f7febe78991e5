package org.iommuatlas.report;

import org.iommuatlas.analysis.AnalysisResult;
import org.iommuatlas.analysis.BankFit;
import org.iommuatlas.analysis.Conflict;
import org.iommuatlas.analysis.Rule;
import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.picture.Highlight;
import org.iommuatlas.picture.Lane;
import org.iommuatlas.picture.PictureInput;
import org.iommuatlas.picture.PictureInputs;
import org.iommuatlas.picture.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * The analysis as a picture: each finding becomes highlights on the lanes where it happens (a map
 * conflict on the guest RAM in GPA and on the failing range in IOVA; an identity map the device
 * cannot keep in IOVA and HPA), and the status line carries the line QEMU would print, or that the
 * layout is clean and what would fit. The window, the exports and {@code render} all use this, so
 * they show the same thing.
 */
public final class ScenarioPicture {
    private ScenarioPicture() {
    }

    public static PictureInput input(Scenario scenario, List<DmaMap> maps, AnalysisResult result) {
        List<Highlight> highlights = highlights(result);
        PictureInput.Builder b = PictureInputs.from(scenario, maps, highlights).toBuilder();
        if (result.predictedError().isPresent()) {
            b.status("QEMU: " + result.predictedError().get().replace('\n', ' '), Severity.ERROR);
        } else if (result.hasErrors()) {
            b.status("Errors found: see the highlighted ranges", Severity.ERROR);
        } else {
            b.status(cleanStatus(result), result.conflicts().isEmpty() ? Severity.INFO : Severity.WARN);
        }
        return b.build();
    }

    /**
     * One highlight per lane and range: the same region reported by several groups of one
     * container (each group lists the x86 MSI window) is one conflict on the picture.
     */
    public static List<Highlight> highlights(AnalysisResult result) {
        java.util.Set<Highlight> out = new java.util.LinkedHashSet<>();
        for (Conflict c : result.conflicts()) {
            if (c.overlap() == null) {
                continue;
            }
            Severity severity = severity(c.severity());
            String text = text(c);
            if (c.rule() == Rule.R3 || c.rule() == Rule.ISOLATION) {
                out.add(new Highlight(Lane.IOVA, c.overlap().start(), c.overlap().last(), severity, text));
                out.add(new Highlight(Lane.HPA, c.overlap().start(), c.overlap().last(), severity, text));
            } else {
                out.add(new Highlight(Lane.GPA, c.overlap().start(), c.overlap().last(), severity, text));
                out.add(new Highlight(Lane.IOVA, c.overlap().start(), c.overlap().last(), severity, text));
            }
        }
        return new ArrayList<>(out);
    }

    private static String text(Conflict c) {
        if (c.hostRegion() != null && c.section() != null) {
            return c.section() + " overlaps " + c.hostRegion().type().word() + " " + c.hostRegion().range();
        }
        if (c.hostRegion() != null) {
            return c.rule().title() + ": " + c.hostRegion().type().word() + " " + c.hostRegion().range();
        }
        return c.rule().title();
    }

    private static String cleanStatus(AnalysisResult result) {
        StringBuilder sb = new StringBuilder("Layout is clean: every DMA map fits");
        for (BankFit f : result.fits()) {
            if (f.limitedBy() != null) {
                sb.append("; ").append(f.bankId()).append(" may grow to ")
                        .append(Describe.size(f.maxBytes()));
            }
        }
        return sb.toString();
    }

    private static Severity severity(org.iommuatlas.analysis.Severity s) {
        switch (s) {
            case ERROR:
                return Severity.ERROR;
            case WARNING:
                return Severity.WARN;
            default:
                return Severity.INFO;
        }
    }
}
