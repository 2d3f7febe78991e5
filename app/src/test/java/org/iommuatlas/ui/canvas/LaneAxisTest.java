package org.iommuatlas.ui.canvas;

import org.iommuatlas.model.Address;
import org.iommuatlas.ui.port.simple.SampleScenarios;
import org.iommuatlas.ui.port.simple.SimpleAnalysisPort;
import org.iommuatlas.model.Scenario;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LaneAxisTest {
    private final Scenario scenario = SampleScenarios.armGuestOnAmdHost();
    private final LaneItems items = LaneItems.of(scenario, new SimpleAnalysisPort().analyze(scenario));

    @Test
    void foldedAxisGivesTheOneMibMsiWindowVisibleHeightBesideAFourGibBank() {
        LaneAxis axis = LaneAxis.folded(AddressWindow.FULL, items, 40, 840);
        double msi = axis.yAfter(0xfeefffffL) - axis.yOf(0xfee00000L);
        assertTrue(msi >= 8, "msi window is " + msi + " px high");
    }

    @Test
    void foldedAxisIsMonotonicAndCoversTheWholeSpace() {
        LaneAxis axis = LaneAxis.folded(AddressWindow.FULL, items, 40, 840);
        assertEquals(40.0, axis.yOf(0), 1e-9);
        assertEquals(840.0, axis.yAfter(Address.MAX), 1e-9);
        double previous = -1;
        for (LaneAxis.Segment s : axis.segments()) {
            assertTrue(s.y0() >= previous);
            assertTrue(s.y1() > s.y0());
            previous = s.y1();
        }
    }

    @Test
    void addressAtInvertsYOfAtStretchStarts() {
        LaneAxis axis = LaneAxis.folded(AddressWindow.FULL, items, 40, 840);
        for (long a : new long[]{0x40000000L, 0xfee00000L, 0xfef00000L, 0xfd00000000L}) {
            assertEquals(a, axis.addressAt(axis.yOf(a)));
        }
    }

    @Test
    void linearAxisPlacesTheMiddleOfTheWindowInTheMiddle() {
        LaneAxis axis = LaneAxis.linear(new AddressWindow(0, 0xffffffffL), 0, 1000);
        assertEquals(500.0, axis.yOf(0x80000000L), 1e-6);
        assertEquals(0x80000000L, axis.addressAt(500.0));
    }
}
