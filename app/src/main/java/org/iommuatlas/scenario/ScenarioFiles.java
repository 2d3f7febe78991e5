package org.iommuatlas.scenario;

import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.Scenario;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/** Opens and saves scenario files on disk (size-capped reads, atomic writes). */
public final class ScenarioFiles {
    /** A scenario with a million regions is about 150 MB; refuse what cannot be one. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private final ScenarioJson json;

    public ScenarioFiles(ScenarioJson json) {
        this.json = json;
    }

    public Scenario open(Path file) throws ParseException {
        return json.read(file.toString(), readText(file, MAX_BYTES));
    }

    public void save(Scenario scenario, Path file) throws IOException {
        AtomicFiles.writeBytes(file, json.writeBytes(scenario));
    }

    /** Reads a UTF-8 text file, refusing directories, huge files and binary content clearly. */
    public static String readText(Path file, long maxBytes) throws ParseException {
        return decodeText(file.toString(), readTextBytes(file, maxBytes));
    }

    /**
     * The bytes of a text file, refusing directories, huge files and binary content (a NUL in the
     * first 8 KiB) as {@link #readText} does; not yet checked to be UTF-8 ({@link #decodeText}).
     */
    public static byte[] readTextBytes(Path file, long maxBytes) throws ParseException {
        String name = file.toString();
        try {
            if (!Files.exists(file)) {
                throw new ParseException(name, 0, "no such file");
            }
            if (Files.isDirectory(file)) {
                throw new ParseException(name, 0, "is a directory; expected a file");
            }
            if (!Files.isRegularFile(file)) {
                throw new ParseException(name, 0, "is not a regular file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new ParseException(name, 0, "is " + size + " bytes; files above " + maxBytes
                        + " bytes are refused");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = readCapped(in, (int) Math.min(size, Integer.MAX_VALUE - 8),
                        (int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            }
            if (bytes.length > maxBytes) {
                throw new ParseException(name, 0, "grew past " + maxBytes + " bytes while being read;"
                        + " files above " + maxBytes + " bytes are refused");
            }
            for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
                if (bytes[i] == 0) {
                    throw new ParseException(name, 0, "contains binary data (a NUL byte at offset " + i
                            + "); expected text");
                }
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new ParseException(name, 0, "no such file");
        } catch (IOException e) {
            throw new ParseException(name, 0, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads {@code in} to its end or to {@code limit} bytes, whichever comes first. The file's
     * size is read into one array of that size, as {@code Files.readAllBytes} does; reading with
     * {@code readNBytes(limit)} alone costs an 8 KiB read call per 8 KiB and a second copy of
     * the whole file (issue #4: a third more than the read itself). The size can be stale (a log
     * being written, a file swapped in, procfs reporting 0), so the read goes on past it, and
     * stops one byte past the cap: memory stays bounded and the caller sees the growth.
     */
    static byte[] readCapped(InputStream in, int size, int limit) throws IOException {
        byte[] bytes = new byte[Math.min(size, limit)];
        int n = in.readNBytes(bytes, 0, bytes.length);
        if (n < bytes.length) {
            return Arrays.copyOf(bytes, n);
        }
        int next = in.read();
        if (next < 0 || n == limit) {
            return bytes;
        }
        byte[] rest = in.readNBytes(limit - n - 1);
        byte[] all = Arrays.copyOf(bytes, n + 1 + rest.length);
        all[n] = (byte) next;
        System.arraycopy(rest, 0, all, n + 1, rest.length);
        return all;
    }

    /** The bytes as little-endian longs, for {@link #isAscii}. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * True when no byte has its high bit set, tested eight bytes at a time (a byte loop takes
     * several times as long on a large file).
     */
    static boolean isAscii(byte[] bytes) {
        long seen = 0;
        int i = 0;
        // This loop form (a bound computed once) is the one the JIT unrolls: "i + 8 <= length"
        // took four times as long.
        int lastWord = bytes.length - (Long.BYTES - 1);
        for (; i < lastWord; i += Long.BYTES) {
            seen |= (long) LONGS.get(bytes, i);
        }
        for (; i < bytes.length; i++) {
            seen |= bytes[i]; // sign-extended: a high bit sets every bit above it
        }
        return (seen & HIGH_BITS) == 0;
    }

    /**
     * The text of {@code bytes}, which must be valid UTF-8. Pure ASCII, the usual case for host
     * dumps and logs, is copied as ISO-8859-1 (the same characters for ASCII bytes, and a plain
     * copy into a compact one-byte-per-character string: on an 8.4 MB dmesg 0.3 ms for the check
     * and 0.7 ms for the copy, where the JDK's UTF-8 decoder took 2.8 ms even on ASCII). Only
     * other input goes through the strict decoder, which builds the text in UTF-16 first (issue
     * #4: that decoder made loading a 47 MB file cost twice {@code Files.readString}).
     */
    public static String decodeText(String name, byte[] bytes) throws ParseException {
        if (isAscii(bytes)) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ParseException(name, 0, "is not UTF-8 text; expected a text file");
        }
    }
}
