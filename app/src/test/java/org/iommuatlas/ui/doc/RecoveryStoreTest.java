package org.iommuatlas.ui.doc;

import org.iommuatlas.model.Scenario;
import org.iommuatlas.ui.engine.EnginePorts;
import org.iommuatlas.ui.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecoveryStoreTest {
    @TempDir
    Path dir;

    @Test
    void unsavedWorkWrittenByOneRunIsFoundByTheNext() {
        Scenario work = TestScenarios.bigQ35OnAmdHost();
        RecoveryStore first = new RecoveryStore(dir, EnginePorts.create().store());
        first.save(work);
        first.flush();
        Optional<Scenario> found = new RecoveryStore(dir, EnginePorts.create().store()).find();
        assertEquals(Optional.of(work), found);
    }

    @Test
    void clearRemovesTheRecoveryFile() {
        RecoveryStore store = new RecoveryStore(dir, EnginePorts.create().store());
        store.save(TestScenarios.armGuestOnAmdHost());
        store.flush();
        assertTrue(Files.exists(store.file()));
        store.clear();
        store.flush();
        assertFalse(Files.exists(store.file()));
        assertEquals(Optional.empty(), store.find());
    }

    @Test
    void anUnreadableRecoveryFileIsIgnoredNotFatal() throws Exception {
        Files.writeString(dir.resolve(RecoveryStore.FILE_NAME), "{ half a scenario");
        assertEquals(Optional.empty(), new RecoveryStore(dir, EnginePorts.create().store()).find());
    }

    @Test
    void theDirectoryComesFromTheSystemPropertyWhenSet() {
        String old = System.getProperty("atlas.recovery.dir");
        try {
            System.setProperty("atlas.recovery.dir", dir.toString());
            assertEquals(dir, RecoveryStore.defaultDirectory());
        } finally {
            if (old == null) {
                System.clearProperty("atlas.recovery.dir");
            } else {
                System.setProperty("atlas.recovery.dir", old);
            }
        }
    }
}
