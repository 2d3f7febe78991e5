package org.iommuatlas.ui.doc;

import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.model.Sizes;
import org.iommuatlas.ui.TestScenarios;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AtlasDocumentTest {
    private final Scenario start = TestScenarios.armGuestOnAmdHost();

    private Scenario withBank(Scenario s, long base, long size) {
        RamBank bank = s.guest().bank("ram").orElseThrow();
        return s.withGuest(s.guest().withBank(bank.withRange(base, size)));
    }

    @Test
    void scenarioListenersAlreadySeeWhetherTheNewStateIsUnsaved() {
        // Regression: the dirty flag used to change after the scenario, so the recovery copy of the
        // very first edit was cleared instead of written, and undoing to the saved state wrote one.
        AtlasDocument doc = new AtlasDocument(start);
        java.util.List<Boolean> seen = new java.util.ArrayList<>();
        doc.scenarioProperty().addListener((o, a, b) -> seen.add(doc.isDirty()));
        doc.apply("Move ram", withBank(start, 0x100000000L, 4 * Sizes.GIB));
        doc.undo();
        assertEquals(java.util.List.of(true, false), seen);
    }

    @Test
    void undoRestoresTheExactPreviousScenario() {
        AtlasDocument doc = new AtlasDocument(start);
        doc.apply("Move ram", withBank(start, 0x100000000L, 4 * Sizes.GIB));
        doc.undo();
        assertSame(start, doc.scenario());
        assertEquals(new RamBank("ram", "mach-virt.ram", 0x40000000L, 0x100000000L,
                start.guest().bank("ram").orElseThrow().source()), doc.scenario().guest().bank("ram").orElseThrow());
    }

    @Test
    void redoReappliesTheUndoneEditAndANewEditClearsRedo() {
        AtlasDocument doc = new AtlasDocument(start);
        Scenario moved = withBank(start, 0x100000000L, 4 * Sizes.GIB);
        doc.apply("Move ram", moved);
        doc.undo();
        doc.redo();
        assertSame(moved, doc.scenario());
        doc.undo();
        doc.apply("Resize ram", withBank(start, 0x40000000L, 2 * Sizes.GIB));
        assertFalse(doc.canRedoProperty().get());
    }

    @Test
    void eachApplyIsOneUndoStepNamedForTheMenu() {
        AtlasDocument doc = new AtlasDocument(start);
        doc.apply("Move ram", withBank(start, 0x80000000L, 4 * Sizes.GIB));
        doc.apply("Resize ram", withBank(doc.scenario(), 0x80000000L, 2 * Sizes.GIB));
        assertEquals("Resize ram", doc.undoNameProperty().get());
        doc.undo();
        assertEquals(0x80000000L, doc.scenario().guest().bank("ram").orElseThrow().start());
        assertEquals(4 * Sizes.GIB, doc.scenario().guest().bank("ram").orElseThrow().size());
        assertEquals("Move ram", doc.undoNameProperty().get());
    }

    @Test
    void dirtyUntilSavedAndCleanAgainWhenUndoneToTheSavedState() {
        AtlasDocument doc = new AtlasDocument(start);
        assertFalse(doc.isDirty());
        doc.apply("Move ram", withBank(start, 0x100000000L, 4 * Sizes.GIB));
        assertTrue(doc.isDirty());
        doc.undo();
        assertFalse(doc.isDirty());
        doc.redo();
        doc.markSaved(Path.of("/tmp/x.atlas.json"));
        assertFalse(doc.isDirty());
        assertEquals(Path.of("/tmp/x.atlas.json"), doc.file());
    }

    @Test
    void anEditThatChangesNothingIsNotRecorded() {
        AtlasDocument doc = new AtlasDocument(start);
        doc.apply("Nothing", withBank(start, 0x40000000L, 4 * Sizes.GIB));
        assertFalse(doc.canUndoProperty().get());
        assertFalse(doc.isDirty());
    }

    @Test
    void loadingANewScenarioStartsAFreshHistory() {
        AtlasDocument doc = new AtlasDocument(start);
        doc.apply("Move ram", withBank(start, 0x100000000L, 4 * Sizes.GIB));
        Scenario other = TestScenarios.bigQ35OnAmdHost();
        doc.load(other, null);
        assertSame(other, doc.scenario());
        assertFalse(doc.canUndoProperty().get());
        assertFalse(doc.isDirty());
    }
}
