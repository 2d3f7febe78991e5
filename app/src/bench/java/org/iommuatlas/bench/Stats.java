package org.iommuatlas.bench;

import java.util.Arrays;

/** Order statistics of timing samples; nearest-rank percentiles, no interpolation. */
public final class Stats {
    private Stats() {
    }

    public static long median(long[] samples) {
        return percentile(samples, 50);
    }

    /** The nearest-rank {@code p}-th percentile (0 < p <= 100) of the samples. */
    public static long percentile(long[] samples, double p) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    public static double median(double[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
