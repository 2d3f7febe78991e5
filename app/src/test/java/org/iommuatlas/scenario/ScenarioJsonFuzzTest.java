package org.iommuatlas.scenario;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.iommuatlas.fuzz.ParseOutcome;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.Scenario;
import org.junit.jupiter.api.Timeout;

import static org.iommuatlas.fuzz.ParseOutcome.SOURCE;
import static org.iommuatlas.fuzz.ParseOutcome.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Scenario files come attached to bug reports: any bytes must give a scenario or a
 * ParseException, and a scenario that was accepted must survive write-then-read unchanged
 * (otherwise saving a file a stranger sent would silently alter it). Seeds are the samples.
 */
class ScenarioJsonFuzzTest {
    /** The codec every front end uses, so guest specs expand through the real presets. */
    private final ScenarioJson json = PresetSpecResolver.codec();

    @FuzzTest(maxDuration = "5m")
    @Timeout(10)
    void scenarioJson(byte[] input) throws ParseException {
        Scenario scenario = ParseOutcome.of(() -> json.read(SOURCE, text(input)));
        if (scenario != null) {
            Scenario again = json.read("rewritten", json.write(scenario));
            assertEquals(scenario, again, "write-then-read changed an accepted scenario");
        }
    }
}
