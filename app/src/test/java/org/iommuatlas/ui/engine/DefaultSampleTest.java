package org.iommuatlas.ui.engine;

import org.iommuatlas.model.Scenario;
import org.iommuatlas.scenario.PresetSpecResolver;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The window's opening scenario is built in code; it must stay what the bundled sample file says. */
class DefaultSampleTest {
    @Test
    void theBuiltDefaultEqualsTheBundledSampleFileItStandsFor() throws Exception {
        Scenario fromFile = BundledSamples.load(PresetSpecResolver.codec(), BundledSamples.DEFAULT);
        Scenario built = DefaultSample.build();
        assertEquals(fromFile.title(), built.title());
        assertEquals(fromFile.description(), built.description());
        assertEquals(fromFile.host(), built.host());
        assertEquals(fromFile.guest(), built.guest());
        assertEquals(fromFile.assignedDevices(), built.assignedDevices());
        assertEquals(fromFile.view(), built.view());
        assertEquals(fromFile, built);
        assertEquals(built, EnginePorts.defaultScenario());
    }
}
