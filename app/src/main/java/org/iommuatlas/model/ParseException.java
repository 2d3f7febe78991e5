package org.iommuatlas.model;

/**
 * The one error every parser throws for input it cannot use: which file, which line (and column
 * where it helps), and what was expected. Its message is meant for the user, so callers print it
 * as it is and never a stack trace.
 */
public class ParseException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * @param line   1-based line, 0 when the problem concerns the whole input
     * @param column 1-based column, 0 when not meaningful
     */
    public ParseException(String file, int line, int column, String problem) {
        super(format(file, line, column, problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public ParseException(String file, int line, String problem) {
        this(file, line, 0, problem);
    }

    public ParseException(String file, int line, int column, String problem, Throwable cause) {
        this(file, line, column, problem);
        initCause(cause);
    }

    private static String format(String file, int line, int column, String problem) {
        StringBuilder where = new StringBuilder(file == null ? "<input>" : file);
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return printable(where + ": " + problem);
    }

    /** Longest message kept: problems quote what they found, and a hostile line can be megabytes. */
    static final int MAX_MESSAGE_CHARS = 2000;

    /**
     * The message as it is safe to print: problems quote the offending input, and a file from a
     * stranger may hold terminal escape sequences, NULs or bidirectional overrides that would
     * rewrite the terminal or make the quoted text read differently from what it is. Those are
     * written as a backslash, 'u' and four hex digits; an over-long message is cut with a note.
     */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_MESSAGE_CHARS) + 16);
        for (int i = 0; i < text.length(); i++) {
            if (out.length() >= MAX_MESSAGE_CHARS) {
                out.append("... (").append(text.length() - i).append(" more characters)");
                break;
            }
            char c = text.charAt(i);
            if (Character.isISOControl(c) || isBidiControl(c) || Character.isSurrogate(c) && !validPair(text, i)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || c == '\u200e'
                || c == '\u200f' || c == '\u061c';
    }

    private static boolean validPair(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The problem without the location prefix. */
    public String problem() {
        return problem;
    }
}
