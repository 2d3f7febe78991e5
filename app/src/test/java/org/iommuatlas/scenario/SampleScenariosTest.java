package org.iommuatlas.scenario;

import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every file in samples/ is a valid scenario that survives a save and reload unchanged. */
class SampleScenariosTest {
    static final Path SAMPLES = locateSamples();

    static Path locateSamples() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("samples")) && Files.exists(p.resolve("pom.xml"))) {
                return p.resolve("samples");
            }
        }
        throw new IllegalStateException("no samples/ directory above " + here);
    }

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void loadsAndRoundTrips(Path sample) throws ParseException {
        ScenarioFiles files = new ScenarioFiles(PresetSpecResolver.codec());
        Scenario scenario = files.open(sample);
        assertFalse(scenario.guest().banks().isEmpty(), "guest has RAM");
        assertFalse(scenario.host().regions().isEmpty(), "host has reserved regions");
        ScenarioJson json = PresetSpecResolver.codec();
        assertEquals(scenario, json.read("again", json.write(scenario)));
    }

    @Test
    void samplesHaveDistinctTitles() throws IOException, ParseException {
        Set<String> titles = new HashSet<>();
        ScenarioFiles files = new ScenarioFiles(PresetSpecResolver.codec());
        List<Path> all = samples().toList();
        for (Path p : all) {
            assertTrue(titles.add(files.open(p).title()), "duplicate title in " + p);
        }
        assertTrue(all.size() >= 9, "every seed story has a sample");
    }
}
