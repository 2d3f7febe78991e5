package org.iommuatlas.format.guest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.iommuatlas.fuzz.ParseOutcome;
import org.junit.jupiter.api.Timeout;

import java.util.Optional;

import static org.iommuatlas.fuzz.ParseOutcome.SOURCE;
import static org.iommuatlas.fuzz.ParseOutcome.text;

/**
 * One fuzz test per guest-side parser (issue #5): any bytes give a result or a ParseException,
 * never another exception or a hang. The mtree test also turns an accepted tree into a guest
 * layout, the step that builds model records from parsed numbers. Inputs live in
 * {@code GuestParsersFuzzTestInputs/<method>/}; see docs/fuzzing.md to fuzz one for longer.
 */
class GuestParsersFuzzTest {

    @FuzzTest(maxDuration = "5m")
    @Timeout(10)
    void mtree(byte[] input) {
        MtreeReadout readout = ParseOutcome.of(() -> MtreeParser.parse(SOURCE, text(input)));
        if (readout != null) {
            ParseOutcome.of(() -> MtreeParser.toGuestLayout(readout));
        }
    }

    @FuzzTest(maxDuration = "5m")
    @Timeout(10)
    void qemuErrors(byte[] input) {
        ParseOutcome.of(() -> QemuErrorParser.parse(SOURCE, text(input)));
    }

    @FuzzTest(maxDuration = "5m")
    @Timeout(10)
    void libvirtXml(byte[] input) {
        ParseOutcome.of(() -> LibvirtXmlParser.parse(SOURCE, text(input)));
    }

    @FuzzTest(maxDuration = "5m")
    @Timeout(10)
    void qemuCommandLine(byte[] input) {
        ParseOutcome.of(() -> QemuCommandLineParser.parse(SOURCE, text(input)));
    }

    /** Pasted guest text: recognise the format, then parse it as that format. */
    @FuzzTest(maxDuration = "5m")
    @Timeout(10)
    void sniffedPaste(byte[] input) {
        String text = text(input);
        Optional<GuestFormat> format = GuestInputs.sniff(text);
        format.ifPresent(f -> ParseOutcome.of(() -> GuestInputs.parse(SOURCE, text, f)));
    }
}
