package org.iommuatlas.scenario;

import org.iommuatlas.model.ParseException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The host parse offered to a pool thread runs exactly once, on whichever thread claims it first,
 * and its answer or ParseException reaches the caller unchanged.
 */
class SharedParseTest {
    /** A pool that holds the tasks it is given until the test runs them. */
    private static final class HeldPool implements java.util.concurrent.Executor {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public void execute(Runnable task) {
            held.add(task);
        }

        void runAll() {
            held.forEach(Runnable::run);
        }
    }

    @Test
    void whenNoPoolThreadHasStartedTheCallerParsesAndThePoolThreadThenSkipsIt() throws Exception {
        HeldPool pool = new HeldPool();
        AtomicInteger runs = new AtomicInteger();
        SharedParse<String> parse = SharedParse.offer(() -> "parsed on " + runs.incrementAndGet(), pool);
        assertEquals("parsed on 1", parse.join());
        pool.runAll();
        assertEquals(1, runs.get());
    }

    @Test
    void whenThePoolThreadHasParsedTheCallerGetsItsResult() throws Exception {
        HeldPool pool = new HeldPool();
        AtomicInteger runs = new AtomicInteger();
        SharedParse<String> parse = SharedParse.offer(() -> "parsed on " + runs.incrementAndGet(), pool);
        pool.runAll();
        assertEquals("parsed on 1", parse.join());
        assertEquals(1, runs.get());
    }

    @Test
    void aParseExceptionReachesTheCallerWhicheverThreadParsed() {
        ParseException bad = new ParseException("dmesg.txt", 7, 3, "expected a decimal IOMMU group number, found 'five'");
        HeldPool pool = new HeldPool();
        SharedParse<String> onPool = SharedParse.offer(() -> {
            throw bad;
        }, pool);
        pool.runAll();
        assertSame(bad, assertThrows(ParseException.class, onPool::join));
        SharedParse<String> inCaller = SharedParse.offer(() -> {
            throw bad;
        }, new HeldPool());
        assertSame(bad, assertThrows(ParseException.class, inCaller::join));
    }

    @Test
    void aDroppedParseIsNotRunByThePool() {
        HeldPool pool = new HeldPool();
        AtomicInteger runs = new AtomicInteger();
        SharedParse<Integer> parse = SharedParse.offer(runs::incrementAndGet, pool);
        parse.drop();
        pool.runAll();
        assertEquals(0, runs.get());
    }
}
