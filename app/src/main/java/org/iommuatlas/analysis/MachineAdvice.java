package org.iommuatlas.analysis;

import org.iommuatlas.guest.DmaMapPlanner;
import org.iommuatlas.guest.GuestPresets;
import org.iommuatlas.guest.MachineOptions;
import org.iommuatlas.guest.MachineSpec;
import org.iommuatlas.guest.PresetLayout;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.MachineConfig;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.Scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * "Which machine options would avoid the conflict": each alternative the preset rules offer for
 * the guest's machine (AMD vCPU on a 7.1+ machine type, a lower max-ram-below-4g, highmem) is
 * laid out and analysed on the same host, and those whose DMA maps all succeed are kept.
 * Only guests built from a preset spec have alternatives; a layout read from {@code info mtree}
 * has no machine options to change.
 */
public final class MachineAdvice {
    /** An alternative machine configuration whose DMA maps all fit on this host. */
    public record Suggestion(String spec, String description) {
    }

    private MachineAdvice() {
    }

    public static List<Suggestion> suggest(Scenario scenario) {
        if (scenario.guest().spec().isEmpty()) {
            return List.of();
        }
        AnalysisOptions options = ScenarioAnalysis.options(scenario, QemuWording.VFIO_DMA_MAP);
        return suggest(scenario, Analyzer.containerIndex(scenario.host(), options));
    }

    /**
     * As {@link #suggest(Scenario)} with the container index already built for the scenario's host
     * and devices: every alternative has the same host, so the index is shared, not rebuilt.
     */
    public static List<Suggestion> suggest(Scenario scenario, ReservedIndex index) {
        String spec = scenario.guest().spec();
        if (spec.isEmpty()) {
            return List.of();
        }
        MachineConfig config;
        try {
            config = MachineSpec.parse(spec);
        } catch (ParseException e) {
            return List.of();
        }
        AnalysisOptions options = ScenarioAnalysis.options(scenario, QemuWording.VFIO_DMA_MAP);
        List<Suggestion> out = new ArrayList<>();
        for (MachineOptions.Alternative alt : MachineOptions.alternatives(config)) {
            PresetLayout layout = GuestPresets.layout(alt.config());
            if (!layout.startsInQemu()) {
                continue;
            }
            GuestLayout guest = layout.layout();
            AnalysisResult result = Analyzer.analyze(scenario.host(), guest,
                    DmaMapPlanner.plan(guest, options.hostPageSize()), options, index);
            if (result.failingMaps().isEmpty()) {
                out.add(new Suggestion(MachineSpec.format(alt.config()), alt.description()));
            }
        }
        return out;
    }
}
