package org.iommuatlas.format.host;

import org.iommuatlas.model.HostDevice;

/**
 * Reads the usual kernel group line, {@code [<bus> ]<device>: Adding to iommu group <N>}, without
 * the regular expression that {@link DmesgParser} uses for it: a log has one such line per device
 * and the expression cost more than the rest of the line's handling (issue #4). The result is the
 * one the expression gives; any line that is not plainly in this shape gets null, and the caller
 * runs the expression, which also reports what is wrong with the line.
 */
final class GroupLineShape {
    private static final String PHRASE = ": Adding to iommu group ";
    /** At most 9 digits, as the parser's group-number pattern allows. */
    private static final int MAX_DIGITS = 9;

    private GroupLineShape() {
    }

    /** The device and its group, or null when the message is not plainly in the usual shape. */
    static HostDevice read(String message) {
        int phrase = message.indexOf(PHRASE);
        if (phrase <= 0) {
            return null;
        }
        // Before the phrase: one token, or two separated by one space (the regex's "(?:\S+ )?(\S+)").
        int space = -1;
        for (int i = 0; i < phrase; i++) {
            char c = message.charAt(i);
            if (isSpace(c)) {
                if (c != ' ' || space >= 0) {
                    return null;
                }
                space = i;
            }
        }
        if (space == 0 || space == phrase - 1) {
            return null;
        }
        int from = phrase + PHRASE.length();
        int end = from;
        while (end < message.length() && !isSpace(message.charAt(end))) {
            end++;
        }
        if (end == from || end - from > MAX_DIGITS) {
            return null;
        }
        for (int i = from; i < end; i++) {
            char c = message.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        for (int i = end; i < message.length(); i++) {
            if (!isSpace(message.charAt(i))) {
                return null;
            }
        }
        String device = message.substring(space + 1, phrase);
        return HostDevice.of(device, Integer.parseInt(message, from, end, 10));
    }

    /** What {@code \s} matches in a Java regular expression without UNICODE_CHARACTER_CLASS. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
