package org.iommuatlas.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line end to end, in process, on the samples and the reference's worked examples. */
class CliTest {
    static final Path ROOT = repositoryRoot();
    static final String AMD = ROOT.resolve("samples/inputs/amd-host-group-28.reserved_regions").toString();
    static final String HP = ROOT.resolve("samples/inputs/hp-microserver-group-1.reserved_regions").toString();

    record Run(int status, String out, String err) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(out);
        }
    }

    static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("samples")) && Files.exists(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("repository root not found");
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aarch64GuestOnTheAmdHostFailsAtTheFirstMapAnd3054MibFit() throws IOException {
        Run r = run("check", "--host", AMD, "--guest", "virt:ram=4G", "--json");
        assertEquals(1, r.status(), r.err());
        JsonNode json = r.json();
        assertEquals("0x40000000", json.at("/firstFailingMap/iova").asText());
        assertEquals("0x100000000", json.at("/firstFailingMap/size").asText());
        assertEquals("memory listener initialization failed: Region mach-virt.ram: vfio_dma_map(<container>,"
                + " 0x40000000, 0x100000000, <vaddr>) = -22 (Invalid argument)", json.get("predictedError").asText());
        assertEquals("3202351104", json.at("/fits/0/maxBytes").asText(), "0xBEE00000 = 3054 MiB");
        JsonNode conflict = json.at("/conflicts/0");
        assertEquals("error", conflict.get("severity").asText());
        assertEquals("msi", conflict.at("/host/type").asText());
        assertEquals("0xfee00000", conflict.at("/overlap/start").asText());
        assertEquals("0xfeefffff", conflict.at("/overlap/end").asText());
        assertEquals("mach-virt.ram", conflict.at("/guest/name").asText());
    }

    @Test
    void theLargestGuestThatFitsIsClean() {
        Run r = run("check", "--host", AMD, "--guest", "virt:ram=3054M");
        assertEquals(0, r.status(), r.out());
        assertTrue(r.out().contains("OK: every DMA map fits"), r.out());
    }

    @Test
    void onePcGuestOnTheRmrrHostIsUnassignableAndFailsAt0xc0000() throws IOException {
        Run r = run("check", "--host", HP, "--guest", "pc:ram=1G", "--json");
        assertEquals(1, r.status());
        JsonNode json = r.json();
        assertEquals("0xc0000", json.at("/firstFailingMap/iova").asText());
        assertEquals("0x3ff40000", json.at("/firstFailingMap/size").asText());
        assertFalse(json.at("/devices/0/assignable").asBoolean());
        assertEquals("0xc0000", json.at("/fits/0/limitingSectionStart").asText());
        assertEquals(String.valueOf(160 * 1024), json.at("/fits/0/sectionMaxBytes").asText(), "160 KiB after 0xc0000");
        assertEquals("R3", json.get("verdict").asText());
    }

    @Test
    void scenarioFilesCheckLikeTheirStory() throws IOException {
        Run relocated = run("check", "--scenario", ROOT.resolve("samples/q35-1tib-amd-host-relocated-above-1tib.json").toString());
        assertEquals(0, relocated.status(), relocated.out());
        Run notRelocated = run("check", "--json", "--scenario",
                ROOT.resolve("samples/q35-1tib-amd-host-without-relocation.json").toString());
        assertEquals(1, notRelocated.status());
        assertEquals("0xff80000000", notRelocated.json().at("/firstFailingMap/size").asText());
        assertTrue(notRelocated.json().get("machineSuggestions").size() > 0, "suggests the 7.1 relocation");
    }

    @Test
    void newerQemuWording() throws IOException {
        Run r = run("check", "--host", AMD, "--guest", "virt:ram=4G", "--json", "--qemu", "new");
        assertTrue(r.json().get("predictedError").asText().contains("vfio_container_dma_map(<container>, 0x40000000,"));
    }

    @Test
    void aMissingFileIsExitTwoWithItsName() {
        Run r = run("check", "--host", "/no/such/reserved_regions", "--guest", "virt:ram=1G");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("/no/such/reserved_regions: no such file"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void aMalformedLineIsExitTwoWithFileAndLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("reserved_regions");
        Files.writeString(bad, "0x00000000fee00000 0x00000000feefffff msi\n0x00000000fee00000 0x00000000fedfffff msi\n");
        Run r = run("check", "--host", bad.toString(), "--guest", "virt:ram=1G");
        assertEquals(2, r.status());
        assertTrue(r.err().contains(bad + ":2"), r.err());
    }

    @Test
    void aBadSpecNamesWhatWasExpected() {
        Run r = run("check", "--host", AMD, "--guest", "vax:ram=1G");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("<spec>"), r.err());
        assertTrue(r.err().contains("q35"), "lists the machines: " + r.err());
    }

    @Test
    void unknownOptionsAndCommandsAreUsageErrors() {
        assertEquals(2, run("check", "--hots", AMD).status());
        assertEquals(2, run("frobnicate").status());
        Run noGuest = run("check", "--host", AMD);
        assertEquals(2, noGuest.status());
        assertTrue(noGuest.err().contains("no guest given"), noGuest.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String c : new String[] {"check", "report", "explain", "render"}) {
            Run r = run(c, "--help");
            assertEquals(0, r.status());
            assertTrue(r.out().startsWith("Usage: iommu-atlas " + c), r.out());
        }
        assertTrue(run("--help").out().contains("render"));
    }

    @Test
    void explainNamesTheMsiWindowForTheSeedReportLine() {
        String line = "vfio 0000:29:00.0: failed to setup container for group 28: memory listener initialization"
                + " failed: Region mach-virt.ram: vfio_dma_map(0x563169753c80, 0x40000000, 0x100000000,"
                + " 0x7fb2a3e00000) = -22 (Invalid argument)";
        Run r = run("explain", line, "--host", AMD);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("meets msi [0xfee00000, 0xfeefffff]"), r.out());
        assertTrue(r.out().contains("at most 0xbee00000 bytes (3054 MiB)"), r.out());
    }

    @Test
    void explainRefusesTextWithoutAnErrorLine() {
        Run r = run("explain", "hello world", "--host", AMD);
        assertEquals(2, r.status());
        assertTrue(r.err().contains("no QEMU/VFIO error line found"), r.err());
    }

    @Test
    void reportIsMarkdownWithTheVerdict(@TempDir Path dir) throws IOException {
        Path md = dir.resolve("report.md");
        Run r = run("report", "--host", AMD, "--guest", "virt:ram=4G", "-o", md.toString());
        assertEquals(1, r.status());
        String text = Files.readString(md);
        assertTrue(text.contains("## Verdict"));
        assertTrue(text.contains("vfio_dma_map(<container>, 0x40000000, 0x100000000, <vaddr>) = -22"), text);
        assertTrue(text.contains("| msi | `0xfee00000` | `0xfeefffff` | 1 MiB |"), text);
    }

    @Test
    void renderWritesPngAndSvgWithTheConflict(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("a.png");
        Path svg = dir.resolve("a.svg");
        assertEquals(1, run("render", "--host", AMD, "--guest", "virt:ram=4G", "-o", png.toString(), "--scale", "2").status());
        assertEquals(1, run("render", "--host", AMD, "--guest", "virt:ram=4G", "-o", svg.toString()).status());
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(2800, image.getWidth());
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml") || text.startsWith("<svg"), text.substring(0, 40));
        assertTrue(text.contains("mach-virt.ram overlaps msi"), "conflict text is SVG text");
        Run bad = run("render", "--host", AMD, "--guest", "virt:ram=4G", "-o", dir.resolve("a.gif").toString());
        assertEquals(2, bad.status());
    }
}
