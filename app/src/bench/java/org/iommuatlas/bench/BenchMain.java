package org.iommuatlas.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The benchmark suite of issue #4, run by {@code mvn -B -Pbench verify} (app/bench/README.md).
 *
 * <pre>
 *   --out DIR       write DIR/results.md and DIR/results.json (the profile passes app/bench)
 *   --only a,b      run only these benchmarks (analysis, drag, frame, startup, load, memory);
 *                   prints the table and writes no files unless --out is given too
 * </pre>
 */
public final class BenchMain {
    public static final String COMMAND = "mvn -B -Pbench verify";

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Path out = null;
        Set<String> only = new LinkedHashSet<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--only" -> only.addAll(Arrays.asList(args[++i].split(",")));
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --out DIR, --only a,b)");
            }
        }
        Path work = Files.createTempDirectory("atlas-bench");
        List<Benchmark> suite = fullSuite(work);
        List<BenchReport> reports = new ArrayList<>();
        MachineInfo machine = MachineInfo.current();
        String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        System.out.println("IOMMU Atlas benchmarks on " + machine);
        for (Benchmark b : suite) {
            if (!only.isEmpty() && !only.contains(b.name())) {
                continue;
            }
            System.out.println("running " + b.name() + " ...");
            long t0 = System.nanoTime();
            BenchReport report;
            try {
                report = b.run();
            } catch (Exception | Error e) {
                // One broken benchmark must not lose the others' figures.
                e.printStackTrace();
                report = new BenchReport(b.name());
                report.row(new ResultRow(b.name() + "Failed", "did not complete: " + e, "-", "-", Double.NaN,
                        "completes", false));
            }
            reports.add(report);
            System.out.println(ResultsWriter.table(List.of(report)));
            System.out.println("(" + b.name() + " took " + Format.nanos(System.nanoTime() - t0) + ")");
        }
        System.out.println();
        System.out.println(ResultsWriter.table(reports));
        if (out != null) {
            ResultsWriter.write(out, reports, machine, date, COMMAND);
            System.out.println("wrote " + out.resolve("results.md") + " and " + out.resolve("results.json"));
        }
        // The frame benchmark leaves the JavaFX toolkit running.
        System.exit(0);
    }

    /** Every benchmark at the sizes issue #4 names. */
    public static List<Benchmark> fullSuite(Path work) {
        return List.of(
                AnalysisBench.full(),
                DragBench.full(),
                FrameBench.full(),
                LoadBench.full(work),
                MemoryBench.full(),
                StartupBench.full());
    }
}
