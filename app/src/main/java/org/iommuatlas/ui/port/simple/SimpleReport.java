package org.iommuatlas.ui.port.simple;

import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.ui.port.AnalysisView;
import org.iommuatlas.ui.port.ConflictView;
import org.iommuatlas.ui.port.ReportPort;

/** A stand-in Markdown report until the report package is wired: verdict, maps, regions, findings. */
public final class SimpleReport implements ReportPort {
    @Override
    public String markdown(Scenario scenario, AnalysisView analysis) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(scenario.title()).append("\n\n").append(scenario.description()).append("\n\n");
        md.append("**Verdict:** ").append(analysis.clean() ? "layout is clean"
                : "`" + analysis.predictedError() + "`").append("\n\n");
        md.append("## DMA maps (IOVA = GPA)\n\n| IOVA | size | region |\n|---|---|---|\n");
        for (DmaMap m : analysis.maps()) {
            md.append("| ").append(m.range()).append(" | ").append(org.iommuatlas.model.Sizes.exact(m.size()))
                    .append(" | ").append(m.regionName()).append(" |\n");
        }
        md.append("\n## Host reserved regions\n\n| range | type | group |\n|---|---|---|\n");
        for (ReservedRegion r : scenario.host().regions()) {
            md.append("| ").append(r.range()).append(" | ").append(r.reportedAs()).append(" | ")
                    .append(r.hasGroup() ? Integer.toString(r.group()) : "-").append(" |\n");
        }
        md.append("\n## Findings\n\n");
        if (analysis.conflicts().isEmpty()) {
            md.append("None.\n");
        }
        for (ConflictView c : analysis.conflicts()) {
            md.append("- **").append(c.severity()).append(' ').append(c.rule()).append("** ").append(c.summary())
                    .append(": ").append(c.explanation()).append('\n');
        }
        for (String fit : analysis.fits()) {
            md.append("- ").append(fit).append('\n');
        }
        return md.toString();
    }
}
