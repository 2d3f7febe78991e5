package org.iommuatlas.report;

import org.iommuatlas.analysis.AnalysisResult;
import org.iommuatlas.analysis.BankFit;
import org.iommuatlas.analysis.Conflict;
import org.iommuatlas.analysis.DeviceVerdict;
import org.iommuatlas.analysis.FailingMap;
import org.iommuatlas.analysis.IsolationSet;
import org.iommuatlas.analysis.MachineAdvice;
import org.iommuatlas.model.Address;
import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.model.Sizes;

import java.util.List;
import java.util.Locale;

/**
 * A Markdown report for a bug tracker: verdict and QEMU line first, then the host regions, the
 * DMA maps, every finding, the devices and what would fit. Tables render on GitHub and GitLab.
 */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    /**
     * @param pictureFile a picture exported beside the report to link, or null
     */
    public static String render(Scenario scenario, List<DmaMap> maps, AnalysisResult result,
                                List<MachineAdvice.Suggestion> suggestions, String pictureFile) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(scenario.title())).append("\n\n");
        if (!scenario.description().isBlank()) {
            md.append(escape(scenario.description())).append("\n\n");
        }
        if (pictureFile != null) {
            md.append("![GPA, IOVA and HPA](").append(pictureFile).append(")\n\n");
        }
        md.append("- **Host:** ").append(escape(Describe.host(scenario.host()))).append('\n');
        md.append("- **Guest:** ").append(escape(Describe.guest(scenario.guest()))).append('\n');
        if (!scenario.assignedDevices().isEmpty()) {
            md.append("- **Assigned devices:** ").append(String.join(", ", scenario.assignedDevices())).append('\n');
        }
        md.append("\n## Verdict\n\n");
        if (result.predictedError().isPresent()) {
            md.append("**Fails** (rule ").append(result.verdict().map(Enum::name).orElse("?"))
                    .append("). QEMU would print:\n\n```\n").append(result.predictedError().get()).append("\n```\n");
            if (!result.alsoFailing().isEmpty()) {
                md.append("\nOnce that is fixed, these would still fail: ")
                        .append(String.join(", ", result.alsoFailing().stream().map(Enum::name).toList())).append(".\n");
            }
        } else {
            md.append("Every DMA map fits the host's usable IOVA space.\n");
        }
        md.append("\n## Host reserved regions\n\n| type | start | end | size | group | devices | source |\n|---|---|---|---|---|---|---|\n");
        for (ReservedRegion r : result.regions()) {
            md.append("| ").append(r.type().word()).append(r.typeInferred() ? " (reported as " + r.reportedAs() + ")" : "")
                    .append(" | `").append(Address.hex(r.start())).append("` | `").append(Address.hex(r.last()))
                    .append("` | ").append(Sizes.exact(r.range())).append(" | ").append(r.hasGroup() ? r.group() : "")
                    .append(" | ").append(String.join(", ", r.devices())).append(" | ").append(escape(r.source().toString()))
                    .append(" |\n");
        }
        md.append("\n## DMA maps QEMU would issue\n\n| iova | size | region | result |\n|---|---|---|---|\n");
        for (DmaMap map : maps) {
            FailingMap f = result.failingMaps().stream().filter(x -> x.map().equals(map)).findFirst().orElse(null);
            md.append("| `").append(Address.hex(map.iova())).append("` | `").append(Address.hex(map.size()))
                    .append("` (").append(Sizes.exact(map.size())).append(") | ").append(map.regionName())
                    .append(map.readOnly() ? " (read-only)" : "").append(" | ")
                    .append(f == null ? "ok" : "**-22**, " + (f.region() == null ? "beyond the aperture"
                            : escape(Describe.region(f.region())))).append(" |\n");
        }
        if (!result.conflicts().isEmpty()) {
            md.append("\n## Findings\n\n| severity | rule | where | explanation |\n|---|---|---|---|\n");
            for (Conflict c : result.conflicts()) {
                md.append("| ").append(c.severity().name().toLowerCase(Locale.ROOT)).append(" | ").append(c.rule().name())
                        .append(' ').append(c.rule().title()).append(" | ")
                        .append(c.overlap() == null ? "" : "`" + Address.hex(c.overlap().start()) + "`–`"
                                + Address.hex(c.overlap().last()) + "`")
                        .append(" | ").append(escape(c.explanation()).replace("\n", " ")).append(" |\n");
            }
        }
        if (!result.devices().isEmpty()) {
            md.append("\n## Devices\n\n");
            for (DeviceVerdict d : result.devices()) {
                md.append("- `").append(d.device()).append("` (group ").append(d.group()).append("): ")
                        .append(d.assignable() ? "assignable" : "**not assignable**").append(" — ")
                        .append(escape(d.reason())).append('\n');
            }
        }
        if (!result.isolation().isEmpty()) {
            md.append("\n## Not isolated from each other\n\n");
            for (IsolationSet s : result.isolation()) {
                md.append("- ").append(String.join(", ", s.members())).append(" (groups ").append(s.groups())
                        .append(") share identity-mapped memory\n");
            }
        }
        md.append("\n## What would fit\n\n");
        for (BankFit f : result.fits()) {
            md.append("- ").append(escape(Describe.fit(f))).append('\n');
        }
        for (MachineAdvice.Suggestion s : suggestions) {
            md.append("- ").append(escape(s.description())).append(": `").append(s.spec()).append("`\n");
        }
        md.append("\n---\nGenerated by IOMMU Atlas.\n");
        return md.toString();
    }

    /** Keeps table cells intact: pipes would end a cell. */
    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
