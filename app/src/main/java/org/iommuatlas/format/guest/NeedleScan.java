package org.iommuatlas.format.guest;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Which of a set of {@link Needle}s occur in a text. {@link String#indexOf(int, int)} skips to
 * each occurrence of an anchor character (a vectorised scan) and only there are the needles with
 * that anchor compared; needles share anchors, so a text is scanned once per distinct anchor
 * character, not once per needle. Each jump costs about 20 ns, so anchors are characters that
 * are rare in host logs and dumps (issue #4: on a 100,000-line dmesg, one pass per needle cost
 * more than reading the file).
 */
final class NeedleScan {
    private final List<Needle> needles;
    private final Needle[] needleArray;
    private final char[] anchors;
    /** Bit masks of the needles reached through each of {@link #anchors}. */
    private final long[] masks;
    /**
     * Per anchor, which characters may follow it in one of its needles, indexed by
     * {@link #slot}: at most occurrences of an anchor the next character already rules out every
     * needle, for one comparison instead of one per needle. A needle that ends with its anchor
     * (or has a non-ASCII character there) allows every character.
     */
    private final boolean[][] follows;
    /**
     * Per anchor, likewise the characters that may come just before it. Needles that end with
     * their anchor ({@code _map(}) are filtered only here, and for the rest it halves what
     * passes: on a 100,000-line dmesg, of 300,000 anchors 40,000 passed the next character alone,
     * for a needle comparison each (issue #4).
     */
    private final boolean[][] precedes;
    /** Table slot for "no character" (before the text, after it) and for any non-ASCII one. */
    private static final int NONE = 0;
    private static final int NON_ASCII = 128;

    NeedleScan(List<Needle> needles) {
        if (needles.size() > Long.SIZE) {
            throw new IllegalArgumentException("at most 64 needles, got " + needles.size());
        }
        this.needles = List.copyOf(new LinkedHashSet<>(needles));
        this.needleArray = this.needles.toArray(new Needle[0]);
        Map<Character, Long> byAnchor = new LinkedHashMap<>();
        for (int i = 0; i < this.needles.size(); i++) {
            Needle n = this.needles.get(i);
            byAnchor.merge(n.anchorChar(), 1L << i, (a, b) -> a | b);
            byAnchor.merge(n.otherCaseAnchor(), 1L << i, (a, b) -> a | b);
        }
        anchors = new char[byAnchor.size()];
        masks = new long[byAnchor.size()];
        follows = new boolean[byAnchor.size()][];
        precedes = new boolean[byAnchor.size()][];
        int k = 0;
        for (Map.Entry<Character, Long> e : byAnchor.entrySet()) {
            anchors[k] = e.getKey();
            masks[k] = e.getValue();
            follows[k] = neighbours(e.getValue(), 1);
            precedes[k] = neighbours(e.getValue(), -1);
            k++;
        }
    }

    /**
     * The characters allowed at {@code offset} (1 after, -1 before) from the anchor by the
     * needles of {@code mask}: each needle's ASCII character there, in either case for a
     * case-insensitive needle; every character when some needle has none there or a non-ASCII
     * one. Every table has an entry per slot, so the scan's test has no special case.
     */
    private boolean[] neighbours(long mask, int offset) {
        boolean[] allowed = new boolean[NON_ASCII + 1];
        for (long rest = mask; rest != 0; rest &= rest - 1) {
            Needle n = needleArray[Long.numberOfTrailingZeros(rest)];
            int at = n.anchor() + offset;
            char c = at >= 0 && at < n.literal().length() ? n.literal().charAt(at) : NONE;
            if (c == NONE || c >= NON_ASCII) {
                Arrays.fill(allowed, true);
                return allowed;
            }
            allowed[c] = true;
            if (n.ignoreCase()) {
                allowed[Character.toLowerCase(c)] = true;
                allowed[Character.toUpperCase(c)] = true;
            }
        }
        return allowed;
    }

    /** The table slot of the character at {@code i}: {@link #NONE} outside the text, {@link #NON_ASCII} for any such. */
    private static int slot(String text, int i) {
        return i < 0 || i >= text.length() ? NONE : Math.min(text.charAt(i), NON_ASCII);
    }

    /** The needles that occur in {@code text}. */
    Found find(String text) {
        long found = 0;
        for (int k = 0; k < anchors.length; k++) {
            char c = anchors[k];
            long mask = masks[k];
            boolean[] next = follows[k];
            boolean[] previous = precedes[k];
            int at = text.indexOf(c);
            // Stop early once every needle of this anchor is found.
            while (at >= 0 && (found & mask) != mask) {
                if (!next[slot(text, at + 1)] || !previous[slot(text, at - 1)]) {
                    at = text.indexOf(c, at + 1);
                    continue;
                }
                for (long rest = mask & ~found; rest != 0; rest &= rest - 1) {
                    int i = Long.numberOfTrailingZeros(rest);
                    if (needleArray[i].occursAt(text, at)) {
                        found |= 1L << i;
                    }
                }
                at = text.indexOf(c, at + 1);
            }
        }
        return new Found(found);
    }

    /** The result of one {@link #find}. */
    final class Found {
        private final long bits;

        private Found(long bits) {
            this.bits = bits;
        }

        /** True when one of {@code some} (all of them among the scanned needles) occurs. */
        boolean any(List<Needle> some) {
            for (Needle n : some) {
                int i = needles.indexOf(n);
                if (i < 0) {
                    throw new IllegalArgumentException("not a scanned needle: " + n);
                }
                if ((bits & (1L << i)) != 0) {
                    return true;
                }
            }
            return false;
        }
    }
}
