package org.iommuatlas.bench;

/** One benchmark of the suite (issue #4); sizes come from its constructor. */
public interface Benchmark {
    /** Short name for {@code --only}: analysis, drag, frame, startup, load, memory. */
    String name();

    BenchReport run() throws Exception;
}
