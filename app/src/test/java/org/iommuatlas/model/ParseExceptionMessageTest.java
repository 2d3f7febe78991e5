package org.iommuatlas.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The message of a ParseException is safe to print whatever the hostile input it quotes. */
class ParseExceptionMessageTest {
    @Test
    void terminalEscapesAndNulsAreWrittenAsEscapes() {
        ParseException e = new ParseException("f.txt", 3, 7, "found '\u001b]0;owned\u0007\u0000'");
        assertEquals("f.txt:3:7: found '\\u001b]0;owned\\u0007\\u0000'", e.getMessage());
        assertEquals("found '\u001b]0;owned\u0007\u0000'", e.problem(), "problem() keeps the raw text for code");
    }

    @Test
    void bidiOverridesAndLoneSurrogatesAreEscapedButRealCharactersKept() {
        ParseException e = new ParseException("f.txt", 1, "found '\u202eabc\u2066' and '\ud800' next to 'caf\u00e9 \ud83d\ude00'");
        assertEquals("f.txt:1: found '\\u202eabc\\u2066' and '\\ud800' next to 'caf\u00e9 \ud83d\ude00'", e.getMessage());
    }

    @Test
    void aFileNameWithControlCharactersIsEscapedToo() {
        ParseException e = new ParseException("evil\u001b[2J.txt", 0, "empty");
        assertEquals("evil\\u001b[2J.txt: empty", e.getMessage());
    }

    @Test
    void aHugeProblemIsCutWithACount() {
        ParseException e = new ParseException("f.txt", 1, "x".repeat(1_000_000));
        assertTrue(e.getMessage().length() < ParseException.MAX_MESSAGE_CHARS + 40, "length " + e.getMessage().length());
        assertTrue(e.getMessage().endsWith("... (" + (1_000_000 + "f.txt:1: ".length() - ParseException.MAX_MESSAGE_CHARS)
                + " more characters)"), e.getMessage().substring(e.getMessage().length() - 40));
    }
}
