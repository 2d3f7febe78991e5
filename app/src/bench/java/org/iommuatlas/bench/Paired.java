package org.iommuatlas.bench;

/**
 * Times a subject and its reference in the same run, alternately (subject first in even rounds,
 * reference first in odd ones), so that a slow phase of a shared, noisy machine hits both. The
 * ratio is the median of the per-round ratios: each pair ran within moments of each other.
 */
public final class Paired {
    /** Work to time; returns something for {@link Sink} so that it is not optimised away. */
    @FunctionalInterface
    public interface Work {
        Object run() throws Exception;
    }

    /** Nanoseconds per round of each side. */
    public record Samples(long[] subject, long[] reference) {
        public double ratio() {
            double[] r = new double[subject.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = (double) subject[i] / Math.max(1, reference[i]);
            }
            return Stats.median(r);
        }

        public long subjectMedian() {
            return Stats.median(subject);
        }

        public long referenceMedian() {
            return Stats.median(reference);
        }
    }

    private Paired() {
    }

    /**
     * @param collectBetween run a full GC before every timed call, so that one call does not pay
     *                       for the garbage of the call before (used for the big, allocating runs)
     */
    public static Samples run(int warmups, int rounds, boolean collectBetween, Work subject, Work reference)
            throws Exception {
        for (int i = 0; i < warmups; i++) {
            Sink.consume(subject.run());
            Sink.consume(reference.run());
        }
        long[] s = new long[rounds];
        long[] r = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            if (i % 2 == 0) {
                s[i] = time(subject, collectBetween);
                r[i] = time(reference, collectBetween);
            } else {
                r[i] = time(reference, collectBetween);
                s[i] = time(subject, collectBetween);
            }
        }
        return new Samples(s, r);
    }

    static long time(Work work, boolean collectFirst) throws Exception {
        if (collectFirst) {
            System.gc();
        }
        long t0 = System.nanoTime();
        Object result = work.run();
        long t = System.nanoTime() - t0;
        Sink.consume(result);
        return t;
    }
}
