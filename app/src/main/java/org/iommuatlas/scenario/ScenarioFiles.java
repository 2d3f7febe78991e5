package org.iommuatlas.scenario;

import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.Scenario;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

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
        AtomicFiles.writeString(file, json.write(scenario));
    }

    /** Reads a UTF-8 text file, refusing directories, huge files and binary content clearly. */
    public static String readText(Path file, long maxBytes) throws ParseException {
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
            byte[] bytes = Files.readAllBytes(file);
            for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
                if (bytes[i] == 0) {
                    throw new ParseException(name, 0, "contains binary data (a NUL byte at offset " + i
                            + "); expected text");
                }
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new ParseException(name, 0, "no such file");
        } catch (CharacterCodingException e) {
            throw new ParseException(name, 0, "is not UTF-8 text; expected a text file");
        } catch (IOException e) {
            throw new ParseException(name, 0, "cannot be read: " + e.getMessage());
        }
    }
}
