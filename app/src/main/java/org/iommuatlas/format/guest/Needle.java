package org.iommuatlas.format.guest;

/**
 * A piece of fixed text that every match of some pattern contains, so that sniffing can rule the
 * pattern out before running it. Regular expressions that start with {@code \b}, {@code (?m)^} or
 * {@code (?i)} are tried at every position of the text; on a 47 MB host dump one such search
 * costs a third of a second, and sniffing ran a dozen (issue #4: opening a million-line
 * reserved_regions file took 6.7 s, nearly all of it here).
 *
 * <p>The literal is found through one of its rarer characters ({@code anchor}, an index into
 * the literal) by {@link NeedleScan}. Whether it is found decides nothing by itself: the caller
 * still runs the pattern, so results are exactly the pattern's.
 */
record Needle(String literal, int anchor, boolean ignoreCase) {
    Needle {
        if (anchor < 0 || anchor >= literal.length()) {
            throw new IllegalArgumentException("anchor " + anchor + " outside '" + literal + "'");
        }
    }

    static Needle of(String literal, char anchor) {
        return new Needle(literal, literal.indexOf(anchor), false);
    }

    /** Matched as {@code (?i)} matches without UNICODE_CASE: ASCII letters in either case. */
    static Needle ignoringCase(String literal, char anchor) {
        return new Needle(literal, literal.indexOf(anchor), true);
    }

    /** The anchor character, and its other case for a case-insensitive needle (else the same). */
    char anchorChar() {
        return literal.charAt(anchor);
    }

    char otherCaseAnchor() {
        char c = anchorChar();
        if (!ignoreCase) {
            return c;
        }
        return Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
    }

    /** True when the literal occurs in {@code text} with its anchor at index {@code at}. */
    boolean occursAt(String text, int at) {
        int start = at - anchor;
        int length = literal.length();
        if (start < 0 || start + length > text.length()) {
            return false;
        }
        // From the character after the anchor on: nearly every occurrence of an anchor that is
        // not the needle differs right there, so this costs a comparison or two (a
        // String.regionMatches call per occurrence cost several times that).
        for (int i = anchor + 1; i < length; i++) {
            if (!same(text.charAt(start + i), literal.charAt(i))) {
                return false;
            }
        }
        for (int i = 0; i < anchor; i++) {
            if (!same(text.charAt(start + i), literal.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Equal, or for a case-insensitive needle equal but for the case of an ASCII letter, as (?i) compares. */
    private boolean same(char inText, char inLiteral) {
        if (inText == inLiteral) {
            return true;
        }
        return ignoreCase && inText < 128 && inLiteral < 128 && asciiLower(inText) == asciiLower(inLiteral);
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
