package org.iommuatlas.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the benchmark suite (src/bench/java, run by {@code mvn -Pbench verify}) compiling and
 * runnable: every benchmark runs once at a tiny size and must produce well-formed rows and the
 * figures results.json promises. No timing is asserted.
 */
class BenchSmokeTest {
    @TempDir
    Path dir;

    private static void assertWellFormed(BenchReport report, String... figureKeys) {
        assertFalse(report.rows().isEmpty(), report.name() + " produced no row");
        for (ResultRow row : report.rows()) {
            assertFalse(row.id().isBlank(), "row id");
            assertFalse(row.what().isBlank(), "row description of " + row.id());
            assertFalse(row.figure().isBlank(), "figure of " + row.id());
            assertTrue(Double.isNaN(row.ratio()) || row.ratio() > 0, "ratio of " + row.id() + ": " + row.ratio());
            assertEquals(row.target().isEmpty(), row.met() == null, "a target has a verdict: " + row.id());
        }
        for (String key : figureKeys) {
            assertTrue(report.figures().get(key) instanceof Number, report.name() + " lacks figure " + key
                    + ": " + report.figures());
        }
    }

    @Test
    void theEngineBenchmarksRunAtTinySizesAndTheResultFilesHoldEveryPromisedKey() throws Exception {
        List<BenchReport> reports = new ArrayList<>();
        BenchReport analysis = new AnalysisBench(List.of(new AnalysisBench.Size(1_000, 1, 2)), 100).run();
        assertWellFormed(analysis, "analysisRatioToSort", "analysisRatioToSort1000");
        reports.add(analysis);
        BenchReport drag = new DragBench(1_000, 10, 20).run();
        assertWellFormed(drag, "dragUpdateMedianMicros", "dragUpdateP99Micros");
        reports.add(drag);
        BenchReport load = new LoadBench(1_000, 1_000, 1, 2, dir.resolve("work")).run();
        assertWellFormed(load, "loadRatioSysfs", "loadRatioDmesg");
        reports.add(load);
        BenchReport memory = new MemoryBench(1_000, 1).run();
        assertWellFormed(memory, "heapBytesPerRegion");
        reports.add(memory);

        ResultsWriter.write(dir, reports, MachineInfo.current(), "2026-01-01T00:00:00Z", BenchMain.COMMAND);
        JsonNode json = new ObjectMapper().readTree(Files.readString(dir.resolve("results.json")));
        for (String key : List.of("analysisRatioToSort", "dragUpdateMedianMicros", "dragUpdateP99Micros",
                "loadRatioSysfs", "loadRatioDmesg", "heapBytesPerRegion")) {
            assertTrue(json.get(key).isNumber(), key + " in " + json);
        }
        assertEquals("2026-01-01T00:00:00Z", json.get("date").asText());
        assertTrue(json.get("machine").get("cores").asInt() > 0);
        String md = Files.readString(dir.resolve("results.md"));
        assertTrue(md.contains("| analysis |") && md.contains("| memory |"), md);
    }

    @Test
    void theStartUpBenchmarkLaunchesTheAppAndTheBareWindowAndSeesTheirFirstFrames() throws Exception {
        BenchReport startup = new StartupBench(0, 1).run();
        assertWellFormed(startup, "startupRatio", "startupMillis", "startupBareMillis");
    }

    @Test
    void syntheticHostsHaveTheRequestedSizeAndGroupsAndEveryGroupHasTheMsiWindow() {
        var regions = SyntheticHost.regions(1_000, 50, 7);
        assertEquals(1_000, regions.size());
        assertEquals(50, regions.stream().mapToInt(r -> r.group()).distinct().count());
        assertEquals(50, regions.stream().filter(r -> r.start() == SyntheticHost.MSI_START).count());
        assertNotNull(SyntheticDmesg.text(100, 7));
        assertEquals(100, SyntheticDmesg.text(100, 7).lines().count());
        assertEquals(SyntheticHost.sysfsText(regions), SyntheticHost.sysfsText(SyntheticHost.regions(1_000, 50, 7)));
    }
}
