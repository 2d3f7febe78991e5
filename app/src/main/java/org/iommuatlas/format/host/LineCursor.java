package org.iommuatlas.format.host;

import org.iommuatlas.model.ParseException;

/**
 * Walks one input line left to right so that a malformed line can be reported with the exact
 * column where it stopped making sense, and what was expected there.
 */
final class LineCursor {
    private final String file;
    private final int lineNumber;
    private final String line;
    private int pos;

    LineCursor(String file, int lineNumber, String line, int startIndex) {
        this.file = file;
        this.lineNumber = lineNumber;
        this.line = line;
        this.pos = startIndex;
    }

    LineCursor(String file, int lineNumber, String line) {
        this(file, lineNumber, line, 0);
    }

    /** 1-based column of the next character. */
    int column() {
        return pos + 1;
    }

    boolean atEnd() {
        return pos >= line.length();
    }

    String rest() {
        return line.substring(Math.min(pos, line.length()));
    }

    /** Skips spaces and tabs; returns how many were skipped. */
    int skipBlanks() {
        int from = pos;
        while (pos < line.length() && (line.charAt(pos) == ' ' || line.charAt(pos) == '\t')) {
            pos++;
        }
        return pos - from;
    }

    void requireBlanks(String what) throws ParseException {
        if (skipBlanks() == 0) {
            throw error("expected a space before " + what + ", found " + found());
        }
    }

    /** Consumes {@code token} (case-insensitively) if it is next. */
    boolean tryConsume(String token) {
        // The exact case first: it is how kernels print, and a case-insensitive comparison costs
        // a case conversion per character (a few percent of a 100,000-line dmesg's parse).
        if (line.startsWith(token, pos) || line.regionMatches(true, pos, token, 0, token.length())) {
            pos += token.length();
            return true;
        }
        return false;
    }

    void expect(String token, String what) throws ParseException {
        if (!tryConsume(token)) {
            throw error("expected '" + token + "' (" + what + "), found " + found());
        }
    }

    /** Reads hex digits as an unsigned 64-bit value; reports the start column when they do not fit. */
    long hex(String what) throws ParseException {
        int from = pos;
        while (pos < line.length() && Character.digit(line.charAt(pos), 16) >= 0) {
            pos++;
        }
        if (from == pos) {
            throw error("expected hex digits for " + what + ", found " + found());
        }
        String digits = line.substring(from, pos);
        int significant = 0;
        while (significant < digits.length() - 1 && digits.charAt(significant) == '0') {
            significant++;
        }
        if (digits.length() - significant > 16) {
            throw errorAt(from + 1, what + " 0x" + digits + " does not fit in 64 bits");
        }
        return Long.parseUnsignedLong(digits, 16);
    }

    /** Reads a word of letters, digits, '-' and '_' (possibly empty). */
    String word() {
        int from = pos;
        while (pos < line.length() && (Character.isLetterOrDigit(line.charAt(pos)) || line.charAt(pos) == '-'
                || line.charAt(pos) == '_')) {
            pos++;
        }
        return line.substring(from, pos);
    }

    /** A short quote of what comes next, for error messages. */
    String found() {
        if (atEnd()) {
            return "the end of the line";
        }
        String rest = rest();
        return "'" + (rest.length() > 20 ? rest.substring(0, 20) + "..." : rest) + "'";
    }

    ParseException error(String problem) {
        return new ParseException(file, lineNumber, column(), problem);
    }

    ParseException errorAt(int column, String problem) {
        return new ParseException(file, lineNumber, column, problem);
    }
}
