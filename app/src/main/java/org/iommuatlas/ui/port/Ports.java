package org.iommuatlas.ui.port;

import java.util.Objects;

/**
 * The engine behind the window, in one place: the integrator builds one of these from the real
 * packages and hands it to {@link org.iommuatlas.ui.AtlasApp#setPorts(Ports)}.
 */
public record Ports(AnalysisPort analysis, InputLoader input, ScenarioStore store, ReportPort report,
                    ExplainPort explain, PresetPort presets) {
    public Ports {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(explain, "explain");
        Objects.requireNonNull(presets, "presets");
    }
}
