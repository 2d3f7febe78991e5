package org.iommuatlas.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Issue #4 item 4: from process start to the first rendered frame of the main window with the
 * default scenario, against a bare JavaFX window (one Stage, one Label), each a fresh JVM with the
 * same class path and flags, launched alternately. The time runs from {@code ProcessBuilder.start}
 * in this process to the line {@link FirstFrameProbe#MARKER} arriving from the child.
 */
public final class StartupBench implements Benchmark {
    public static final double TARGET_RATIO = 1.5;
    private static final long CHILD_TIMEOUT_SECONDS = 120;

    private final int warmups;
    private final int rounds;

    public StartupBench(int warmups, int rounds) {
        this.warmups = warmups;
        this.rounds = rounds;
    }

    public static StartupBench full() {
        return new StartupBench(2, 10);
    }

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public BenchReport run() throws Exception {
        Path home = Files.createTempDirectory("atlas-bench-home");
        for (int i = 0; i < warmups; i++) {
            launch("app", home);
            launch("bare", home);
        }
        long[] app = new long[rounds];
        long[] bare = new long[rounds];
        long[] controls = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            if (i % 2 == 0) {
                app[i] = launch("app", home);
                bare[i] = launch("bare", home);
                controls[i] = launch("controls", home);
            } else {
                controls[i] = launch("controls", home);
                bare[i] = launch("bare", home);
                app[i] = launch("app", home);
            }
        }
        Paired.Samples s = new Paired.Samples(app, bare);
        double ratio = s.ratio();
        BenchReport report = new BenchReport(name());
        report.row(new ResultRow("startup", "process start to first frame, default scenario",
                Format.nanos(s.subjectMedian()), "bare Label window " + Format.nanos(s.referenceMedian()),
                ratio, "<= " + Format.num(TARGET_RATIO, 1) + "x bare", ratio <= TARGET_RATIO));
        report.figure("startupRatio", Format.round(ratio, 2));
        // What the toolkit alone costs for a window of the main window's composition (see ControlsWindowApp).
        Paired.Samples toolkit = new Paired.Samples(controls, bare);
        report.row(ResultRow.info("startupControls", "reference: the same controls in plain JavaFX, no application"
                + " code (what the toolkit costs for this window)", Format.nanos(toolkit.subjectMedian()),
                "bare Label window", toolkit.ratio()));
        Paired.Samples own = new Paired.Samples(app, controls);
        report.row(ResultRow.info("startupOverControls", "the application against that reference (its own code:"
                + " model, analysis, picture, preferences)", Format.nanos(own.subjectMedian()),
                "controls window " + Format.nanos(own.referenceMedian()), own.ratio()));
        report.figure("startupControlsRatio", Format.round(toolkit.ratio(), 2));
        report.figure("startupControlsMillis", Format.round(toolkit.subjectMedian() / 1e6, 1));
        report.figure("startupOverControlsRatio", Format.round(own.ratio(), 2));
        if (toolkit.ratio() > TARGET_RATIO) {
            report.finding("a window of the main window's controls in plain JavaFX, with no application code, takes "
                    + Format.num(toolkit.ratio(), 2) + "x the bare Label window here, above the " + Format.num(TARGET_RATIO, 1)
                    + "x target by itself: no application showing these controls can meet it. The application's own"
                    + " work (model, engine, picture, preferences) adds " + Format.num(own.ratio(), 2)
                    + "x to that reference.");
        }
        report.figure("startupMillis", Format.round(s.subjectMedian() / 1e6, 1));
        report.figure("startupBareMillis", Format.round(s.referenceMedian() / 1e6, 1));
        return report;
    }

    /**
     * Starts one child and returns the nanoseconds from its start to its first-frame line; fails
     * when it exits without one or takes longer than the time-out.
     */
    static long launch(String which, Path home) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Duser.home=" + home);
        command.add("-Djava.awt.headless=true");
        command.add("-Dprism.order=sw");
        command.add("-Dglass.platform=Monocle");
        command.add("-Dmonocle.platform=Headless");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(FirstFrameProbe.class.getName());
        command.add(which);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        long t0 = System.nanoTime();
        Process child = builder.start();
        CompletableFuture.delayedExecutor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS).execute(child::destroyForcibly);
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.equals(FirstFrameProbe.MARKER)) {
                    return System.nanoTime() - t0;
                }
            }
            throw new IOException(which + ": the child ended without rendering a frame within "
                    + CHILD_TIMEOUT_SECONDS + " s (exit " + child.waitFor() + ")");
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
    }
}
