package org.iommuatlas.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.iommuatlas.ui.doc.AppPreferences;
import org.iommuatlas.ui.doc.RecoveryStore;
import org.iommuatlas.ui.engine.EnginePorts;
import org.iommuatlas.ui.port.InputLoader;
import org.iommuatlas.ui.port.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the window leaves unbuilt until it is needed (issue #4, start-up benchmark) is built, and
 * shows the right thing, the first time it is needed: the inspector's property sheet, the status
 * bar's progress box and the Samples menu.
 */
@ExtendWith(ApplicationExtension.class)
class StartupLazinessTest {
    private AtlasWindow window;
    private Ports ports;

    /** How often the window asked for the samples (the engine's answer, counted). */
    private final java.util.concurrent.atomic.AtomicInteger samplesAsked = new java.util.concurrent.atomic.AtomicInteger();

    @Start
    void start(Stage stage) throws Exception {
        Ports engine = EnginePorts.create();
        InputLoader counting = new InputLoader() {
            @Override
            public org.iommuatlas.model.Scenario open(Path file, org.iommuatlas.model.Scenario current)
                    throws java.io.IOException, org.iommuatlas.model.ParseException {
                return engine.input().open(file, current);
            }

            @Override
            public org.iommuatlas.model.Scenario paste(String text, String name, org.iommuatlas.model.Scenario current)
                    throws org.iommuatlas.model.ParseException {
                return engine.input().paste(text, name, current);
            }

            @Override
            public List<Sample> samples() {
                samplesAsked.incrementAndGet();
                return engine.input().samples();
            }

            @Override
            public org.iommuatlas.model.Scenario loadThisMachine(org.iommuatlas.model.Scenario current)
                    throws java.io.IOException, org.iommuatlas.model.ParseException {
                return engine.input().loadThisMachine(current);
            }
        };
        ports = new Ports(engine.analysis(), counting, engine.store(), engine.report(), engine.explain(), engine.presets());
        Path recoveryDir = Files.createTempDirectory("atlas-recovery-test");
        AppPreferences prefs = new AppPreferences(Preferences.userRoot().node("/org/iommuatlas/ui-test-laziness"));
        prefs.saveGeometry(new AppPreferences.Geometry(0, 0, 1100, 720, false));
        window = new AtlasWindow(ports, TestScenarios.armGuestOnAmdHost(), prefs,
                new RecoveryStore(recoveryDir, ports.store()));
        window.show(stage);
    }

    /** The default sample's first region: the AMD MSI window of group 28. */
    private ReservedRegion msiOfGroup28() {
        return window.document().scenario().host().regions().stream()
                .filter(r -> r.type() == ReservedType.MSI && r.group() == 28).findFirst().orElseThrow();
    }

    @Test
    void theInspectorBuildsItsPropertySheetWhenARegionIsFirstSelected(FxRobot robot) {
        assertFalse(window.inspector().sheetBuilt(), "nothing is selected at start-up: no property sheet yet");
        assertEquals("Inspector", window.inspector().heading());
        assertEquals(List.of(), window.inspector().shownProperties());

        robot.interact(() -> window.view().selectedProperty().set(msiOfGroup28()));

        assertTrue(window.inspector().sheetBuilt());
        assertEquals("Host reserved region", window.inspector().heading());
        assertEquals(List.of(
                "Range: [0xfee00000, 0xfeefffff]",
                "Size: 1 MiB (0x100000)",
                "Type: msi",
                "Group: 28",
                "Devices: 0000:29:00.0",
                "Source: /sys/kernel/iommu_groups/28/reserved_regions:1"), window.inspector().shownProperties());
        assertTrue(window.inspector().explanationText().startsWith("Hardware MSI window"),
                window.inspector().explanationText());
        assertTrue(robot.lookup(".property-sheet").tryQuery().isPresent(), "the sheet is in the window");
    }

    @Test
    void clearingTheSelectionHidesTheBuiltSheetAgain(FxRobot robot) {
        robot.interact(() -> window.view().selectedProperty().set(msiOfGroup28()));
        robot.interact(() -> window.view().selectedProperty().set(null));

        assertTrue(window.inspector().sheetBuilt());
        assertEquals(List.of(), window.inspector().shownProperties());
        assertFalse(robot.lookup(".property-sheet").query().isVisible());
        assertEquals("Inspector", window.inspector().heading());
    }

    @Test
    void theStatusBarBuildsItsProgressBoxWhenWorkFirstStarts(FxRobot robot) {
        assertFalse(window.status().workShown());
        assertTrue(robot.lookup("#cancel-work").tryQuery().isEmpty(), "no progress box before any work");
        int[] cancelled = {0};

        robot.interact(() -> window.status().showWork("Reading big.json\u2026", -1, () -> cancelled[0]++));

        assertTrue(window.status().workShown());
        assertEquals("Reading big.json\u2026", window.status().workText());
        robot.clickOn("#cancel-work");
        assertEquals(1, cancelled[0]);
        robot.interact(() -> window.status().hideWork());
        assertFalse(window.status().workShown());
        assertEquals("", window.status().workText());
    }

    @Test
    void theSamplesMenuListsThePackagedSamplesWhenFirstOpened(FxRobot robot) {
        Menu samples = samplesMenu();
        assertEquals(1, samples.getItems().size(), "only a placeholder before the menu is opened");
        assertTrue(samples.getItems().get(0).isDisable());

        robot.interact(samples::show);
        robot.interact(samples::hide);

        List<String> expected = ports.input().samples().stream().map(InputLoader.Sample::title).toList();
        assertEquals(9, expected.size(), "nine packaged samples");
        assertEquals(expected, samples.getItems().stream().map(MenuItem::getText).toList());
        assertTrue(samples.getItems().stream().map(MenuItem::getText)
                .anyMatch("aarch64 guest on an AMD x86 host: 4 GiB fails, 3054 MiB fits"::equals));
    }

    @Test
    void theSamplesAreReadWhenTheFileMenuOpensNotBefore(FxRobot robot) throws Exception {
        assertEquals(0, samplesAsked.get(), "building the window reads no sample");
        Menu file = fileMenu();

        robot.interact(file::show);
        robot.interact(file::hide);

        org.testfx.util.WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> samplesAsked.get() == 1);
        assertEquals(1, samplesMenu().getItems().size(), "the Samples list itself is filled when it opens");
    }

    @Test
    void choosingASampleFromTheFilledMenuLoadsIt(FxRobot robot) {
        Menu samples = samplesMenu();
        robot.interact(samples::show);
        robot.interact(samples::hide);
        MenuItem q35 = samples.getItems().stream()
                .filter(i -> i.getText().equals(TestScenarios.bigQ35OnAmdHost().title())).findFirst().orElseThrow();

        robot.interact(q35::fire);

        assertEquals(TestScenarios.bigQ35OnAmdHost().title(), window.document().scenario().title());
    }

    private Menu fileMenu() {
        MenuBar bar = (MenuBar) ((BorderPane) window.stage().getScene().getRoot()).getTop();
        return bar.getMenus().get(0);
    }

    private Menu samplesMenu() {
        return (Menu) fileMenu().getItems().stream().filter(i -> "menu-samples".equals(i.getId())).findFirst().orElseThrow();
    }
}
