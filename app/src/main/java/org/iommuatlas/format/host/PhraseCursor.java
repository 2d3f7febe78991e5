package org.iommuatlas.format.host;

/**
 * Finds the occurrences of one fixed phrase in a whole text, front to back, for a reader that
 * walks the text line by line: "does this line hold the phrase?" becomes a comparison with the
 * next occurrence, and the text is searched once in all rather than once per line (a kernel log
 * runs to 100,000 lines, and all but a few lack the phrase).
 *
 * <p>The search jumps with {@link String#indexOf(int, int)} (a vectorised scan) to each
 * occurrence of one of the phrase's rarer characters, the anchor, and compares the phrase only
 * there.
 */
final class PhraseCursor {
    private final String text;
    private final String phrase;
    private final int anchor;
    private final char anchorChar;
    /**
     * Start of the first occurrence at or after the last {@code from} asked about, or the text's
     * length when there is none. Searched from the start at once and never negative, so that
     * {@link #occursIn} is two comparisons with no first-call or no-more-occurrences case (the
     * JIT log of the dmesg load benchmark showed the compiled walk dropped back to the
     * interpreter when such a case was first met mid-log).
     */
    private int next;

    /** @param anchor a character of {@code phrase} that is rare in the texts searched */
    PhraseCursor(String text, String phrase, char anchor) {
        int at = phrase.indexOf(anchor);
        if (at < 0) {
            throw new IllegalArgumentException("'" + anchor + "' is not in '" + phrase + "'");
        }
        this.text = text;
        this.phrase = phrase;
        this.anchor = at;
        this.anchorChar = anchor;
        this.next = find(0);
    }

    /**
     * True when the phrase starts somewhere in {@code [from, end)}, {@code end} at most the text's
     * length. Calls must come with non-decreasing {@code from}, as a front-to-back reader makes them.
     */
    boolean occursIn(int from, int end) {
        if (next < from) {
            next = find(from);
        }
        return next < end;
    }

    private int find(int from) {
        int at = text.indexOf(anchorChar, from + anchor);
        while (at >= 0) {
            int start = at - anchor;
            // The character after the anchor first: it rules out nearly every other occurrence
            // for one comparison instead of a startsWith call.
            if (nextMatches(at) && text.startsWith(phrase, start)) {
                return start;
            }
            at = text.indexOf(anchorChar, at + 1);
        }
        return text.length();
    }

    private boolean nextMatches(int at) {
        int after = anchor + 1;
        return after == phrase.length() || (at + 1 < text.length() && text.charAt(at + 1) == phrase.charAt(after));
    }
}
