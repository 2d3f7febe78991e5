package org.iommuatlas.bench;

import com.sun.javafx.perf.PerformanceTracker;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.ui.AtlasWindow;
import org.iommuatlas.ui.canvas.AddressWindow;
import org.iommuatlas.ui.canvas.AtlasCanvasView;
import org.iommuatlas.ui.doc.AppPreferences;
import org.iommuatlas.ui.doc.RecoveryStore;
import org.iommuatlas.ui.port.Ports;
import org.iommuatlas.ui.engine.EnginePorts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

/**
 * Issue #4 item 3: the main window with a host of 100,000 regions, headless (Monocle, software
 * pipeline), while a bank is dragged: from each mouse-drag event to the end of rendering the
 * frame that shows it, against the 16.7 ms budget of a 60 Hz display.
 *
 * <p>The drag is a press on the bank, then drag events a few pixels apart (up and down the
 * canvas), each fired on the canvas as the scene would deliver it, at a random moment 0-17 ms
 * after the previous frame (a pointer is not in step with the pulse). The clock starts on the
 * JavaFX thread just before the event is dispatched and stops when the renderer reports the
 * first frame whose pulse began after the repaint is rendered ({@link PerformanceTracker}). The
 * target figure leaves out the idle wait between the repaint and that pulse (see {@link #report}).
 */
public final class FrameBench implements Benchmark {
    public static final double BUDGET_MILLIS = 1000.0 / 60;
    public static final double TARGET_P99_BUDGET_RATIO = 0.5;
    /** A drag event that does not move the snapped preview draws nothing; give up on it after this. */
    private static final long FRAME_TIMEOUT_MILLIS = 1_000;
    /** Drops after the measured one, for the cost of a drop once its code is compiled. */
    private static final int LATER_DROPS = 6;

    private static final java.io.PrintStream DUMP = System.getProperty("bench.frameDump") == null ? null
            : newDump(System.getProperty("bench.frameDump"));

    private static java.io.PrintStream newDump(String path) {
        try {
            java.io.PrintStream out = new java.io.PrintStream(path);
            out.println("event,startNanos,toVisibleMicros,pulseToRenderedMicros,handlerMicros,idleWaitMicros,"
                    + "handlerCpuMicros,allocatedToRepaintBytes,allocatedByHandlerBytes,uptimeMillis,jitTotalMillis");
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The JavaFX thread's CPU time and allocation per event, for the dump. */
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

    private final int regions;
    private final int warmups;
    private final int moves;

    public FrameBench(int regions, int warmups, int moves) {
        this.regions = regions;
        this.warmups = warmups;
        this.moves = moves;
    }

    public static FrameBench full() {
        // -Dbench.frameWarmups=N: a longer warm-up, to see how the figures settle (README).
        return new FrameBench(100_000, Integer.getInteger("bench.frameWarmups", 300), 300);
    }

    /** Timestamps of one rendered frame: when its pulse began and when rendering ended. */
    private record Frame(long pulseStart, long renderEnd) {
    }

    @Override
    public String name() {
        return "frame";
    }

    @Override
    public BenchReport run() throws Exception {
        FxThread.ensureStarted();
        HostModel host = SyntheticHost.host(regions, Math.max(1, regions / AnalysisBench.REGIONS_PER_GROUP), 3);
        // The window's default scenario with the synthetic host in place of its own; the real engine.
        Scenario scenario = EnginePorts.defaultScenario().withHost(host)
                .withTitle("Frame benchmark", Format.count(regions) + " synthetic host regions");
        RamBank bank = scenario.guest().banks().get(0);
        Path recovery = Files.createTempDirectory("atlas-bench-recovery");
        Preferences prefsNode = Preferences.userRoot().node("org/iommuatlas/bench-frame");
        // Monocle's headless screen is 1280x800 by default; a larger window overflows its buffer.
        new AppPreferences(prefsNode).saveGeometry(new AppPreferences.Geometry(0, 0, 1200, 760, false));
        Ports ports = EnginePorts.create();

        LinkedBlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
        long[] pulseStart = new long[1];
        Stage stage = FxThread.call(() -> {
            Stage s = new Stage();
            AtlasWindow window = new AtlasWindow(ports, scenario, new AppPreferences(prefsNode),
                    new RecoveryStore(recovery, ports.store()));
            window.show(s);
            PerformanceTracker tracker = PerformanceTracker.getSceneTracker(s.getScene());
            tracker.setOnPulse(() -> pulseStart[0] = System.nanoTime());
            tracker.setOnRenderedFrameTask(() -> frames.add(new Frame(pulseStart[0], System.nanoTime())));
            s.getProperties().put(AtlasWindow.class, window);
            return s;
        });
        try {
            settle(frames);
            AtlasWindow window = (AtlasWindow) stage.getProperties().get(AtlasWindow.class);
            Canvas canvas = window.view().canvas();
            // The opening view spans the whole address space, where the 4 GiB bank is thinner than a
            // pixel and drawn into a per-row aggregate: zoom to the bank (with a quarter margin each
            // side, which takes in the MSI window and the RMRR pools) as a user would before a drag.
            FxThread.run(() -> window.view().windowProperty().set(AddressWindow.around(bank.range())));
            settle(frames);
            // The bank as the window's document holds it.
            double[] centre = FxThread.call(() -> locate(window.view(),
                    window.document().scenario().guest().bank(bank.id()).orElse(bank)));
            double height = FxThread.call(canvas::getHeight);
            Point2D press = FxThread.call(() -> canvas.localToScene(centre[0], centre[1]));
            // Building the synthetic host and the window leaves hundreds of MB of young garbage whose
            // first collection would land in the measured drag; a user's idle window has had it already.
            System.gc();
            fire(canvas, MouseEvent.MOUSE_PRESSED, press);
            settle(frames);

            double span = Math.max(20, Math.min(200, height / 4));
            // When the view last changed the drag preview on screen (its repaint runs after the event).
            long[] previewChangedAt = new long[1];
            FxThread.run(() -> window.view().previewChangesProperty().addListener(
                    (o, a, b) -> previewChangedAt[0] = System.nanoTime()));
            Samples drag = measure(frames, k -> {
                // A triangle wave of +-span pixels around the press, 9 px per event.
                double phase = (k * 9.0) % (4 * span);
                double dy = phase < 2 * span ? phase - span : 3 * span - phase;
                Point2D at = new Point2D(press.getX(), press.getY() + dy);
                return () -> Event.fireEvent(canvas, mouse(MouseEvent.MOUSE_DRAGGED, at));
            }, () -> previewChangedAt[0]);
            // Dropping the bank: one undoable edit, a new analysis and the picture laid out again,
            // timed until the JavaFX thread has run everything the release queued.
            Drop release = drop(window, canvas, press);
            settle(frames);
            // Later drops, as a user moving the bank again and again makes them (the first one ran
            // code not yet compiled): a short drag from the bank's new place, then the drop.
            Drop[] laterDrops = new Drop[LATER_DROPS];
            for (int d = 0; d < LATER_DROPS; d++) {
                double[] at = FxThread.call(() -> locate(window.view(),
                        window.document().scenario().guest().bank(bank.id()).orElse(bank)));
                Point2D grab = FxThread.call(() -> canvas.localToScene(at[0], at[1]));
                fire(canvas, MouseEvent.MOUSE_PRESSED, grab);
                for (int k = 1; k <= 12; k++) {
                    Point2D to = new Point2D(grab.getX(), grab.getY() + (d % 2 == 0 ? 3 : -3) * k);
                    fire(canvas, MouseEvent.MOUSE_DRAGGED, to);
                }
                laterDrops[d] = drop(window, canvas, grab);
                settle(frames);
            }
            System.gc();
            // The reference: the same window, each event changing one 1x1 node: what any frame costs here.
            javafx.scene.shape.Rectangle dot = new javafx.scene.shape.Rectangle(1, 1);
            FxThread.run(() -> window.view().addOverlay(dot));
            settle(frames);
            long[] dotChangedAt = new long[1];
            Samples floor = measure(frames, k -> () -> {
                dot.setFill(k % 2 == 0 ? javafx.scene.paint.Color.RED : javafx.scene.paint.Color.BLUE);
                dotChangedAt[0] = System.nanoTime();
            }, () -> dotChangedAt[0]);
            return report(drag, floor, release, laterDrops);
        } finally {
            FxThread.run(stage::close);
            prefsNode.removeNode();
        }
    }

    /** One drop: until the new picture is laid out, and the longest the JavaFX thread was unavailable meanwhile. */
    private record Drop(long total, long longestStall) {
    }

    /**
     * Releases the button over {@code at}: one undoable edit, its analysis and the picture laid out
     * again (prepared off the JavaFX thread, then committed on it), timed until the JavaFX thread
     * has run everything the commit queued. Meanwhile a ticker asks the JavaFX thread for a trivial
     * task every millisecond: the longest any waited is how long the window was frozen.
     */
    private static Drop drop(AtlasWindow window, Canvas canvas, Point2D at) throws Exception {
        Object before = FxThread.call(() -> window.document().scenario());
        long[] longest = new long[1];
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        Thread ticker = new Thread(() -> {
            while (!done.get()) {
                long asked = System.nanoTime();
                java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
                Platform.runLater(() -> {
                    longest[0] = Math.max(longest[0], System.nanoTime() - asked);
                    ran.countDown();
                });
                try {
                    ran.await();
                    TimeUnit.MILLISECONDS.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-fx-ticker");
        long start = System.nanoTime();
        ticker.start();
        fire(canvas, MouseEvent.MOUSE_RELEASED, at);
        long deadline = start + TimeUnit.SECONDS.toNanos(30);
        while (FxThread.call(() -> window.document().scenario()) == before && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(1);
        }
        FxThread.run(() -> { });
        long total = System.nanoTime() - start;
        done.set(true);
        ticker.join();
        return new Drop(total, longest[0]);
    }

    /** Per event: wall-clock latency, work on the FX thread, work to the rendered frame, idle wait. */
    private record Samples(long[] latency, long[] work, long[] busy, long[] waits, long[] warmupBusy, int missed,
                           int unchanged) {
    }

    /**
     * Runs {@code warmups + moves} events on the JavaFX thread, each at a random moment 0-17 ms
     * after the previous frame, and times each to the first frame whose pulse began after the
     * event's repaint. {@code eventAt} gives the k-th event.
     */
    private Samples measure(LinkedBlockingQueue<Frame> frames, java.util.function.IntFunction<Runnable> eventAt,
                            java.util.function.LongSupplier changedAt) throws InterruptedException {
        List<Long> latency = new ArrayList<>();
        List<Long> work = new ArrayList<>();
        List<Long> busy = new ArrayList<>();
        List<Long> waits = new ArrayList<>();
        List<Long> warmupBusy = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(9);
        int missed = 0;
        int unchanged = 0;
        for (int i = -warmups; i < moves; i++) {
            Runnable event = eventAt.apply(i + warmups);
            TimeUnit.MICROSECONDS.sleep(random.nextInt(17_000));
            frames.clear();
            // Start, handler end, repaint end; the handler's CPU time and allocation, and to the repaint.
            long[] handled = new long[6];
            java.util.concurrent.CountDownLatch painted = new java.util.concurrent.CountDownLatch(1);
            long[] visibleFrom = new long[1];
            Platform.runLater(() -> {
                long cpu0 = THREADS.getCurrentThreadCpuTime();
                long alloc0 = THREADS.getCurrentThreadAllocatedBytes();
                handled[0] = System.nanoTime();
                event.run();
                handled[1] = System.nanoTime();
                handled[3] = THREADS.getCurrentThreadCpuTime() - cpu0;
                handled[5] = THREADS.getCurrentThreadAllocatedBytes() - alloc0;
                // Queued after the view's own repaint request, so it runs when that paint is done.
                Platform.runLater(() -> {
                    handled[2] = System.nanoTime();
                    handled[4] = THREADS.getCurrentThreadAllocatedBytes() - alloc0;
                    visibleFrom[0] = changedAt.getAsLong();
                    painted.countDown();
                });
            });
            painted.await();
            if (visibleFrom[0] < handled[0]) {
                // The snapped preview did not move (a step inside a folded gap of the axis): nothing to draw.
                unchanged++;
                continue;
            }
            Frame f = nextFrameAfter(frames, visibleFrom[0]);
            if (f == null) {
                missed++;
                continue;
            }
            if (DUMP != null) {
                // Warm-up events have negative numbers; the reference's events follow the drag's.
                DUMP.println(i + "," + handled[0] + "," + (visibleFrom[0] - handled[0]) / 1000 + ","
                        + (f.renderEnd() - f.pulseStart()) / 1000 + "," + (handled[1] - handled[0]) / 1000 + ","
                        + (f.pulseStart() - visibleFrom[0]) / 1000 + "," + handled[3] / 1000 + "," + handled[4] + ","
                        + handled[5] + "," + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() + ","
                        + java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime());
            }
            if (i < 0) {
                warmupBusy.add((visibleFrom[0] - handled[0]) + (f.renderEnd() - f.pulseStart()));
            } else {
                latency.add(f.renderEnd() - handled[0]);
                work.add(handled[2] - handled[0]);
                // The event up to the moment its change reached the scene, then the pulse that shows it.
                busy.add((visibleFrom[0] - handled[0]) + (f.renderEnd() - f.pulseStart()));
                waits.add(f.pulseStart() - visibleFrom[0]);
            }
        }
        return new Samples(array(latency), array(work), array(busy), array(waits), array(warmupBusy), missed, unchanged);
    }

    private static long[] array(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * The target figure is the time the application spends on a drag event until its frame is
     * rendered: handling the event and repainting the canvas, then the pulse that shows it (CSS,
     * layout, waiting for the previous frame's rendering, rendering). The idle time between the
     * repaint and the pulse timer's next tick is not work: JavaFX runs pulses on a fixed 60 Hz
     * timer, so an event lands on average half a period before the next tick whatever the
     * application does; the wall-clock latency, which includes it, and that wait are reported beside.
     */
    private BenchReport report(Samples drag, Samples floor, Drop release, Drop[] laterDrops) {
        long[] latency = drag.latency();
        long[] work = drag.work();
        long[] busy = drag.busy();
        long[] waits = drag.waits();
        int missed = drag.missed();
        if (latency.length == 0) {
            BenchReport none = new BenchReport(name());
            none.row(new ResultRow("frameP99", "drag a bank over " + Format.count(regions)
                    + " host regions: no drag event produced a frame within " + FRAME_TIMEOUT_MILLIS + " ms",
                    "> " + FRAME_TIMEOUT_MILLIS + " ms", "budget " + Format.num(BUDGET_MILLIS, 1) + " ms",
                    FRAME_TIMEOUT_MILLIS / BUDGET_MILLIS, "<= " + Format.num(TARGET_P99_BUDGET_RATIO, 1) + " budget",
                    false));
            none.figure("frameP99BudgetRatio", Format.round(FRAME_TIMEOUT_MILLIS / BUDGET_MILLIS, 3));
            none.finding("none of " + (moves + warmups) + " drag events was followed by a rendered frame within "
                    + FRAME_TIMEOUT_MILLIS + " ms; the figure is a lower bound.");
            return none;
        }
        double budget = BUDGET_MILLIS * 1e6;
        String budgetText = "budget " + Format.num(BUDGET_MILLIS, 1) + " ms";
        long busyMedian = Stats.median(busy);
        long busyP99 = Stats.percentile(busy, 99);
        double p99Ratio = busyP99 / budget;
        BenchReport report = new BenchReport(name());
        String what = "drag a bank over " + Format.count(regions) + " host regions (" + Format.count(latency.length)
                + " events): event to rendered frame, work (event, repaint, the pulse showing it incl. rendering)";
        report.row(ResultRow.info("frameMedian", what + ": median", Format.nanos(busyMedian), budgetText,
                busyMedian / budget));
        report.row(new ResultRow("frameP99", what + ": p99", Format.nanos(busyP99), budgetText, p99Ratio,
                "<= " + Format.num(TARGET_P99_BUDGET_RATIO, 1) + " budget", p99Ratio <= TARGET_P99_BUDGET_RATIO));
        if (drag.warmupBusy().length > 0) {
            long[] cold = drag.warmupBusy();
            long coldMedian = Stats.median(cold);
            long coldP99 = Stats.percentile(cold, 99);
            report.row(ResultRow.info("frameWarmup", "the first " + Format.count(cold.length) + " events of the first"
                    + " drag (code still being compiled), not in the figures above: work median / p99",
                    Format.nanos(coldMedian) + " / " + Format.nanos(coldP99), budgetText, coldP99 / budget));
            report.figure("frameWarmupMedianMillis", Format.round(coldMedian / 1e6, 2));
            report.figure("frameWarmupP99Millis", Format.round(coldP99 / 1e6, 2));
        }
        if (floor.busy().length > 0) {
            long floorMedian = Stats.median(floor.busy());
            long floorP99 = Stats.percentile(floor.busy(), 99);
            report.row(ResultRow.info("frameFloor", "reference: the same window, an event changing one 1x1 node"
                    + " (what any frame costs on this pipeline): work median / p99", Format.nanos(floorMedian) + " / "
                    + Format.nanos(floorP99), budgetText, floorP99 / budget));
            report.figure("frameFloorMedianMillis", Format.round(floorMedian / 1e6, 2));
            report.figure("frameFloorP99Millis", Format.round(floorP99 / 1e6, 2));
        }
        report.row(ResultRow.info("frameRelease", "dropping the bank (the first drop in the JVM): until the new picture"
                + " is laid out / the longest the JavaFX thread was busy meanwhile", Format.nanos(release.total()) + " / "
                + Format.nanos(release.longestStall()), budgetText, release.longestStall() / budget));
        report.figure("frameReleaseMillis", Format.round(release.total() / 1e6, 1));
        report.figure("frameReleaseStallMillis", Format.round(release.longestStall() / 1e6, 1));
        long laterMedian = Stats.median(java.util.Arrays.stream(laterDrops).mapToLong(Drop::total).toArray());
        long laterStall = Stats.median(java.util.Arrays.stream(laterDrops).mapToLong(Drop::longestStall).toArray());
        report.row(ResultRow.info("frameLaterDrops", "the same for " + laterDrops.length + " later drops (short drags"
                + " of the same bank): medians", Format.nanos(laterMedian) + " / " + Format.nanos(laterStall), budgetText,
                laterStall / budget));
        report.figure("frameLaterDropStallMillis", Format.round(laterStall / 1e6, 1));
        report.figure("frameLaterDropMedianMillis", Format.round(laterMedian / 1e6, 1));
        long latencyMedian = Stats.median(latency);
        long latencyP99 = Stats.percentile(latency, 99);
        report.row(ResultRow.info("frameLatency", "the same, wall clock (plus the idle wait for the 60 Hz pulse timer):"
                + " median / p99", Format.nanos(latencyMedian) + " / " + Format.nanos(latencyP99), budgetText,
                latencyP99 / budget));
        long waitMedian = Stats.median(waits);
        long waitP99 = Stats.percentile(waits, 99);
        report.row(ResultRow.info("frameWait", "idle wait from the repaint to the next pulse: median / p99",
                Format.nanos(waitMedian) + " / " + Format.nanos(waitP99), budgetText, waitP99 / budget));
        long workMedian = Stats.median(work);
        long workP99 = Stats.percentile(work, 99);
        report.row(ResultRow.info("frameWork", "of the work, event handling and canvas repaint on the FX thread:"
                + " median / p99", Format.nanos(workMedian) + " / " + Format.nanos(workP99), budgetText, workP99 / budget));
        report.figure("frameMedianBudgetRatio", Format.round(busyMedian / budget, 3));
        report.figure("frameP99BudgetRatio", Format.round(p99Ratio, 3));
        report.figure("frameMedianMillis", Format.round(busyMedian / 1e6, 2));
        report.figure("frameP99Millis", Format.round(busyP99 / 1e6, 2));
        report.figure("frameLatencyMedianMillis", Format.round(latencyMedian / 1e6, 2));
        report.figure("frameLatencyP99Millis", Format.round(latencyP99 / 1e6, 2));
        report.figure("frameLatencyP99BudgetRatio", Format.round(latencyP99 / budget, 3));
        report.figure("frameWaitMedianMillis", Format.round(waitMedian / 1e6, 2));
        report.figure("frameWaitP99Millis", Format.round(waitP99 / 1e6, 2));
        report.figure("frameWorkMedianMillis", Format.round(workMedian / 1e6, 2));
        report.figure("frameWorkP99Millis", Format.round(workP99 / 1e6, 2));
        report.finding("the target figure is the work from a drag event to its rendered frame; the wall-clock"
                + " latency adds the idle wait for JavaFX's fixed 60 Hz pulse timer (up to one period, plus any"
                + " queueing behind other JavaFX-thread work; median " + Format.nanos(waitMedian) + ", p99 "
                + Format.nanos(waitP99) + " here). The timer's part depends only on when the event arrives, so a"
                + " wall-clock p99 within half a frame (8.3 ms) is out of reach for any JavaFX application.");
        if (drag.unchanged() > 0) {
            report.finding(drag.unchanged() + " of " + (moves + warmups) + " drag events left the preview"
                    + " looking as before (a step inside a folded gap of the axis) and need no frame; they are left out.");
        }
        if (missed > 0) {
            report.finding(missed + " of " + (moves + warmups) + " drag events that moved the preview"
                    + " produced no frame within " + FRAME_TIMEOUT_MILLIS + " ms and were left out.");
        }
        return report;
    }

    /**
     * A point in the middle of the bank where a press starts a move: the centre of the rectangle
     * the view draws for it ({@link AtlasCanvasView#centreOf}), as the window tests find it.
     */
    private static double[] locate(AtlasCanvasView view, RamBank bank) {
        return view.centreOf(bank).orElseThrow(() -> new IllegalStateException("the bank " + bank.id()
                + " is not drawn as its own rectangle in the window " + view.windowProperty().get()));
    }

    /**
     * The first frame whose pulse began after {@code changedAt}, when the change became visible to
     * the scene (a pulse that began before it cannot show it), or null on time-out.
     */
    private static Frame nextFrameAfter(LinkedBlockingQueue<Frame> frames, long changedAt) throws InterruptedException {
        long deadline = System.nanoTime() + FRAME_TIMEOUT_MILLIS * 1_000_000;
        while (true) {
            long left = deadline - System.nanoTime();
            Frame f = frames.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
            if (f == null) {
                return null;
            }
            if (f.pulseStart() > changedAt) {
                return f;
            }
        }
    }

    /** Waits until no frame has been rendered for a while: start-up work and layout are done. */
    private static void settle(LinkedBlockingQueue<Frame> frames) throws InterruptedException {
        frames.poll(FRAME_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        while (frames.poll(300, TimeUnit.MILLISECONDS) != null) {
            frames.clear();
        }
    }

    private static void fire(Canvas canvas, javafx.event.EventType<MouseEvent> type, Point2D at) throws Exception {
        FxThread.run(() -> Event.fireEvent(canvas, mouse(type, at)));
    }

    /** A primary-button mouse event at scene coordinates {@code at}, as the scene would dispatch it. */
    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, Point2D at) {
        boolean down = type != MouseEvent.MOUSE_RELEASED;
        return new MouseEvent(type, at.getX(), at.getY(), at.getX(), at.getY(), MouseButton.PRIMARY, 1,
                false, false, false, false, down, false, false, false, false, type == MouseEvent.MOUSE_PRESSED, null);
    }
}
