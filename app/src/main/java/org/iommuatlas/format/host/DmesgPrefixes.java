package org.iommuatlas.format.host;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where the kernel's own message starts in a log line, past whatever the log collector put
 * in front: syslog ({@code Mar 25 13:43:39 host kernel: }), journalctl short-iso, a {@code <6>}
 * priority, {@code dmesg -x} facility/level, the {@code [    0.000000]} or {@code dmesg -T}
 * timestamp, a {@code [    T1]} caller id, and the leading space very old kernels printed.
 */
final class DmesgPrefixes {
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:(?:[A-Z][a-z]{2} +\\d{1,2} \\d\\d:\\d\\d:\\d\\d|\\d{4}-\\d\\d-\\d\\d[T ][0-9:.,+\\-]+Z?)"
                    + " \\S+ kernel: ?)?"
                    + "(?:<\\d{1,3}>)?"
                    + "(?:kern *:[a-z]+ *: )?"
                    + "(?:\\[ *\\d+\\.\\d+\\] ?"
                    + "|\\[[A-Z][a-z]{2} [A-Z][a-z]{2} +\\d{1,2} \\d\\d:\\d\\d:\\d\\d \\d{4}\\] ?)?"
                    + "(?:\\[ *[TC]\\d+\\] ?)?"
                    + " *");

    private DmesgPrefixes() {
    }

    /** Index of the first character of the kernel message in {@code line}. */
    static int messageStart(String line) {
        Matcher m = PREFIX.matcher(line);
        return m.lookingAt() ? m.end() : 0;
    }
}
