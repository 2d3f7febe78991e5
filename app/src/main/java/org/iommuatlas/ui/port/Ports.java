package org.iommuatlas.ui.port;

import java.util.Objects;

/**
 * The engine behind the window, in one place (svg may be null): the integrator builds one of these from the real
 * packages and hands it to {@link org.iommuatlas.ui.AtlasApp#setPorts(Ports)}.
 */
public record Ports(AnalysisPort analysis, InputLoader input, ScenarioStore store, ReportPort report,
                    PictureExport svg) {
    public Ports {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(report, "report");
    }

    /** Ports without a vector exporter ({@code svg} may be null: Export SVG is then disabled). */
    public Ports(AnalysisPort analysis, InputLoader input, ScenarioStore store, ReportPort report) {
        this(analysis, input, store, report, null);
    }
}
