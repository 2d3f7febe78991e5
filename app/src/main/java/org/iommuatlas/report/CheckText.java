package org.iommuatlas.report;

import org.iommuatlas.analysis.AnalysisResult;
import org.iommuatlas.analysis.BankFit;
import org.iommuatlas.analysis.Conflict;
import org.iommuatlas.analysis.DeviceVerdict;
import org.iommuatlas.analysis.FailingMap;
import org.iommuatlas.analysis.IsolationSet;
import org.iommuatlas.analysis.MachineAdvice;
import org.iommuatlas.analysis.Severity;
import org.iommuatlas.model.Address;
import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.Scenario;

import java.util.List;
import java.util.Locale;

/** The human-readable output of {@code check}: verdict first, then the details behind it. */
public final class CheckText {
    private CheckText() {
    }

    public static String render(Scenario scenario, List<DmaMap> maps, AnalysisResult result,
                                List<MachineAdvice.Suggestion> suggestions) {
        StringBuilder out = new StringBuilder();
        out.append("Host:  ").append(Describe.host(scenario.host())).append('\n');
        out.append("Guest: ").append(Describe.guest(scenario.guest())).append('\n');
        if (!scenario.assignedDevices().isEmpty()) {
            out.append("Assigned: ").append(String.join(", ", scenario.assignedDevices())).append('\n');
        }
        out.append('\n');
        if (result.predictedError().isPresent()) {
            out.append("FAILS (").append(result.verdict().map(Enum::name).orElse("?")).append("): QEMU would print\n  ")
                    .append(result.predictedError().get().replace("\n", "\n  ")).append('\n');
            if (!result.alsoFailing().isEmpty()) {
                out.append("Would also fail once that is fixed: ")
                        .append(String.join(", ", result.alsoFailing().stream().map(Enum::name).toList())).append('\n');
            }
        } else if (result.hasErrors()) {
            out.append("ERRORS found (see below)\n");
        } else {
            out.append("OK: every DMA map fits the host's usable IOVA space\n");
        }
        out.append("\nDMA maps QEMU would issue").append(scenario.guest().viommu() ? " (vIOMMU: IOVA is not GPA)" : " (IOVA = GPA)")
                .append(":\n");
        for (DmaMap map : maps) {
            FailingMap failing = result.failingMaps().stream().filter(f -> f.map().equals(map)).findFirst().orElse(null);
            out.append(String.format(Locale.ROOT, "  (%s, %s) %-16s %s%n", Address.hex(map.iova()), Address.hex(map.size()),
                    map.regionName() + (map.readOnly() ? " ro" : ""),
                    failing == null ? "ok" : "FAILS -22: " + (failing.region() == null ? "beyond the aperture"
                            : "overlaps " + Describe.region(failing.region()))));
        }
        for (Severity severity : Severity.values()) {
            List<Conflict> of = result.conflicts().stream().filter(c -> c.severity() == severity).toList();
            if (of.isEmpty()) {
                continue;
            }
            out.append('\n').append(severity.name().charAt(0)).append(severity.name().substring(1).toLowerCase(Locale.ROOT))
                    .append(of.size() == 1 ? "" : "s").append(":\n");
            for (Conflict c : of) {
                out.append("  ").append(c.rule().name()).append(' ').append(c.rule().title());
                if (c.overlap() != null) {
                    out.append(" at ").append(Describe.range(c.overlap()));
                }
                out.append("\n    ").append(c.explanation().replace("\n", "\n    ")).append('\n');
            }
        }
        if (!result.devices().isEmpty()) {
            out.append("\nDevices:\n");
            for (DeviceVerdict d : result.devices()) {
                out.append("  ").append(d.device()).append(" (group ").append(d.group()).append("): ")
                        .append(d.assignable() ? "assignable" : "NOT assignable").append(" — ").append(d.reason()).append('\n');
            }
        }
        if (!result.isolation().isEmpty()) {
            out.append("\nNot isolated from each other (shared identity maps):\n");
            for (IsolationSet s : result.isolation()) {
                out.append("  ").append(String.join(", ", s.members())).append(" (groups ")
                        .append(s.groups()).append(")\n");
            }
        }
        out.append("\nWhat would fit:\n");
        for (BankFit f : result.fits()) {
            out.append("  ").append(Describe.fit(f)).append('\n');
        }
        for (MachineAdvice.Suggestion s : suggestions) {
            out.append("  ").append(s.description()).append(": ").append(s.spec()).append('\n');
        }
        return out.toString();
    }
}
