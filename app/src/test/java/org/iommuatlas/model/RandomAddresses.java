package org.iommuatlas.model;

import java.math.BigInteger;
import java.util.Random;

/**
 * Seeded random unsigned 64-bit values for property tests, biased to the places where unsigned
 * arithmetic goes wrong: 0, 2^63 and 2^64 - 1, powers of two and their neighbours. A failing
 * case prints its seed and value, so it can be replayed exactly.
 */
final class RandomAddresses {
    static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private static final long[] EDGES = {
        0L, 1L, 2L, 0xfffL, 0x1000L, 0xfee00000L, 0xfeefffffL, 0xffffffffL, 0x100000000L,
        0x7ffffffffffffffeL, Long.MAX_VALUE, Long.MIN_VALUE, 0x8000000000000001L,
        -0x1000L, -0x1001L, -2L, Address.MAX,
    };

    private final Random random;

    RandomAddresses(long seed) {
        this.random = new Random(seed);
    }

    long next() {
        switch (random.nextInt(6)) {
            case 0:
                return EDGES[random.nextInt(EDGES.length)];
            case 1: {
                long p = 1L << random.nextInt(64);
                return p + (random.nextInt(3) - 1);
            }
            case 2:
                return random.nextInt(0x10000);
            case 3:
                return Address.MAX - random.nextInt(0x10000);
            default:
                return random.nextLong();
        }
    }

    /** A power of two from 1 to 2^63. */
    long nextAlignment() {
        return 1L << random.nextInt(64);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    static BigInteger big(long unsigned) {
        return new BigInteger(Long.toUnsignedString(unsigned));
    }
}
