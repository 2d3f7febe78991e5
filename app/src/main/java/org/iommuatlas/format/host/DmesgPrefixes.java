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
        return messageStart(line, 0, line.length());
    }

    /**
     * Index in {@code text} of the first character of the kernel message on the line that spans
     * {@code [from, end)}; the line is not copied out of the text (a log runs to 100,000 lines).
     */
    static int messageStart(String text, int from, int end) {
        int plain = afterPlainTimestamp(text, from, end);
        if (plain >= 0) {
            return plain;
        }
        // Anchoring bounds: the pattern's ^ matches at the line start, its end at the line end.
        Matcher m = PREFIX.matcher(text).region(from, end);
        return m.lookingAt() ? m.end() : from;
    }

    /** {@link #PREFIX}'s answer alone, without the shortcut below; tests hold the shortcut to it. */
    static int messageStartByPattern(String line) {
        Matcher m = PREFIX.matcher(line);
        return m.lookingAt() ? m.end() : 0;
    }

    /**
     * Where {@link #PREFIX} would end on a line that starts with a plain {@code [ 123.456789]}
     * timestamp not followed by a caller id, found without the regular expression (nearly every
     * line of a {@code dmesg} has this form, and logs run to 100,000 lines); -1 for any other line.
     */
    private static int afterPlainTimestamp(String text, int from, int n) {
        if (from >= n || text.charAt(from) != '[') {
            return -1;
        }
        int i = afterKernelWidthStamp(text, from, n);
        if (i < 0) {
            i = afterStampOfAnyWidth(text, from, n);
            if (i < 0) {
                return -1;
            }
        }
        if (i < n && text.charAt(i) == ' ') {
            i++;
        }
        if (i < n && text.charAt(i) == '[') {
            return -1; // perhaps a [T1] caller id: the full pattern decides
        }
        return skip(text, i, n, ' ');
    }

    /**
     * After the {@code ]} of a stamp in the kernel's own width, {@code [%5lu.%06lu]} (seconds
     * right-aligned in five places), checked at fixed places; -1 for any other stamp. Where it
     * answers, {@link #afterStampOfAnyWidth} gives the same: the places between the brackets are
     * spaces then digits, a '.', then digits. Nearly every dmesg line has this width, and the
     * fixed checks cost a fraction of the loops over a stamp of unknown width.
     */
    private static int afterKernelWidthStamp(String text, int from, int n) {
        int dot = from + 6;
        int close = from + 13;
        if (close >= n || text.charAt(dot) != '.' || text.charAt(close) != ']' || !isDigit(text.charAt(dot - 1))) {
            return -1;
        }
        for (int i = dot + 1; i < close; i++) {
            if (!isDigit(text.charAt(i))) {
                return -1;
            }
        }
        int i = from + 1;
        while (text.charAt(i) == ' ') {
            i++; // stops at dot - 1 at the latest, a digit
        }
        for (; i < dot - 1; i++) {
            if (!isDigit(text.charAt(i))) {
                return -1;
            }
        }
        return close + 1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** After the {@code ]} of a {@code [ <digits>.<digits>]} stamp of any width, -1 when there is none. */
    private static int afterStampOfAnyWidth(String text, int from, int n) {
        int i = skip(text, from + 1, n, ' ');
        int digits = i;
        i = skipDigits(text, i, n);
        if (i == digits || i >= n || text.charAt(i) != '.') {
            return -1;
        }
        digits = ++i;
        i = skipDigits(text, i, n);
        if (i == digits || i >= n || text.charAt(i) != ']') {
            return -1;
        }
        return i + 1;
    }

    private static int skip(String text, int i, int n, char c) {
        while (i < n && text.charAt(i) == c) {
            i++;
        }
        return i;
    }

    private static int skipDigits(String text, int i, int n) {
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
