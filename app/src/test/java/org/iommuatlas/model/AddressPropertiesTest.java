package org.iommuatlas.model;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.iommuatlas.model.RandomAddresses.TWO_64;
import static org.iommuatlas.model.RandomAddresses.big;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Address arithmetic against BigInteger on many seeded random values (issue #5). */
class AddressPropertiesTest {
    private static final long SEED = 0x5eed_a77a5L;
    private static final int CASES = 20_000;

    @Test
    void compareMinMaxAgreeWithUnsignedBigIntegerOrder() {
        RandomAddresses r = new RandomAddresses(SEED);
        for (int i = 0; i < CASES; i++) {
            long a = r.next();
            long b = r.next();
            int expected = big(a).compareTo(big(b));
            String what = Address.hex(a) + " vs " + Address.hex(b);
            assertEquals(Integer.signum(expected), Integer.signum(Address.compare(a, b)), what);
            assertEquals(expected < 0, Address.lessThan(a, b), what);
            assertEquals(expected <= 0, Address.lessOrEqual(a, b), what);
            assertEquals(big(a).min(big(b)), big(Address.min(a, b)), what);
            assertEquals(big(a).max(big(b)), big(Address.max(a, b)), what);
        }
    }

    @Test
    void hexAndHex16ParseBackToTheSameValue() {
        RandomAddresses r = new RandomAddresses(SEED + 1);
        for (int i = 0; i < CASES; i++) {
            long a = r.next();
            assertEquals(a, Address.parseHex(Address.hex(a)));
            assertEquals(a, Address.parseHex(Address.hex16(a)));
            assertEquals(18, Address.hex16(a).length(), Address.hex16(a));
            assertEquals("0x" + big(a).toString(16), Address.hex(a));
        }
    }

    @Test
    void parseHexRefusesEveryValueOfSixtyFiveBitsOrMore() {
        RandomAddresses r = new RandomAddresses(SEED + 2);
        for (int i = 0; i < 2_000; i++) {
            BigInteger tooBig = big(r.next()).add(TWO_64.shiftLeft(r.nextInt(8)));
            String text = "0x" + tooBig.toString(16);
            assertThrows(NumberFormatException.class, () -> Address.parseHex(text), text);
        }
    }

    @Test
    void alignDownAndUpAgreeWithBigIntegerDivision() {
        RandomAddresses r = new RandomAddresses(SEED + 3);
        for (int i = 0; i < CASES; i++) {
            long a = r.next();
            long alignment = r.nextAlignment();
            BigInteger al = big(alignment);
            BigInteger down = big(a).divide(al).multiply(al);
            BigInteger up = big(a).add(al).subtract(BigInteger.ONE).divide(al).multiply(al);
            String what = Address.hex(a) + " to " + Address.hex(alignment);
            assertEquals(down, big(Address.alignDown(a, alignment)), what);
            assertEquals(big(a).mod(al).signum() == 0, Address.isAligned(a, alignment), what);
            if (up.compareTo(TWO_64) < 0) {
                assertEquals(up, big(Address.alignUp(a, alignment)), what);
            } else {
                assertThrows(ArithmeticException.class, () -> Address.alignUp(a, alignment), what);
            }
        }
    }

    @Test
    void alignmentsThatAreNotPowersOfTwoAreRefused() {
        RandomAddresses r = new RandomAddresses(SEED + 4);
        for (int i = 0; i < 2_000; i++) {
            long alignment = r.next();
            if (alignment != 0 && Long.bitCount(alignment) == 1) {
                continue;
            }
            assertThrows(IllegalArgumentException.class, () -> Address.alignDown(0x1000, alignment),
                    Address.hex(alignment));
        }
    }

    @Test
    void unsignedToDoubleIsTheNearestDoubleOfTheUnsignedValue() {
        RandomAddresses r = new RandomAddresses(SEED + 5);
        for (int i = 0; i < CASES; i++) {
            long a = r.next();
            double expected = big(a).doubleValue();
            double got = Address.unsignedToDouble(a);
            // Exact where the value fits in 53 bits; otherwise within one unit in the last place.
            assertEquals(expected, got, Math.ulp(expected), Address.hex(a));
        }
    }
}
