package org.iommuatlas.model;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.iommuatlas.model.RandomAddresses.big;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sizes printing and parsing against BigInteger on seeded random values (issue #5). */
class SizesPropertiesTest {
    private static final long SEED = 0x512e5L;
    private static final int CASES = 20_000;
    private static final String[] UNITS = {"EiB", "PiB", "TiB", "GiB", "MiB", "KiB"};
    private static final BigInteger TWO_63 = BigInteger.ONE.shiftLeft(63);

    @Test
    void exactPrintsTheLargestUnitThatDividesTheValue() {
        RandomAddresses r = new RandomAddresses(SEED);
        for (int i = 0; i < CASES; i++) {
            long bytes = r.next();
            String text = Sizes.exact(bytes);
            String[] parts = text.split(" ");
            assertEquals(2, parts.length, text);
            BigInteger count = new BigInteger(parts[0]);
            int unitIndex = java.util.Arrays.asList(UNITS).indexOf(parts[1]);
            BigInteger unit = unitIndex < 0 ? BigInteger.ONE : BigInteger.ONE.shiftLeft(60 - 10 * unitIndex);
            assertEquals(big(bytes), count.multiply(unit), text);
            if (unitIndex != 0 && bytes != 0) {
                BigInteger nextUnit = unit.shiftLeft(10);
                assertTrue(big(bytes).mod(nextUnit).signum() != 0, text + " could use a larger unit");
            }
        }
    }

    @Test
    void parseReadsBackWhatExactPrintsBelowTwoToTheSixtyThree() {
        RandomAddresses r = new RandomAddresses(SEED + 1);
        for (int i = 0; i < CASES; i++) {
            long bytes = r.next();
            String text = Sizes.exact(bytes);
            if (big(bytes).compareTo(TWO_63) < 0) {
                assertEquals(bytes, Sizes.parse(text), text);
            } else {
                assertThrows(NumberFormatException.class, () -> Sizes.parse(text), text);
            }
        }
    }

    @Test
    void parseMultipliesExactlyOrRefusesOverflow() {
        RandomAddresses r = new RandomAddresses(SEED + 2);
        String[] units = {"", "K", "M", "G", "T", "P", "E", "KB", "MB", "GB", "TB", "KiB", "GiB"};
        long[] factors = {1, 1L << 10, 1L << 20, 1L << 30, 1L << 40, 1L << 50, 1L << 60, 1000L, 1000_000L,
            1000_000_000L, 1000_000_000_000L, 1L << 10, 1L << 30};
        for (int i = 0; i < CASES; i++) {
            long number = r.next() >>> r.nextInt(64);
            int u = r.nextInt(units.length);
            String text = Long.toUnsignedString(number) + units[u];
            BigInteger product = big(number).multiply(BigInteger.valueOf(factors[u]));
            if (product.compareTo(TWO_63) < 0) {
                assertEquals(product.longValueExact(), Sizes.parse(text), text);
            } else {
                assertThrows(NumberFormatException.class, () -> Sizes.parse(text), text);
            }
        }
    }

    @Test
    void aBareNumberUsesTheDefaultUnitAsQemuMinusMDoes() {
        RandomAddresses r = new RandomAddresses(SEED + 3);
        for (int i = 0; i < 2_000; i++) {
            long mib = r.nextInt(1 << 20);
            assertEquals(mib * Sizes.MIB, Sizes.parse(Long.toString(mib), Sizes.MIB), mib + " with -m");
        }
    }

    @Test
    void hexSizesCoverAllSixtyFourBits() {
        RandomAddresses r = new RandomAddresses(SEED + 4);
        for (int i = 0; i < CASES; i++) {
            long bytes = r.next();
            assertEquals(bytes, Sizes.parse(Address.hex(bytes)), Address.hex(bytes));
        }
    }
}
