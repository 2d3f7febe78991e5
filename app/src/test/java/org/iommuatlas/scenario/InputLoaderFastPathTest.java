package org.iommuatlas.scenario;

import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.ReservedType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Opening a file reads kernel-form reserved_regions straight from the bytes and decodes ASCII
 * text on the JDK's fast path (issue #4). Whatever path a file takes, the result and every error
 * must be the ones of decoding the whole file and loading it as text.
 */
class InputLoaderFastPathTest {
    private static final String KERNEL = "0x00000000fee00000 0x00000000feefffff msi\n"
            + "0x000000fd00000000 0x000000ffffffffff reserved\n"
            + "0x000000003e2e0000 0x000000003e2fffff direct-relaxable\n"
            + "0x00000000000e8000 0x00000000000e8fff direct\n";

    private final InputLoader loader = new InputLoader();

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path write(String name, String text) throws Exception {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private LoadedInput asText(Path file) throws Exception {
        return loader.loadText(file.toString(), Files.readString(file));
    }

    @Test
    void aKernelFormFileLoadsAsTheSameInputAsItsText() throws Exception {
        Path file = write("reserved_regions", KERNEL);
        LoadedInput loaded = loader.load(file);
        assertEquals(asText(file), loaded);
        assertEquals("sysfs reserved_regions", loaded.format());
        assertEquals(4, loaded.host().regions().size());
        assertEquals(ReservedType.DIRECT_RELAXABLE, loaded.host().regions().get(2).type());
        assertEquals(file.toString(), loaded.host().regions().get(3).source().file());
    }

    @Test
    void crLfAndAMissingLastLineBreakLoadAsTheirText() throws Exception {
        Path crlf = write("crlf.txt", KERNEL.replace("\n", "\r\n"));
        assertEquals(asText(crlf), loader.load(crlf));
        Path noBreak = write("nobreak.txt", KERNEL.strip());
        LoadedInput loaded = loader.load(noBreak);
        assertEquals(asText(noBreak), loaded);
        assertEquals(4, loaded.host().regions().get(3).source().line());
    }

    @Test
    void lenientlyWrittenLinesStillLoadWithTheirNote() throws Exception {
        Path file = write("pasted.txt", KERNEL + "0xFEE00000 0xFEEFFFFF MSI\n");
        LoadedInput loaded = loader.load(file);
        assertEquals(asText(file), loaded);
        assertEquals(5, loaded.host().regions().size());
        assertEquals(2, loaded.warnings().size(), loaded.warnings().toString());
    }

    @Test
    void aMalformedLineAfterKernelLinesIsReportedAtItsLineAndColumn() throws Exception {
        Path file = write("bad.txt", KERNEL + "0x00000000fee00000 0xfeefffzz msi\n" + KERNEL);
        ParseException e = assertThrows(ParseException.class, () -> loader.load(file));
        ParseException asText = assertThrows(ParseException.class, () -> asText(file));
        assertEquals(file.toString(), e.file());
        assertEquals(5, e.line());
        assertEquals(asText.getMessage(), e.getMessage());
        assertEquals(asText.column(), e.column());
    }

    @Test
    void anEndBelowItsStartInKernelFormIsReportedAsBefore() throws Exception {
        Path file = write("order.txt", "0x00000000fee00000 0x00000000feefffff msi\n"
                + "0x00000000000e9000 0x00000000000e8fff direct\n");
        ParseException e = assertThrows(ParseException.class, () -> loader.load(file));
        assertEquals(2, e.line());
        assertEquals(20, e.column());
    }

    @Test
    void nonAsciiUtf8TextLoadsAsItsDecodedText() throws Exception {
        String dmesg = "Mar 25 13:43:39 höst kernel: DMAR: RMRR base: 0x0000007b800000 end: 0x0000007b8fffff\n"
                + "[    1.000000] usb 1-1: Product: Gerät ✓\n";
        Path file = write("dmesg-utf8.txt", dmesg);
        LoadedInput loaded = loader.load(file);
        assertEquals(loader.loadText(file.toString(), dmesg), loaded);
        assertEquals("dmesg", loaded.format());
        assertEquals(1, loaded.host().regions().size());
    }

    @Test
    void invalidUtf8IsRefusedAsBeforeEvenWhenItKeepsTheLength() throws Exception {
        byte[] bytes = KERNEL.getBytes(StandardCharsets.US_ASCII);
        bytes[40] = (byte) 0x80; // a lone continuation byte: decoded leniently it is one U+FFFD
        Path file = write("latin.txt", bytes);
        ParseException e = assertThrows(ParseException.class, () -> loader.load(file));
        assertEquals(file + ": is not UTF-8 text; expected a text file", e.getMessage());
    }

    @Test
    void decodingKeepsAsciiAndRealReplacementCharactersAndRefusesMalformedBytes() throws Exception {
        assertEquals("msi\r\n", ScenarioFiles.decodeText("f", "msi\r\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("", ScenarioFiles.decodeText("f", new byte[0]));
        String replacement = "a\uFFFDb";
        assertEquals(replacement, ScenarioFiles.decodeText("f", replacement.getBytes(StandardCharsets.UTF_8)));
        assertEquals("größe 😀", ScenarioFiles.decodeText("f", "größe 😀".getBytes(StandardCharsets.UTF_8)));
        ParseException e = assertThrows(ParseException.class,
                () -> ScenarioFiles.decodeText("f", new byte[] {'a', (byte) 0xff, 'b'}));
        assertEquals("f: is not UTF-8 text; expected a text file", e.getMessage());
    }

    @Test
    void aKernelFormFileWithAByteOrderMarkTakesTheTextPathAndItsAnswer() throws Exception {
        byte[] kernel = KERNEL.getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[kernel.length + 3];
        bytes[0] = (byte) 0xef;
        bytes[1] = (byte) 0xbb;
        bytes[2] = (byte) 0xbf;
        System.arraycopy(kernel, 0, bytes, 3, kernel.length);
        Path file = write("bom.txt", bytes);
        // The text path does not recognise a first line behind a BOM; the byte path must not
        // quietly answer differently.
        ParseException asText = assertThrows(ParseException.class,
                () -> loader.loadText(file.toString(), new String(bytes, StandardCharsets.UTF_8)));
        ParseException e = assertThrows(ParseException.class, () -> loader.load(file));
        assertEquals(asText.getMessage(), e.getMessage());
        assertTrue(e.problem().startsWith("format not recognised"), e.problem());
    }

    @Test
    void theCappedReadTakesTheWholeStreamWhateverTheSizeItWasToldAndStopsPastTheCap() throws Exception {
        byte[] data = "0123456789".getBytes(StandardCharsets.US_ASCII);
        // Exact size, a stale smaller size (the file grew; procfs says 0), a stale bigger one (it shrank).
        assertArrayEquals(data, ScenarioFiles.readCapped(new ByteArrayInputStream(data), 10, 100));
        assertArrayEquals(data, ScenarioFiles.readCapped(new ByteArrayInputStream(data), 4, 100));
        assertArrayEquals(data, ScenarioFiles.readCapped(new ByteArrayInputStream(data), 0, 100));
        assertArrayEquals(data, ScenarioFiles.readCapped(new ByteArrayInputStream(data), 50, 100));
        // The limit is the cap plus one: a stream that goes on is cut there, so the caller sees it.
        assertArrayEquals("0123456".getBytes(StandardCharsets.US_ASCII),
                ScenarioFiles.readCapped(new ByteArrayInputStream(data), 3, 7));
        assertArrayEquals("0123456".getBytes(StandardCharsets.US_ASCII),
                ScenarioFiles.readCapped(new ByteArrayInputStream(data), 7, 7));
        assertEquals(0, ScenarioFiles.readCapped(new ByteArrayInputStream(new byte[0]), 0, 7).length);
    }
}
