package org.iommuatlas.analysis;

import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.scenario.PresetSpecResolver;
import org.iommuatlas.scenario.ScenarioFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each sample in samples/ tells its seed story: the analysis must come to that story's verdict. */
class SampleStoriesTest {
    static AnalysisResult analyze(String sample) throws ParseException {
        return ScenarioAnalysis.analyze(open(sample));
    }

    static Scenario open(String sample) throws ParseException {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(root.resolve("samples"))) {
            root = root.getParent();
        }
        return new ScenarioFiles(PresetSpecResolver.codec()).open(root.resolve("samples").resolve(sample));
    }

    @Test
    void aarch64OnAmdFailsOnTheMsiWindowAnd3054MibFit() throws ParseException {
        AnalysisResult r = analyze("aarch64-guest-on-amd-host-fails-at-4g.json");
        assertEquals(Optional.of(Rule.R7), r.verdict());
        assertEquals(0x40000000L, r.firstFailingMap().orElseThrow().map().iova());
        assertEquals(0x100000000L, r.firstFailingMap().orElseThrow().map().size());
        assertEquals(0xBEE00000L, r.fit("ram").orElseThrow().maxBytes());
    }

    @Test
    void hpMicroserverDeviceIsUnassignable() throws ParseException {
        AnalysisResult r = analyze("hp-microserver-rmrr-device-unassignable.json");
        assertEquals(Optional.of(Rule.R3), r.verdict());
        assertFalse(r.devices().get(0).assignable());
        assertEquals(0xc0000L, r.firstFailingMap().orElseThrow().map().iova());
    }

    @Test
    void whitepaperDevicesAreNotIsolatedFromEachOther() throws ParseException {
        AnalysisResult r = analyze("rmrr-shared-by-four-devices-not-isolated.json");
        assertEquals(Optional.of(Rule.R3), r.verdict());
        assertEquals(1, r.isolation().size());
        assertEquals(List.of("0000:01:00.0", "0000:01:00.2", "0000:01:00.4", "0000:02:00.0"),
                r.isolation().get(0).members().stream().sorted().toList());
    }

    @Test
    void armGuestOnArmHostIsCleanButAnX86GuestHitsTheSwMsiWindow() throws ParseException {
        assertTrue(analyze("arm-host-sw-msi-window-arm-guest-its-clean.json").conflicts().isEmpty());
        AnalysisResult x86 = analyze("arm-host-sw-msi-window-x86-guest-conflict.json");
        assertEquals(Optional.of(Rule.R8), x86.verdict());
        assertEquals(0xc0000L, x86.firstFailingMap().orElseThrow().map().iova());
    }

    @Test
    void s390GuestRamAtZeroMeetsTheReservedRangeBelowTheDmaWindow() throws ParseException {
        AnalysisResult r = analyze("s390-reserved-below-dma-window.json");
        assertEquals(Optional.of(Rule.R1), r.verdict());
        assertEquals(0L, r.firstFailingMap().orElseThrow().map().iova());
    }

    @Test
    void oneTibQ35FailsOn70AndIsRelocatedOn71() throws ParseException {
        AnalysisResult old = analyze("q35-1tib-amd-host-without-relocation.json");
        assertEquals(Optional.of(Rule.R6), old.verdict());
        assertEquals(0xff80000000L, old.firstFailingMap().orElseThrow().map().size());
        AnalysisResult relocated = analyze("q35-1tib-amd-host-relocated-above-1tib.json");
        assertTrue(relocated.failingMaps().isEmpty());
        assertTrue(open("q35-1tib-amd-host-relocated-above-1tib.json").guest().bank("ram-above-4g")
                .orElseThrow().start() == 0x10000000000L);
        assertTrue(MachineAdvice.suggest(open("q35-1tib-amd-host-without-relocation.json")).stream()
                .anyMatch(s -> s.spec().contains("version=7.1")));
    }

    @Test
    void relaxableUsbAndGpuRmrrsAreInformationOnly() throws ParseException {
        AnalysisResult r = analyze("intel-relaxable-usb-and-gpu-rmrrs.json");
        assertFalse(r.hasErrors());
        assertTrue(r.devices().stream().allMatch(DeviceVerdict::assignable));
        assertTrue(r.conflicts().stream().anyMatch(c -> c.severity() == Severity.INFO
                && c.hostRegion() != null && c.hostRegion().start() == 0xdbea8000L), r.conflicts().toString());
    }
}
