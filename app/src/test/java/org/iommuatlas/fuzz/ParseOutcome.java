package org.iommuatlas.fuzz;

import org.iommuatlas.model.ParseException;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract every fuzz test checks: for any input a parser returns a result or throws
 * {@link ParseException} naming the input and saying what was wrong. Any other throwable (a
 * NumberFormatException, an IndexOutOfBounds, an IllegalArgumentException from a model record,
 * a StackOverflowError) escapes from {@link #of} and Jazzer reports it as a finding.
 */
public final class ParseOutcome {
    /** The source name the fuzz tests pass, so a message can be checked to name it. */
    public static final String SOURCE = "fuzzed-input";

    @FunctionalInterface
    public interface Parse<T> {
        T parse() throws ParseException;
    }

    private ParseOutcome() {
    }

    /** Fuzz bytes as the readers see them: UTF-8 with malformed sequences replaced. */
    public static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Runs {@code parse}; returns its result, or null after checking the ParseException is usable. */
    public static <T> T of(Parse<T> parse) {
        return of(SOURCE, parse);
    }

    /** As {@link #of(Parse)} for a reader of a directory tree: the message names a path below {@code root}. */
    public static <T> T under(String root, Parse<T> parse) {
        try {
            T result = parse.parse();
            assertNotNull(result, "a reader returned null instead of a result or a ParseException");
            return result;
        } catch (ParseException e) {
            assertTrue(e.file() != null && e.file().startsWith(root), "the message must name a path below " + root
                    + ": " + e.getMessage());
            assertFalse(e.problem().isBlank(), "a ParseException with a blank problem text");
            return null;
        }
    }

    /** As {@link #of(Parse)} for a parser that names its input itself (such as {@code <spec>}). */
    public static <T> T of(String expectedFile, Parse<T> parse) {
        try {
            T result = parse.parse();
            assertNotNull(result, "a parser returned null instead of a result or a ParseException");
            return result;
        } catch (ParseException e) {
            assertEquals(expectedFile, e.file(), "the message must name the input: " + e.getMessage());
            assertNotNull(e.problem(), "a ParseException without a problem text");
            assertFalse(e.problem().isBlank(), "a ParseException with a blank problem text");
            return null;
        }
    }
}
