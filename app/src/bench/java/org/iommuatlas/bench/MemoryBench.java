package org.iommuatlas.bench;

import org.iommuatlas.format.host.SysfsReservedRegionsParser;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.ReservedRegion;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue #4 item 6: heap retained by a host model of n regions loaded the way the app loads them
 * (parsed from reserved_regions text; the text itself is dropped). Used heap after full
 * collections, with the model held, minus used heap without it; the median of several rounds.
 */
public final class MemoryBench implements Benchmark {
    public static final double TARGET_BYTES_PER_REGION = 120;

    private final int regions;
    private final int rounds;

    public MemoryBench(int regions, int rounds) {
        this.regions = regions;
        this.rounds = rounds;
    }

    public static MemoryBench full() {
        return new MemoryBench(1_000_000, 5);
    }

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public BenchReport run() throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        String text = SyntheticHost.sysfsText(SyntheticHost.regions(regions, Math.max(1, regions / 20), 6));
        List<Long> deltas = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            deltas.add(retainedOnce(memory, text));
        }
        long[] d = deltas.stream().mapToLong(Long::longValue).toArray();
        long median = Stats.median(d);
        double perRegion = (double) median / regions;
        BenchReport report = new BenchReport(name());
        report.row(new ResultRow("heap", "retained heap of " + Format.count(regions) + " loaded regions",
                Format.num(perRegion, 1) + " B/region", Format.num(median / 1e6, 1) + " MB in all",
                Double.NaN, "<= " + Format.num(TARGET_BYTES_PER_REGION, 0) + " B/region",
                perRegion <= TARGET_BYTES_PER_REGION));
        report.figure("heapBytesPerRegion", Format.round(perRegion, 1));
        report.figure("heapRetainedBytes", median);
        return report;
    }

    /** In its own frame so that no model of an earlier round is still reachable from a local slot. */
    private static long retainedOnce(MemoryMXBean memory, String text) throws Exception {
        long before = usedAfterGc(memory);
        HostModel held = SysfsReservedRegionsParser.parse("reserved_regions", text, ReservedRegion.NO_GROUP).host();
        long after = usedAfterGc(memory);
        Sink.consume(held.regions().size());
        return after - before;
    }

    /** Used heap after full collections, once it stops shrinking. */
    static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(20);
            long now = memory.getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return now;
            }
            used = now;
        }
        return used;
    }
}
