package org.iommuatlas.scenario;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.iommuatlas.fuzz.ParseOutcome;
import org.iommuatlas.model.GuestArch;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.model.SourceRef;
import org.junit.jupiter.api.Timeout;

import java.util.List;

import static org.iommuatlas.fuzz.ParseOutcome.SOURCE;
import static org.iommuatlas.fuzz.ParseOutcome.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Scenario files come attached to bug reports: any bytes must give a scenario or a
 * ParseException, and a scenario that was accepted must survive write-then-read unchanged
 * (otherwise saving a file a stranger sent would silently alter it). Seeds are the samples.
 */
class ScenarioJsonFuzzTest {
    /** Any spec but "bad" expands to one 4 GiB bank, so a sample given as a spec parses on. */
    private static final GuestSpecResolver ONE_BANK = spec -> {
        if (spec.equals("bad")) {
            throw new ParseException("<spec>", 0, "expected a preset name");
        }
        return new GuestLayout("virt", GuestArch.AARCH64, spec,
                List.of(new RamBank("ram", "mach-virt.ram", 0x40000000L, 0x100000000L, SourceRef.preset("virt"))),
                List.of(), false, 0, false);
    };

    private final ScenarioJson json = new ScenarioJson(ONE_BANK);

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
