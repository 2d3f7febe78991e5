package org.iommuatlas.bench;

import org.iommuatlas.analysis.AnalysisOptions;
import org.iommuatlas.analysis.AnalysisResult;
import org.iommuatlas.analysis.Analyzer;
import org.iommuatlas.guest.DmaMapPlanner;
import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.ReservedRegion;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Issue #4 item 1: the full analysis of a synthetic host ({@link SyntheticHost}, 20 regions per
 * group) against a guest of 10,000 RAM sections, against a plain sort of the same n + 10,000
 * ranges in shuffled order (copy the array, sort by unsigned start then end): the lower bound of
 * any sweep. Run at
 * several sizes; a ratio that stays flat as n grows means the analysis grows as n log n.
 */
public final class AnalysisBench implements Benchmark {
    public static final double TARGET_RATIO = 3.0;
    public static final int REGIONS_PER_GROUP = 20;

    /** One size and how often to time it. */
    public record Size(int regions, int warmups, int rounds) {
    }

    private final List<Size> sizes;
    private final int sections;

    public AnalysisBench(List<Size> sizes, int sections) {
        this.sizes = List.copyOf(sizes);
        this.sections = sections;
    }

    public static AnalysisBench full() {
        return new AnalysisBench(List.of(new Size(1_000, 30, 40), new Size(100_000, 5, 15),
                new Size(1_000_000, 2, 7)), 10_000);
    }

    @Override
    public String name() {
        return "analysis";
    }

    @Override
    public BenchReport run() throws Exception {
        BenchReport report = new BenchReport(name());
        GuestLayout guest = SyntheticGuest.layout(sections);
        List<DmaMap> maps = DmaMapPlanner.plan(guest);
        Size largest = sizes.get(sizes.size() - 1);
        double firstPerNlogN = Double.NaN;
        for (Size size : sizes) {
            HostModel host = SyntheticHost.host(size.regions(), Math.max(1, size.regions() / REGIONS_PER_GROUP),
                    1);
            AddressRange[] ranges = shuffled(ranges(host.regions(), maps), size.regions());
            AnalysisOptions options = AnalysisOptions.DEFAULT;
            int[] conflicts = new int[1];
            Paired.Samples s = Paired.run(size.warmups(), size.rounds(), size.regions() >= 100_000, () -> {
                AnalysisResult r = Analyzer.analyze(host, guest, maps, options);
                conflicts[0] = r.conflicts().size();
                return r;
            }, () -> {
                AddressRange[] copy = ranges.clone();
                Arrays.sort(copy);
                return copy;
            });
            double ratio = s.ratio();
            long n = ranges.length;
            double perNlogN = s.subjectMedian() / (n * (Math.log(n) / Math.log(2)));
            if (Double.isNaN(firstPerNlogN)) {
                firstPerNlogN = perNlogN;
            }
            boolean headline = size == largest;
            String what = "analyze " + Format.count(size.regions()) + " regions in "
                    + Format.count(host.groups().size()) + " groups x " + Format.count(maps.size()) + " maps ("
                    + Format.count(conflicts[0]) + " conflicts; " + Format.num(perNlogN, 2) + " ns per n log2 n)";
            report.row(new ResultRow("analysis" + size.regions(), what, Format.nanos(s.subjectMedian()),
                    "sort of " + Format.count(n) + " ranges " + Format.nanos(s.referenceMedian()), ratio,
                    headline ? "<= " + Format.num(TARGET_RATIO, 0) + "x sort" : "",
                    headline ? ratio <= TARGET_RATIO : null));
            report.figure("analysisRatioToSort" + size.regions(), Format.round(ratio, 2));
            report.figure("analysisMillis" + size.regions(), Format.round(s.subjectMedian() / 1e6, 2));
            report.figure("analysisSortMillis" + size.regions(), Format.round(s.referenceMedian() / 1e6, 2));
            if (headline) {
                report.figure("analysisRatioToSort", Format.round(ratio, 2));
                report.finding("time per n log2 n (n = regions + maps) went from " + Format.num(firstPerNlogN, 2)
                        + " ns at the smallest size to " + Format.num(perNlogN, 2) + " ns at "
                        + Format.count(size.regions()) + " regions; the ratio to the sort at each size is in the table.");
            }
        }
        return report;
    }

    /**
     * Seeded Fisher-Yates shuffle: the reference sort must pay its n log n comparisons, not merge
     * the runs that per-group input is already sorted in (TimSort would do that in linear time).
     */
    static AddressRange[] shuffled(AddressRange[] ranges, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = ranges.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            AddressRange t = ranges[i];
            ranges[i] = ranges[j];
            ranges[j] = t;
        }
        return ranges;
    }

    /** The host regions and the maps as plain ranges, in input order. */
    static AddressRange[] ranges(List<ReservedRegion> regions, List<DmaMap> maps) {
        AddressRange[] out = new AddressRange[regions.size() + maps.size()];
        int i = 0;
        for (ReservedRegion r : regions) {
            out[i++] = r.range();
        }
        for (DmaMap m : maps) {
            out[i++] = m.range();
        }
        return out;
    }
}
