package org.iommuatlas.format.host;

import org.iommuatlas.model.ReservedType;

/**
 * Reads a reserved_regions line in exactly the kernel's form ({@code 0x} + 16 lowercase hex
 * digits, a space, the same again, a space, one of the four words, the line end) straight out of
 * the whole text, without a regular expression or a substring. A host dump is almost always all
 * such lines, so this keeps a million-line input near the cost of reading it (issue #4); any
 * other line is left to the lenient reader, which also reports errors.
 */
final class KernelRegionLine {
    /** Length of {@code 0x<16> 0x<16> } before the word. */
    private static final int WORD_OFFSET = 38;

    long start;
    long last;
    ReservedType type;
    /** The word as a shared constant, so a million regions do not hold a million copies of "msi". */
    String word;
    /** Index of the CR, LF or text end that closes the line. */
    int end;

    /** True when the line starting at {@code from} is in the kernel's form; fills the fields. */
    boolean read(String text, int from) {
        int length = text.length();
        if (from + WORD_OFFSET >= length) {
            return false;
        }
        if (text.charAt(from) != '0' || text.charAt(from + 1) != 'x' || text.charAt(from + 18) != ' '
                || text.charAt(from + 19) != '0' || text.charAt(from + 20) != 'x' || text.charAt(from + 37) != ' ') {
            return false;
        }
        long a = 0;
        long b = 0;
        for (int i = 0; i < 16; i++) {
            int da = digit(text.charAt(from + 2 + i));
            int db = digit(text.charAt(from + 21 + i));
            if ((da | db) < 0) {
                return false;
            }
            a = (a << 4) | da;
            b = (b << 4) | db;
        }
        int w = from + WORD_OFFSET;
        if (!word(text, w)) {
            return false;
        }
        start = a;
        last = b;
        end = w + word.length();
        return true;
    }

    private boolean word(String text, int at) {
        if (matches(text, at, "msi")) {
            type = ReservedType.MSI;
            word = "msi";
        } else if (matches(text, at, "reserved")) {
            type = ReservedType.RESERVED;
            word = "reserved";
        } else if (matches(text, at, "direct-relaxable")) {
            type = ReservedType.DIRECT_RELAXABLE;
            word = "direct-relaxable";
        } else if (matches(text, at, "direct")) {
            type = ReservedType.DIRECT;
            word = "direct";
        } else {
            return false;
        }
        return true;
    }

    /** {@code word} at {@code at}, followed by the line end (so "direct" does not match "direct-relaxable"). */
    private static boolean matches(String text, int at, String word) {
        int close = at + word.length();
        return text.startsWith(word, at)
                && (close == text.length() || text.charAt(close) == '\n' || text.charAt(close) == '\r');
    }

    /**
     * Lowercase hex digit value, -1 for anything else (uppercase is not the kernel's form). A table
     * rather than two range tests: in random addresses digits and letters alternate unpredictably,
     * and the mispredicted branches cost more than the rest of the line (issue #4 profile).
     */
    static int digit(int c) {
        return c < 128 ? HEX[c] : -1;
    }

    /** Value of each ASCII character as a lowercase hex digit, -1 if it is none. */
    private static final byte[] HEX = hexTable();

    private static byte[] hexTable() {
        byte[] table = new byte[128];
        java.util.Arrays.fill(table, (byte) -1);
        for (int c = '0'; c <= '9'; c++) {
            table[c] = (byte) (c - '0');
        }
        for (int c = 'a'; c <= 'f'; c++) {
            table[c] = (byte) (c - 'a' + 10);
        }
        return table;
    }
}
