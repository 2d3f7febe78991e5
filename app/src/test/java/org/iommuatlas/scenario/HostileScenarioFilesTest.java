package org.iommuatlas.scenario;

import org.iommuatlas.model.ParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scenario files from strangers (issue #5): every refusal names the file and says why. */
class HostileScenarioFilesTest {
    private static final GuestSpecResolver NO_PRESETS = spec -> {
        throw new ParseException("<spec>", 0, "no presets in this test");
    };

    private final ScenarioFiles files = new ScenarioFiles(new ScenarioJson(NO_PRESETS));
    private final ScenarioJson json = new ScenarioJson(NO_PRESETS);

    @TempDir
    Path dir;

    @Test
    void aSixHundredMegabyteFileIsRefusedByItsSizeWithoutBeingRead() throws Exception {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(600L * 1024 * 1024);
        }
        ParseException e = assertThrows(ParseException.class, () -> files.open(file));
        assertEquals(file + ": is 629145600 bytes; files above " + ScenarioFiles.MAX_BYTES + " bytes are refused",
                e.getMessage());
    }

    @Test
    void theInputLoaderRefusesASixHundredMegabyteFileByItsSize() throws Exception {
        Path file = dir.resolve("dmesg-huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(600L * 1024 * 1024);
        }
        ParseException e = assertThrows(ParseException.class, () -> new InputLoader(json).load(file));
        assertEquals(file + ": is 629145600 bytes; files above " + InputLoader.MAX_TEXT_BYTES + " bytes are refused",
                e.getMessage());
    }

    @Test
    void theInputLoaderRefusesAFifoInsteadOfBlocking() throws Exception {
        Path fifo = dir.resolve("pipe");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(made, "mkfifo is not available");
        ParseException e = assertThrows(ParseException.class, () -> new InputLoader(json).load(fifo));
        assertEquals(fifo + ": is not a regular file", e.getMessage());
    }

    @Test
    void aFileLargerThanTheCapGivenIsRefusedEvenWhenReadDirectly() throws Exception {
        Path file = dir.resolve("big.json");
        Files.writeString(file, "{\"title\": \"" + "x".repeat(5000) + "\"}");
        ParseException e = assertThrows(ParseException.class, () -> ScenarioFiles.readText(file, 1000));
        assertTrue(e.problem().endsWith("files above 1000 bytes are refused"), e.problem());
    }

    @Test
    void binaryNonUtf8EmptyAndDirectoryInputsAreRefusedClearly() throws Exception {
        Path binary = Files.write(dir.resolve("core.json"), new byte[] {'{', 0, 0, 1, 2});
        assertEquals(binary + ": contains binary data (a NUL byte at offset 1); expected text",
                assertThrows(ParseException.class, () -> files.open(binary)).getMessage());

        Path latin1 = Files.write(dir.resolve("latin1.json"), new byte[] {'{', '"', (byte) 0xe9, '"', '}'});
        assertEquals(latin1 + ": is not UTF-8 text; expected a text file",
                assertThrows(ParseException.class, () -> files.open(latin1)).getMessage());

        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        assertEquals(empty + ": empty scenario file: expected a JSON object",
                assertThrows(ParseException.class, () -> files.open(empty)).getMessage());

        assertEquals(dir + ": is a directory; expected a file",
                assertThrows(ParseException.class, () -> files.open(dir)).getMessage());

        Path missing = dir.resolve("missing.json");
        assertTrue(assertThrows(ParseException.class, () -> files.open(missing)).getMessage().startsWith(missing + ":"));
    }

    @Test
    void deeplyNestedJsonIsRefusedWithoutAStackOverflow() {
        // Inside a field, at the top level and as an object chain: each is a ParseException at
        // line 1, never a StackOverflowError (the mapper stops at the first wrong token and the
        // parser at depth 32).
        String[] deep = {
            "[".repeat(100_000) + "]".repeat(100_000),
            "{\"schema\": \"iommu-atlas/scenario\", \"version\": 1, \"assignedDevices\": " + "[".repeat(100_000),
            "{\"title\": " + "{\"a\": ".repeat(100_000),
        };
        for (String text : deep) {
            ParseException e = assertThrows(ParseException.class, () -> json.read("deep.json", text));
            assertEquals("deep.json", e.file());
            assertEquals(1, e.line());
        }
    }

    @Test
    void aHugeStringValueIsRefusedByJacksonsLimit() {
        String huge = "{\"schema\": \"iommu-atlas/scenario\", \"version\": 1, \"title\": \""
                + "A".repeat(25 * 1024 * 1024) + "\"}";
        ParseException e = assertThrows(ParseException.class, () -> json.read("huge.json", huge));
        assertTrue(e.problem().contains("String value length"), e.problem());
        assertTrue(e.getMessage().length() < 2100, "message of " + e.getMessage().length() + " chars");
    }

    @Test
    void aThousandDigitNumberIsRefusedNotParsedForMinutes() {
        String longNumber = "{\"schema\": \"iommu-atlas/scenario\", \"version\": " + "9".repeat(5000) + "}";
        ParseException e = assertThrows(ParseException.class, () -> json.read("number.json", longNumber));
        assertTrue(e.problem().contains("Number value length"), e.problem());
    }

    @Test
    void aTruncatedFileNamesTheLineWhereItEnds() {
        String truncated = "{\n  \"schema\" : \"iommu-atlas/scenario\",\n  \"version\" : 1,\n  \"host\" : {";
        ParseException e = assertThrows(ParseException.class, () -> json.read("cut.json", truncated));
        assertEquals("cut.json", e.file());
        assertEquals(4, e.line());
        assertTrue(e.problem().contains("end-of-input"), e.problem());
    }
}
