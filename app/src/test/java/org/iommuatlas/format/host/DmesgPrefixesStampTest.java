package org.iommuatlas.format.host;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The message start of a dmesg line is found without the prefix pattern for a plain timestamp,
 * first at the fixed places of the kernel's own width {@code [%5lu.%06lu]} (issue #4). Whatever
 * the stamp (any width, broken, followed by a caller id or nothing), the answer must be the
 * pattern's, on its own and inside a longer text.
 */
class DmesgPrefixesStampTest {
    private static List<String> stamps() {
        List<String> stamps = new ArrayList<>();
        for (long seconds : new long[] {0, 7, 42, 999, 12345, 99999, 123456}) {
            stamps.add(String.format(Locale.ROOT, "[%5d.%06d]", seconds, 123456));
            stamps.add(String.format(Locale.ROOT, "[%d.%06d]", seconds, 5));
            stamps.add(String.format(Locale.ROOT, "[%12.6f]", seconds + 0.25));
            stamps.add(String.format(Locale.ROOT, "[ %d.%d]", seconds, 3));
        }
        stamps.addAll(List.of("[    .000000]", "[ 1 2.000000]", "[    0.00000a]", "[    0.000000", "[    0,000000]",
                "[    0:000000]", "[a   0.000000]", "[   a0.000000]", "[    0.0000000]", "[     0.000000]", "[   0.000000]",
                "[12345.1234567]", "[1234567.123456]", "[     .123456]", "[    0.]", "[ 0.5x]", "[", "[]", ""));
        return stamps;
    }

    private static final List<String> AFTER = List.of(" DMAR: RMRR base: 0x0 end: 0xfff", "DMAR: x", "   pci x", "",
            " ", " [    T1] DMAR: x", "[C3] y", "  [x", "x");

    @Test
    void everyStampGivesThePatternsMessageStart() {
        for (String stamp : stamps()) {
            for (String after : AFTER) {
                String line = stamp + after;
                assertEquals(DmesgPrefixes.messageStartByPattern(line), DmesgPrefixes.messageStart(line),
                        "'" + line + "'");
            }
        }
    }

    @Test
    void everyStampGivesThePatternsMessageStartInsideALongerText() {
        for (String stamp : stamps()) {
            for (String after : AFTER) {
                String line = stamp + after;
                String text = "[    0.000000] Linux version 6.8.0\n" + line + "\n[    1.000000] next";
                int from = text.indexOf('\n') + 1;
                int end = from + line.length();
                assertEquals(from + DmesgPrefixes.messageStartByPattern(line), DmesgPrefixes.messageStart(text, from, end),
                        "'" + line + "'");
            }
        }
    }
}
