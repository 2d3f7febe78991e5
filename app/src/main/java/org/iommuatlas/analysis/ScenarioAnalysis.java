package org.iommuatlas.analysis;

import org.iommuatlas.guest.DmaMapPlanner;
import org.iommuatlas.model.Scenario;

/**
 * The analysis of a whole scenario: QEMU's DMA maps for its guest, checked against the host
 * regions of the groups its devices belong to. What the command line and the window both call.
 */
public final class ScenarioAnalysis {
    private ScenarioAnalysis() {
    }

    public static AnalysisOptions options(Scenario scenario, QemuWording wording) {
        return AnalysisOptions.DEFAULT.withAssignedDevices(scenario.assignedDevices()).withQemuWording(wording);
    }

    public static AnalysisResult analyze(Scenario scenario) {
        return analyze(scenario, QemuWording.VFIO_DMA_MAP);
    }

    public static AnalysisResult analyze(Scenario scenario, QemuWording wording) {
        AnalysisOptions options = options(scenario, wording);
        return Analyzer.analyze(scenario.host(), scenario.guest(),
                DmaMapPlanner.plan(scenario.guest(), options.hostPageSize()), options);
    }
}
