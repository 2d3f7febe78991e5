package org.iommuatlas.format.host;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.iommuatlas.fuzz.ParseOutcome;
import org.iommuatlas.model.ReservedRegion;
import org.junit.jupiter.api.Timeout;

import java.util.Optional;

import static org.iommuatlas.fuzz.ParseOutcome.SOURCE;
import static org.iommuatlas.fuzz.ParseOutcome.text;

/**
 * One fuzz test per host-side text parser (issue #5): any bytes give a result or a
 * ParseException. Under {@code mvn test} each runs only over its committed inputs in
 * {@code HostParsersFuzzTestInputs/<method>/}; {@code JAZZER_FUZZ=1} fuzzes one of them for real
 * (docs/fuzzing.md). The {@code @Timeout} becomes libFuzzer's per-input {@code -timeout}, so an
 * input that makes a parser loop is reported as a finding rather than hanging the run.
 */
class HostParsersFuzzTest {

    @FuzzTest(maxDuration = "5m")
    @Timeout(10)
    void sysfsReservedRegions(byte[] input) {
        ParseOutcome.of(() -> SysfsReservedRegionsParser.parse(SOURCE, text(input), ReservedRegion.NO_GROUP));
    }

    @FuzzTest(maxDuration = "5m")
    @Timeout(10)
    void dmesg(byte[] input) {
        ParseOutcome.of(() -> DmesgParser.parse(SOURCE, text(input)));
    }

    @FuzzTest(maxDuration = "5m")
    @Timeout(10)
    void procIomem(byte[] input) {
        ParseOutcome.of(() -> ProcIomemParser.parse(SOURCE, text(input)));
    }

    @FuzzTest(maxDuration = "5m")
    @Timeout(10)
    void iaslDmar(byte[] input) {
        ParseOutcome.of(() -> IaslDmarParser.parse(SOURCE, text(input)));
    }

    @FuzzTest(maxDuration = "5m")
    @Timeout(10)
    void iaslIvrs(byte[] input) {
        ParseOutcome.of(() -> IaslIvrsParser.parse(SOURCE, text(input)));
    }

    @FuzzTest(maxDuration = "5m")
    @Timeout(10)
    void iaslIort(byte[] input) {
        ParseOutcome.of(() -> IaslIortParser.parse(SOURCE, text(input)));
    }

    /** Pasted text: recognise the format, then parse it as that format with platform inference. */
    @FuzzTest(maxDuration = "5m")
    @Timeout(10)
    void sniffedPaste(byte[] input) {
        String text = text(input);
        Optional<HostFormat> format = HostInputs.sniff(text);
        format.ifPresent(f -> ParseOutcome.of(() -> HostInputs.parse(f, SOURCE, text)));
    }
}
