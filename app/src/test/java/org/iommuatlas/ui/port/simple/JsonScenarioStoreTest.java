package org.iommuatlas.ui.port.simple;

import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonScenarioStoreTest {
    private final JsonScenarioStore store = new JsonScenarioStore();

    @TempDir
    Path dir;

    @Test
    void aSavedScenarioReadsBackEqual() throws Exception {
        Scenario s = SampleScenarios.bigQ35OnAmdHost();
        Path file = dir.resolve("s.atlas.json");
        store.write(s, file);
        assertEquals(s, store.read(file));
    }

    @Test
    void brokenJsonGivesAParseExceptionWithItsLine() throws Exception {
        Path file = dir.resolve("bad.atlas.json");
        Files.writeString(file, "{\n  \"title\": \"x\",\n  oops\n}");
        ParseException e = assertThrows(ParseException.class, () -> store.read(file));
        assertEquals("bad.atlas.json", e.file());
        assertEquals(3, e.line());
    }

    @Test
    void aScenarioMissingItsHostIsRefused() {
        assertThrows(ParseException.class, () -> store.parse("{\"title\":\"t\",\"description\":\"d\"}", "t.json"));
    }
}
