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
        return where + ": " + problem;
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
