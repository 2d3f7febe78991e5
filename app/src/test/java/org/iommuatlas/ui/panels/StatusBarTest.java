package org.iommuatlas.ui.panels;

import javafx.stage.Stage;
import org.iommuatlas.model.AddressRange;
import org.iommuatlas.ui.port.ConflictView;
import org.iommuatlas.ui.port.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** During a drag the verdict follows every event; the first failure's words follow when the pointer rests. */
@ExtendWith(ApplicationExtension.class)
class StatusBarTest {
    private static final AddressRange MSI = AddressRange.ofSize(0xfee00000L, 0x100000L);
    private static final AddressRange RMRR = AddressRange.ofSize(0xfd000000L, 0x1000L);

    @Start
    void start(Stage stage) {
        // The toolkit only.
    }

    private static ConflictView error(String summary, AddressRange overlap) {
        return new ConflictView(Severity.ERROR, "R1", summary, "why", "ram", null, null, overlap);
    }

    @Test
    void theFirstFailureShowsAtOnceWhenTheBankEntersAConflictAndFollowsOnlyWhenThePointerRests(FxRobot robot) {
        StatusBar bar = new StatusBar();
        robot.interact(() -> {
            bar.showLive("ram", List.of());
            assertEquals("\u2713 ram is clear here ", bar.verdictText());
            bar.showLive("ram", List.of(error("ram overlaps msi " + MSI, MSI)));
            assertEquals("\u2717 ram would fail here ram overlaps msi " + MSI, bar.verdictText());
            // Still in conflict, with another first failure: the words wait for the rest.
            bar.showLive("ram", List.of(error("ram overlaps direct " + RMRR, RMRR)));
            assertEquals("\u2717 ram would fail here ram overlaps msi " + MSI, bar.verdictText());
            bar.showLiveDetail(List.of(error("ram overlaps direct " + RMRR, RMRR)));
            assertEquals("\u2717 ram would fail here ram overlaps direct " + RMRR, bar.verdictText());
            // Leaving the conflict clears them at once.
            bar.showLive("ram", List.of());
            assertEquals("\u2713 ram is clear here ", bar.verdictText());
        });
    }
}
