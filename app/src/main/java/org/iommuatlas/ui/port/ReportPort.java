package org.iommuatlas.ui.port;

import org.iommuatlas.model.Scenario;

/** Writes the Markdown report of a scenario and its analysis (the report package's job). */
public interface ReportPort {
    String markdown(Scenario scenario, AnalysisView analysis);
}
