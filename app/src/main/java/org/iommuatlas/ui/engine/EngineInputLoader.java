package org.iommuatlas.ui.engine;

import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.scenario.InputLoader;
import org.iommuatlas.scenario.LoadedInput;
import org.iommuatlas.scenario.ScenarioAssembler;
import org.iommuatlas.scenario.ScenarioJson;
import org.iommuatlas.ui.port.InputLoader.Sample;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Files, pastes, samples and the live machine through {@link InputLoader}: the format is detected
 * from the content; host data replaces the host half of the current scenario, guest data the
 * guest half, a scenario file the whole.
 */
final class EngineInputLoader implements org.iommuatlas.ui.port.InputLoader {
    private final InputLoader loader;
    private final ScenarioJson json;

    EngineInputLoader(ScenarioJson json) {
        this.json = json;
        this.loader = new InputLoader(json);
    }

    @Override
    public Scenario open(Path file, Scenario current) throws ParseException {
        return into(loader.load(file), current);
    }

    @Override
    public Scenario paste(String text, String name, Scenario current) throws ParseException {
        return into(loader.loadText(name, text), current);
    }

    /** The packaged samples never change: read once (the app reads them off the FX thread at start). */
    private List<Sample> samples;

    @Override
    public synchronized List<Sample> samples() {
        if (samples == null) {
            samples = List.copyOf(readSamples());
        }
        return samples;
    }

    private List<Sample> readSamples() {
        List<Sample> samples = new ArrayList<>();
        for (String name : BundledSamples.names()) {
            Scenario scenario;
            try {
                scenario = BundledSamples.load(json, name);
            } catch (ParseException e) {
                continue; // SamplesIndexTest guarantees every packaged sample loads
            }
            samples.add(new Sample(scenario.title(), () -> scenario));
        }
        return samples;
    }

    @Override
    public Scenario loadThisMachine(Scenario current) throws ParseException {
        return into(loader.loadLiveMachine(Path.of("/")), current);
    }

    private static Scenario into(LoadedInput input, Scenario current) throws ParseException {
        if (input.scenario() != null) {
            return input.scenario();
        }
        if (input.host() == null && input.guest() == null) {
            throw new ParseException(input.source(), 0, "is " + input.format() + ", which holds no host or guest"
                    + " data; paste it to have it explained");
        }
        Scenario s = new ScenarioAssembler().base(current).add(input).build();
        if (input.host() == null) {
            return s;
        }
        // Devices of the old host rarely exist on a new one: keep only those the new host knows.
        List<String> known = s.host().devices().stream().map(d -> d.name()).toList();
        return s.withAssignedDevices(s.assignedDevices().stream().filter(known::contains).toList());
    }
}
