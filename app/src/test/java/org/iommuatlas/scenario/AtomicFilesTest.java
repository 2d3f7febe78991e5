package org.iommuatlas.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AtomicFilesTest {
    @Test
    void replacesTheFileAndLeavesNoTemporaryBehind(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("scenario.json");
        Files.writeString(target, "old");
        AtomicFiles.writeString(target, "new");
        assertEquals("new", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void createsMissingDirectories(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("a/b/c.json");
        AtomicFiles.writeString(target, "x");
        assertEquals("x", Files.readString(target));
    }
}
