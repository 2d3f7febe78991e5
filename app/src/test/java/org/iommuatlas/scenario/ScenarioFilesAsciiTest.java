package org.iommuatlas.scenario;

import org.iommuatlas.model.ParseException;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ASCII files are copied into text as ISO-8859-1 after an eight-bytes-at-a-time check (issue #4);
 * the check must see a high byte wherever it is, in the words and in the tail, and the text must
 * be the one the strict UTF-8 decoder gives.
 */
class ScenarioFilesAsciiTest {
    private static String strictUtf8(byte[] bytes) throws Exception {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    @Test
    void aHighByteIsSeenAtEveryPositionOfEveryShortLength() {
        for (int length = 0; length <= 25; length++) {
            byte[] ascii = new byte[length];
            Arrays.fill(ascii, (byte) 0x7f);
            assertTrue(ScenarioFiles.isAscii(ascii), "length " + length);
            for (int at = 0; at < length; at++) {
                for (int high : new int[] {0x80, 0xc3, 0xff}) {
                    byte[] bytes = ascii.clone();
                    bytes[at] = (byte) high;
                    assertFalse(ScenarioFiles.isAscii(bytes), "length " + length + ", 0x" + Integer.toHexString(high)
                            + " at " + at);
                }
            }
        }
    }

    @Test
    void asciiAndUtf8TextDecodeAsTheStrictDecoderDecodesThem() throws Exception {
        for (String text : new String[] {"", "\n", "[    0.000000] DMAR: RMRR base: 0x00000000ab800000 end: 0x00000000abffffff\r\n",
            "usb 1-1: Product: Größe ⌨ 😀\n", "\u007f\u0001\t"}) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            assertEquals(strictUtf8(bytes), ScenarioFiles.decodeText("f", bytes));
            assertEquals(text, ScenarioFiles.decodeText("f", bytes));
        }
    }

    @Test
    void aLoneLatin1ByteIsRefusedAsNotUtf8() {
        byte[] bytes = "[    1.000000] usb 1-1: Product: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        ParseException e = assertThrows(ParseException.class, () -> ScenarioFiles.decodeText("dmesg.txt", bytes));
        assertEquals("dmesg.txt: is not UTF-8 text; expected a text file", e.getMessage());
    }
}
