package org.iommuatlas.scenario;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.iommuatlas.fuzz.ParseOutcome;
import org.junit.jupiter.api.Timeout;

import static org.iommuatlas.fuzz.ParseOutcome.SOURCE;
import static org.iommuatlas.fuzz.ParseOutcome.text;

/**
 * The one door for pasted text and opened files (issue #5): whatever the bytes, format detection
 * and the parser it picks give a loaded input or a ParseException. Seeds are one sample of every
 * format, host and guest, and a scenario.
 */
class InputLoaderFuzzTest {
    private final InputLoader loader = new InputLoader();

    @FuzzTest(maxDuration = "5m")
    @Timeout(10)
    void loadText(byte[] input) {
        ParseOutcome.of(() -> loader.loadText(SOURCE, text(input)));
    }
}
