package org.iommuatlas.bench;

import org.iommuatlas.scenario.InputLoader;
import org.iommuatlas.scenario.LoadedInput;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Issue #4 item 5: loading a reserved_regions-style file and a dmesg from disk exactly as the app
 * opens them ({@link InputLoader#load}, which File > Open and the command line's --host use: read
 * the bytes with the size and binary checks, decode, detect the format from the content, parse,
 * infer the platform), against reading the same bytes into memory ({@code Files.readAllBytes})
 * in the same run. The file is in the page cache after the warm-up, so the reference is a memory
 * copy and the ratio is the loader's own cost.
 */
public final class LoadBench implements Benchmark {
    public static final double TARGET_RATIO = 5.0;

    private final int sysfsLines;
    private final int dmesgLines;
    private final int warmups;
    private final int rounds;
    private final Path workDir;

    public LoadBench(int sysfsLines, int dmesgLines, int warmups, int rounds, Path workDir) {
        this.sysfsLines = sysfsLines;
        this.dmesgLines = dmesgLines;
        this.warmups = warmups;
        this.rounds = rounds;
        this.workDir = workDir;
    }

    public static LoadBench full(Path workDir) {
        // Warm-ups until the parsers are compiled: after 5 the loads still ran partly interpreted (a
        // dmesg load fell from about 4.5x to 3.5x the read between 5 and 40 warm-ups, helper-measured).
        return new LoadBench(1_000_000, 100_000, 30, 15, workDir);
    }

    @Override
    public String name() {
        return "load";
    }

    @Override
    public BenchReport run() throws Exception {
        BenchReport report = new BenchReport(name());
        Files.createDirectories(workDir);
        Path sysfs = workDir.resolve("reserved_regions-" + sysfsLines + ".txt");
        Files.writeString(sysfs, SyntheticHost.sysfsText(
                SyntheticHost.regions(sysfsLines, Math.max(1, sysfsLines / 20), 4)));
        Path dmesg = workDir.resolve("dmesg-" + dmesgLines + ".txt");
        Files.writeString(dmesg, SyntheticDmesg.text(dmesgLines, 5));
        // Built once, as the app builds it once (it holds the scenario codec).
        InputLoader loader = new InputLoader();
        try {
            measure(report, "loadSysfs", "loadRatioSysfs",
                    "load " + Format.count(sysfsLines) + "-line reserved_regions", sysfs, () -> loader.load(sysfs));
            measure(report, "loadDmesg", "loadRatioDmesg", "load " + Format.count(dmesgLines) + "-line dmesg",
                    dmesg, () -> loader.load(dmesg));
        } finally {
            Files.deleteIfExists(sysfs);
            Files.deleteIfExists(dmesg);
        }
        return report;
    }

    private void measure(BenchReport report, String id, String ratioKey, String what, Path file,
                         Paired.Work load) throws Exception {
        long bytes = Files.size(file);
        // The first load in this JVM, before its code is compiled: what a user's first File > Open costs.
        long cold = Paired.time(load, true);
        Paired.Samples s = Paired.run(warmups, rounds, true, () -> {
            LoadedInput loaded = (LoadedInput) load.run();
            return loaded.host().regions().size();
        }, () -> Files.readAllBytes(file));
        double mbPerSecond = bytes / 1e6 / (s.subjectMedian() / 1e9);
        double readMbPerSecond = bytes / 1e6 / (s.referenceMedian() / 1e9);
        double ratio = s.ratio();
        report.row(new ResultRow(id, what + " (" + Format.num(bytes / 1e6, 1) + " MB)",
                Format.nanos(s.subjectMedian()) + ", " + Format.num(mbPerSecond, 0) + " MB/s",
                "readAllBytes " + Format.nanos(s.referenceMedian()) + ", " + Format.num(readMbPerSecond, 0) + " MB/s",
                ratio, "<= " + Format.num(TARGET_RATIO, 0) + "x read", ratio <= TARGET_RATIO));
        report.figure(ratioKey, Format.round(ratio, 2));
        report.row(ResultRow.info(id + "First", what + ": the first load in this JVM (its code not yet compiled)",
                Format.nanos(cold), "readAllBytes " + Format.nanos(s.referenceMedian()),
                (double) cold / Math.max(1, s.referenceMedian())));
        report.figure(id + "FirstMillis", Format.round(cold / 1e6, 1));
        report.figure(id + "MBps", Format.round(mbPerSecond, 1));
        report.figure(id + "ReadMBps", Format.round(readMbPerSecond, 1));
        report.figure(id + "Bytes", bytes);
    }
}
