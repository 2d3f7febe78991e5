package org.iommuatlas.cli;

import static org.iommuatlas.cli.CliTest.AMD;
import static org.iommuatlas.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --lesson NAME --step K}. */
class RenderLessonTest {
    @TempDir
    Path dir;

    @Test
    void lessonStepSvgCarriesTheStepTitleAndTheTask() throws IOException {
        Path svg = dir.resolve("step.svg");
        CliTest.Run r = run("render", "--lesson", "aarch64-on-x86", "--step", "3", "-o", svg.toString());
        assertEquals(1, r.status(), r.err()); // the starting scenario still fails: exit 1, picture written
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains("step 3/4: Move the bank"), "title names the step");
        assertTrue(text.contains("Task: Drag the RAM bank (keep all 4 GiB) until no DMA map fails."), "status is the task");
    }

    @Test
    void lessonStepPngIsWritten() throws IOException {
        Path png = dir.resolve("step.png");
        CliTest.Run r = run("render", "--lesson", "arm-its-two-stage", "--step", "1", "-o", png.toString(),
                "--width", "800", "--height", "600");
        assertEquals(0, r.status(), r.err());
        assertEquals(800, ImageIO.read(png.toFile()).getWidth());
    }

    @Test
    void unknownLessonListsTheLessons() {
        CliTest.Run r = run("render", "--lesson", "nope", "-o", dir.resolve("x.png").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("no lesson named nope; lessons: aarch64-on-x86, rmrr-exclusion"), r.err());
    }

    @Test
    void stepOutOfRangeIsAUsageError() {
        CliTest.Run r = run("render", "--lesson", "s390-dma-window", "--step", "3", "-o", dir.resolve("x.png").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("lesson s390-dma-window has steps 1 to 2, not 3"), r.err());
    }

    @Test
    void lessonWithOtherInputsIsAUsageError() {
        CliTest.Run r = run("render", "--lesson", "s390-dma-window", "--host", AMD, "-o", dir.resolve("x.png").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("leave out --host"), r.err());
    }

    @Test
    void stepWithoutLessonIsAUsageError() {
        CliTest.Run r = run("render", "--host", AMD, "--step", "2", "-o", dir.resolve("x.png").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--step goes with --lesson NAME"), r.err());
    }
}
