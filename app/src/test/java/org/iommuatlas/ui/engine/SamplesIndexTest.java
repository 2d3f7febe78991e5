package org.iommuatlas.ui.engine;

import org.iommuatlas.model.ParseException;
import org.iommuatlas.scenario.PresetSpecResolver;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The packaged sample index lists exactly the scenarios in samples/, and each one loads from the jar path. */
class SamplesIndexTest {
    @Test
    void indexListsEverySampleFile() throws IOException {
        Path samples = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(samples.resolve("samples"))) {
            samples = samples.getParent();
        }
        List<String> onDisk;
        try (Stream<Path> files = Files.list(samples.resolve("samples"))) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
        assertEquals(onDisk, BundledSamples.names().stream().sorted().toList());
    }

    @Test
    void everyPackagedSampleLoadsAndTheDefaultIsTheAarch64Failure() throws ParseException {
        for (String name : BundledSamples.names()) {
            BundledSamples.load(PresetSpecResolver.codec(), name);
        }
        assertEquals("aarch64 guest on an AMD x86 host: 4 GiB fails, 3054 MiB fits",
                EnginePorts.defaultScenario().title());
    }
}
