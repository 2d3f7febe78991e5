package org.iommuatlas.ui.engine;

import org.iommuatlas.analysis.ScenarioAnalysis;
import org.iommuatlas.analysis.MachineAdvice;
import org.iommuatlas.guest.DmaMapPlanner;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.report.MarkdownReport;
import org.iommuatlas.scenario.PresetSpecResolver;
import org.iommuatlas.scenario.ScenarioFiles;
import org.iommuatlas.scenario.ScenarioJson;
import org.iommuatlas.ui.port.Ports;
import org.iommuatlas.ui.port.ScenarioStore;

import java.io.IOException;
import java.nio.file.Path;

/** The real engine behind the window's ports. */
public final class EnginePorts {
    private EnginePorts() {
    }

    /**
     * One codec for the ports and the default scenario. WHY: a Jackson mapper builds its readers
     * for the scenario records on first use, by reflection, which is slow cold; with one mapper
     * the default scenario, the samples and the files opened later share them. The mapper is
     * thread-safe once configured, and the codec holds no other state.
     */
    private static final class SharedCodec {
        static final ScenarioJson INSTANCE = PresetSpecResolver.codec();
    }

    public static Ports create() {
        ScenarioJson json = SharedCodec.INSTANCE;
        ScenarioFiles files = new ScenarioFiles(json);
        ScenarioStore store = new ScenarioStore() {
            @Override
            public Scenario read(Path file) throws ParseException {
                return files.open(file);
            }

            @Override
            public void write(Scenario scenario, Path file) throws IOException {
                files.save(scenario, file);
            }

            @Override
            public String extension() {
                return "json";
            }
        };
        return new Ports(new EngineAnalysisPort(), new EngineInputLoader(json), store,
                (scenario, view) -> {
                    var result = ScenarioAnalysis.analyze(scenario);
                    return MarkdownReport.render(scenario, DmaMapPlanner.plan(scenario.guest()), result,
                            result.failingMaps().isEmpty() ? java.util.List.of() : MachineAdvice.suggest(scenario), null);
                },
                new EngineExplainPort(), new EnginePresetPort());
    }

    /** The scenario the window opens with. */
    public static Scenario defaultScenario() {
        try {
            return BundledSamples.load(SharedCodec.INSTANCE, BundledSamples.DEFAULT);
        } catch (ParseException e) {
            throw new IllegalStateException("the default sample does not load: " + e.getMessage(), e);
        }
    }
}
