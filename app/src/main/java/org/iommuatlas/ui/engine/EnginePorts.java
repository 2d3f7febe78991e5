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

    public static Ports create() {
        // Every codec shares one Jackson mapper, built when a scenario file is first read or written.
        ScenarioJson json = PresetSpecResolver.codec();
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
        return DefaultSample.build();
    }
}
