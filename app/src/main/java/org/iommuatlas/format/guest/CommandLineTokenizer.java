package org.iommuatlas.format.guest;

import org.iommuatlas.model.ParseException;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a pasted command line into words the way a POSIX shell would (quotes, backslash
 * escapes, {@code \}-newline continuations), remembering where each word starts so errors can
 * point at it. Plain newlines also separate words, so a command pasted over several lines
 * without backslashes still reads.
 *
 * <p>One deliberate difference from a shell: an unquoted word that starts with {@code {} is taken
 * verbatim up to its matching {@code }}, because {@code ps} and libvirt's logs show JSON option
 * values ({@code -device {"driver":"vfio-pci",...}}) unquoted, and a shell would strip their quotes.
 */
final class CommandLineTokenizer {
    /** A word and where it starts (1-based line and column). */
    record Token(String text, int line, int column) {
    }

    private final String file;
    private final String text;
    private int pos;
    private int line = 1;
    private int lineStart;

    private CommandLineTokenizer(String file, String text) {
        this.file = file;
        this.text = text;
    }

    static List<Token> tokenize(String file, String text) throws ParseException {
        return new CommandLineTokenizer(file, text).run();
    }

    private List<Token> run() throws ParseException {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipSeparators();
            if (pos >= text.length()) {
                return tokens;
            }
            int startLine = line;
            int startColumn = pos - lineStart + 1;
            tokens.add(new Token(word(), startLine, startColumn));
        }
    }

    private void skipSeparators() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\\' && continuationAt(pos)) {
                skipContinuation();
            } else if (c == '\n') {
                newline(pos + 1);
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else {
                return;
            }
        }
    }

    private String word() throws ParseException {
        StringBuilder out = new StringBuilder();
        if (text.charAt(pos) == '{') {
            readJson(out);
        }
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                break;
            }
            if (c == '\\') {
                if (continuationAt(pos)) {
                    skipContinuation();
                    continue;
                }
                if (pos + 1 < text.length()) {
                    out.append(text.charAt(pos + 1));
                }
                pos += 2;
            } else if (c == '\'') {
                int close = text.indexOf('\'', pos + 1);
                if (close < 0) {
                    throw unterminated('\'');
                }
                countNewlines(pos, close);
                out.append(text, pos + 1, close);
                pos = close + 1;
            } else if (c == '"') {
                readDoubleQuoted(out);
            } else {
                out.append(c);
                pos++;
            }
        }
        return out.toString();
    }

    private void readDoubleQuoted(StringBuilder out) throws ParseException {
        int open = pos;
        int openLine = line;
        int openColumn = pos - lineStart + 1;
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return;
            }
            if (c == '\\' && pos + 1 < text.length() && "\"\\$`\n".indexOf(text.charAt(pos + 1)) >= 0) {
                if (text.charAt(pos + 1) == '\n') {
                    newline(pos + 2);
                } else {
                    out.append(text.charAt(pos + 1));
                    pos += 2;
                }
                continue;
            }
            if (c == '\n') {
                out.append(c);
                newline(pos + 1);
                continue;
            }
            out.append(c);
            pos++;
        }
        pos = open;
        throw new ParseException(file, openLine, openColumn, "this double quote is never closed");
    }

    /** A JSON object, taken as written: braces counted outside JSON strings. */
    private void readJson(StringBuilder out) throws ParseException {
        int openLine = line;
        int openColumn = pos - lineStart + 1;
        int depth = 0;
        boolean inString = false;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            out.append(c);
            pos++;
            if (c == '\n') {
                newline(pos);
            }
            if (inString) {
                if (c == '\\' && pos < text.length()) {
                    out.append(text.charAt(pos));
                    pos++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    return;
                }
            }
        }
        throw new ParseException(file, openLine, openColumn, "this JSON option value's '{' is never closed");
    }

    private boolean continuationAt(int at) {
        return at + 1 < text.length() && (text.charAt(at + 1) == '\n'
                || (text.charAt(at + 1) == '\r' && at + 2 < text.length() && text.charAt(at + 2) == '\n'));
    }

    private void skipContinuation() {
        int newlineAt = text.indexOf('\n', pos);
        newline(newlineAt + 1);
    }

    private void newline(int next) {
        pos = next;
        line++;
        lineStart = next;
    }

    private void countNewlines(int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
    }

    private ParseException unterminated(char quote) {
        return new ParseException(file, line, pos - lineStart + 1, "this " + (quote == '\'' ? "single" : "double")
                + " quote is never closed");
    }
}
