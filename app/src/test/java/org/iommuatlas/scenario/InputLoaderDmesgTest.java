package org.iommuatlas.scenario;

import org.iommuatlas.bench.SyntheticDmesg;
import org.iommuatlas.format.host.HostFormat;
import org.iommuatlas.format.host.HostInputs;
import org.iommuatlas.format.host.HostReadout;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.ReservedRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Opening a dmesg (issue #4: a 100,000-line log) decodes ASCII as a plain copy, scans for guest
 * markers with neighbour filters, and parses on whichever thread gets to it first. Whatever of
 * that a file goes through, it must load as the whole file decoded by the strict UTF-8 decoder
 * and loaded as text, with the regions, warnings and line numbers of parsing it in order; and a
 * QEMU error line anywhere still makes it a QEMU error log.
 */
class InputLoaderDmesgTest {
    private static final String IDENTITY =
            "[    0.500000] DMAR: Setting identity map for device 0000:00:14.0 [0x3e2e0000 - 0x3e2fffff]\n";
    private static final String GROUP = "[    1.000000] pci 0000:00:14.0: Adding to iommu group 5\n";

    private final InputLoader loader = new InputLoader();

    @TempDir
    Path dir;

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = InputLoaderDmesgTest.class.getResourceAsStream("/formats/host/" + name)) {
            return in.readAllBytes();
        }
    }

    private static String strictUtf8(byte[] bytes) throws Exception {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** Loads {@code file} and checks it against its decoded text and against parsing it in order; returns the load. */
    private LoadedInput loadsAsItsTextAndInOrder(Path file) throws Exception {
        LoadedInput loaded = loader.load(file);
        String text = strictUtf8(Files.readAllBytes(file));
        assertEquals(loader.loadText(file.toString(), text), loaded);
        HostReadout inOrder = HostInputs.parse(HostFormat.DMESG, file.toString(), text);
        assertEquals("dmesg", loaded.format());
        assertEquals(inOrder.host(), loaded.host());
        assertEquals(inOrder.warnings(), loaded.warnings());
        return loaded;
    }

    /** A dmesg past the parallel-parse threshold: the three lines given, then chatter. */
    private static String largeDmesg(String head, String tail) {
        StringBuilder text = new StringBuilder(head);
        for (int i = 0; text.length() < InputLoader.PARALLEL_HOST_PARSE_CHARS + 1000; i++) {
            text.append(String.format("[%12.6f] usb 1-%d: new high-speed USB device number %d using xhci_hcd%n",
                    2.0 + i * 0.001, i % 8, i));
        }
        return text.append(tail).toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"intel_boot_dmesg.txt", "rmrr_whitepaper_dmesg.txt", "amd_journal_2025_e820.txt"})
    void eachSampleDmesgLoadsAsItsTextAndAsParsingItInOrder(String name) throws Exception {
        LoadedInput loaded = loadsAsItsTextAndInOrder(Files.write(dir.resolve(name), resource(name)));
        assertTrue(!loaded.host().regions().isEmpty() || !loaded.host().memory().isEmpty(), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"intel_boot_dmesg.txt", "rmrr_whitepaper_dmesg.txt", "amd_journal_2025_e820.txt"})
    void eachSampleWithCrLfLineEndsLoadsWithTheSameRegionsAndLines(String name) throws Exception {
        String lf = strictUtf8(resource(name));
        LoadedInput crlf = loadsAsItsTextAndInOrder(Files.writeString(dir.resolve(name), lf.replace("\n", "\r\n")));
        LoadedInput plain = loader.loadText(dir.resolve(name).toString(), lf);
        assertEquals(plain.host().regions(), crlf.host().regions());
        assertEquals(plain.host().memory(), crlf.host().memory());
    }

    @Test
    void theBenchmarksSyntheticDmesgLoadsAsItsTextAndAsParsingItInOrder() throws Exception {
        Path file = Files.writeString(dir.resolve("dmesg-20000.txt"), SyntheticDmesg.text(20_000, 5));
        assertTrue(Files.size(file) >= InputLoader.PARALLEL_HOST_PARSE_CHARS, "takes the parallel parse");
        LoadedInput loaded = loadsAsItsTextAndInOrder(file);
        assertTrue(loaded.host().regions().size() > 100, "RMRR and identity-map lines: " + loaded.host().regions().size());
        assertTrue(loaded.host().devices().size() > 300, "group lines: " + loaded.host().devices().size());
    }

    @Test
    void blankLinesCountInTheRegionsLineNumbers() throws Exception {
        Path file = Files.writeString(dir.resolve("blank.txt"), "\n" + IDENTITY + "\n\n\n" + GROUP + "\n");
        LoadedInput loaded = loadsAsItsTextAndInOrder(file);
        ReservedRegion region = loaded.host().regions().get(0);
        assertEquals(2, region.source().line());
        assertEquals(5, region.group());
    }

    @Test
    void nonAsciiUtf8LinesLoadAsTheirDecodedText() throws Exception {
        String text = "[    0.100000] usb 1-1: Product: Größe Tastatur ⌨ 😀\n" + IDENTITY
                + "[    0.900000] pci 0000:00:14.0-ü: Adding to iommu group 7\n" + GROUP;
        LoadedInput loaded = loadsAsItsTextAndInOrder(Files.writeString(dir.resolve("utf8.txt"), text));
        assertEquals(2, loaded.host().regions().get(0).source().line());
        assertEquals(List.of("0000:00:14.0-ü", "0000:00:14.0"),
                loaded.host().devices().stream().map(d -> d.name()).toList());
    }

    @Test
    void aLargeDmesgWithNonAsciiBytesLoadsAsItsDecodedText() throws Exception {
        loadsAsItsTextAndInOrder(Files.writeString(dir.resolve("large-utf8.txt"),
                largeDmesg(IDENTITY + "[    0.700000] usb 1-1: Manufacturer: Ĳssel ✓\n" + GROUP, "")));
    }

    @Test
    void aDmesgThatIsNotUtf8IsRefusedAsBefore() throws Exception {
        Path file = Files.write(dir.resolve("latin1.txt"),
                (IDENTITY + "[    0.700000] usb 1-1: Manufacturer: Caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));
        ParseException e = assertThrows(ParseException.class, () -> loader.load(file));
        assertEquals(file + ": is not UTF-8 text; expected a text file", e.getMessage());
    }

    @Test
    void aQemuErrorLineAnywhereInALargeDmesgFileStillMakesItAQemuErrorLog() throws Exception {
        String error = "qemu-system-x86_64: vfio_dma_map(0x55d0c6a4e4b0, 0xfee00000, 0x100000, 0x7f4c00000000)"
                + " = -22 (Invalid argument)\n";
        for (String text : List.of(largeDmesg(IDENTITY + GROUP, error), largeDmesg(error + IDENTITY + GROUP, ""))) {
            Path file = Files.writeString(dir.resolve("mixed.log"), text);
            LoadedInput loaded = loader.load(file);
            assertEquals("QEMU error log", loaded.format());
            assertNotNull(loaded.errors());
            assertNull(loaded.host());
            assertEquals(loader.loadText(file.toString(), text), loaded);
        }
    }

    @Test
    void aBadLineInALargeDmesgFileIsReportedWithItsLineAsTheInOrderParseReportsIt() throws Exception {
        String text = largeDmesg(IDENTITY + GROUP, "[   99.000000] pci 0000:00:1f.0: Adding to iommu group five\n");
        Path file = Files.writeString(dir.resolve("bad.txt"), text);
        int badLine = (int) text.lines().count();
        ParseException inOrder = assertThrows(ParseException.class,
                () -> HostInputs.parse(HostFormat.DMESG, file.toString(), text));
        ParseException loaded = assertThrows(ParseException.class, () -> loader.load(file));
        assertEquals(inOrder.getMessage(), loaded.getMessage());
        assertEquals(badLine, loaded.line());
        assertTrue(loaded.getMessage().startsWith(file + ":" + badLine + ":"), loaded.getMessage());
    }
}
