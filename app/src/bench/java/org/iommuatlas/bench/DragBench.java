package org.iommuatlas.bench;

import org.iommuatlas.analysis.AnalysisOptions;
import org.iommuatlas.analysis.Analyzer;
import org.iommuatlas.analysis.DragProbe;
import org.iommuatlas.analysis.ReservedIndex;
import org.iommuatlas.guest.GuestPresets;
import org.iommuatlas.guest.MachineSpec;
import org.iommuatlas.model.Address;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.ReservedRegion;

import java.util.ArrayList;
import java.util.List;

/**
 * Issue #4 item 2: what one mouse event costs while a bank is dragged: {@link DragProbe#probe}
 * for the bank at its new place, against a host of 100,000 regions, with the probe and the index
 * built once per drag as the window does. Each probe is timed on its own; the bank walks through
 * [4 GiB, 1 TiB) in 1 MiB steps (so some places meet regions and some do not). The reference,
 * timed alternately, is what a probe without the index would do: one pass over all regions
 * testing overlap with the bank.
 */
public final class DragBench implements Benchmark {
    public static final double TARGET_MEDIAN_MICROS = 50;
    public static final double TARGET_P99_MICROS = 200;
    private static final String DRAGGED = "ram-above-4g";

    private final int regions;
    private final int warmups;
    private final int probes;

    public DragBench(int regions, int warmups, int probes) {
        this.regions = regions;
        this.warmups = warmups;
        this.probes = probes;
    }

    public static DragBench full() {
        return new DragBench(100_000, 20_000, 20_000);
    }

    @Override
    public String name() {
        return "drag";
    }

    @Override
    public BenchReport run() throws Exception {
        HostModel host = SyntheticHost.host(regions, Math.max(1, regions / AnalysisBench.REGIONS_PER_GROUP), 2);
        GuestLayout guest = GuestPresets.layout(MachineSpec.parse("q35:ram=16G")).layout();
        RamBank dragged = guest.bank(DRAGGED).orElseThrow();
        List<RamBank> others = new ArrayList<>(guest.banks());
        others.remove(dragged);
        AnalysisOptions options = AnalysisOptions.DEFAULT;
        ReservedIndex index = Analyzer.containerIndex(host, options);
        DragProbe probe = new DragProbe(host, guest.withBanks(others), options, index);
        ReservedRegion[] all = host.regions().toArray(new ReservedRegion[0]);

        long step = 1L << 20;
        long span = (1L << 40) - (1L << 32) - dragged.size();
        long[] probeNanos = new long[probes];
        long[] scanNanos = new long[probes];
        int hits = 0;
        for (int i = -warmups; i < probes; i++) {
            long start = (1L << 32) + Long.remainderUnsigned((i + warmups) * step * 7919, span) / step * step;
            RamBank candidate = dragged.movedTo(start);
            long t0 = System.nanoTime();
            int found = probe.probe(candidate).size();
            long t1 = System.nanoTime();
            int scanned = scan(all, candidate.start(), candidate.last());
            long t2 = System.nanoTime();
            Sink.consume(found + scanned);
            if (i >= 0) {
                probeNanos[i] = t1 - t0;
                scanNanos[i] = t2 - t1;
                hits += found > 0 ? 1 : 0;
            }
        }
        long median = Stats.median(probeNanos);
        long p99 = Stats.percentile(probeNanos, 99);
        long scanMedian = Stats.median(scanNanos);
        long scanP99 = Stats.percentile(scanNanos, 99);
        BenchReport report = new BenchReport(name());
        String what = "re-check the dragged bank against " + Format.count(regions) + " regions ("
                + Format.count(probes) + " moves, " + Format.count(hits) + " with conflicts)";
        report.row(new ResultRow("dragMedian", what + ": median", Format.nanos(median),
                "linear scan " + Format.nanos(scanMedian), (double) median / scanMedian,
                "<= " + Format.num(TARGET_MEDIAN_MICROS, 0) + " us", median / 1e3 <= TARGET_MEDIAN_MICROS));
        report.row(new ResultRow("dragP99", what + ": p99", Format.nanos(p99),
                "linear scan " + Format.nanos(scanP99), (double) p99 / scanP99,
                "<= " + Format.num(TARGET_P99_MICROS, 0) + " us", p99 / 1e3 <= TARGET_P99_MICROS));
        report.figure("dragUpdateMedianMicros", Format.round(median / 1e3, 2));
        report.figure("dragUpdateP99Micros", Format.round(p99 / 1e3, 2));
        report.figure("dragScanMedianMicros", Format.round(scanMedian / 1e3, 2));
        return report;
    }

    /** Regions overlapping {@code [start, last]}, counted by one pass: the no-index reference. */
    static int scan(ReservedRegion[] regions, long start, long last) {
        int n = 0;
        for (ReservedRegion r : regions) {
            if (Address.lessOrEqual(r.start(), last) && Address.lessOrEqual(start, r.last())) {
                n++;
            }
        }
        return n;
    }
}
