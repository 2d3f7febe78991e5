package org.iommuatlas.bench;

/** Keeps the JIT from discarding work whose result nobody reads. */
public final class Sink {
    private static volatile int sink;

    private Sink() {
    }

    public static void consume(Object o) {
        sink += System.identityHashCode(o);
    }

    public static void consume(long v) {
        sink += (int) (v ^ (v >>> 32));
    }
}
