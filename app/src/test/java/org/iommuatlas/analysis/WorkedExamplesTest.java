package org.iommuatlas.analysis;

import org.iommuatlas.guest.DmaMapPlanner;
import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.HostDevice;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.iommuatlas.model.Sizes;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** REFERENCE §7 (a), (b), (c) with their exact numbers. */
class WorkedExamplesTest {
    static AnalysisResult analyze(HostModel host, GuestLayout guest, AnalysisOptions options) {
        return Analyzer.analyze(host, guest, DmaMapPlanner.plan(guest), options);
    }

    // ---- §7(a): aarch64 virt 4 GiB on an AMD host ----

    @Test
    void virtFourGibOnAmdFailsAtItsOnlyMapOnTheMsiWindow() {
        AnalysisResult result = analyze(Fixtures.amdHost(), Fixtures.virt(4 * Sizes.GIB), AnalysisOptions.DEFAULT);
        FailingMap first = result.firstFailingMap().orElseThrow();
        assertEquals(0x40000000L, first.map().iova());
        assertEquals(0x100000000L, first.map().size());
        assertEquals(Rule.R7, first.rule());
        assertEquals(ReservedType.MSI, first.region().type());
        assertEquals(0xfee00000L, first.region().start());
        assertEquals(1, result.failingMaps().size());
        assertEquals("memory listener initialization failed: Region mach-virt.ram: "
                        + "vfio_dma_map(<container>, 0x40000000, 0x100000000, <vaddr>) = -22 (Invalid argument)",
                result.predictedError().orElseThrow());
        assertEquals(Rule.R7, result.verdict().orElseThrow());
    }

    @Test
    void virtFourGibDoesNotReachTheHyperTransportRange() {
        AnalysisResult result = analyze(Fixtures.amdHost(), Fixtures.virt(4 * Sizes.GIB), AnalysisOptions.DEFAULT);
        assertTrue(result.conflictsOf(Rule.R6).isEmpty());
        assertTrue(result.conflicts().stream().noneMatch(c -> c.hostRegion() != null
                && c.hostRegion().type() == ReservedType.RESERVED));
        Conflict msi = result.conflictsOf(Rule.R7).get(0);
        assertEquals(AddressRange.of(0xfee00000L, 0xfeefffffL), msi.overlap());
        assertEquals(Severity.ERROR, msi.severity());
    }

    @Test
    void virtBankFitsAtMost3054MibFromItsBase() {
        AnalysisResult result = analyze(Fixtures.amdHost(), Fixtures.virt(4 * Sizes.GIB), AnalysisOptions.DEFAULT);
        BankFit fit = result.fit("ram").orElseThrow();
        assertEquals(0xBEE00000L, fit.maxBytes());
        assertEquals("3054 MiB", Sizes.exact(fit.maxBytes()));
        assertEquals(0xfee00000L, fit.limitedBy().start());
        assertFalse(fit.fits());
        // The 4 GiB block cannot sit below; the first gap above that holds it starts after the window.
        assertTrue(fit.placementBelow().isEmpty());
        assertEquals(0xfef00000L, fit.placementAbove().orElseThrow());
    }

    @Test
    void virt3054MibPassesAndThreeGibAlreadyFails() {
        assertTrue(analyze(Fixtures.amdHost(), Fixtures.virt(3054 * Sizes.MIB), AnalysisOptions.DEFAULT)
                .failingMaps().isEmpty());
        AnalysisResult threeGib = analyze(Fixtures.amdHost(), Fixtures.virt(3 * Sizes.GIB), AnalysisOptions.DEFAULT);
        assertEquals(0x40000000L, threeGib.firstFailingMap().orElseThrow().map().iova());
        assertEquals(0xc0000000L, threeGib.firstFailingMap().orElseThrow().map().size());
    }

    @Test
    void usableIovaOfExampleAIsReported() {
        AnalysisResult result = analyze(Fixtures.amdHost(), Fixtures.virt(4 * Sizes.GIB), AnalysisOptions.DEFAULT);
        assertEquals(List.of(AddressRange.of(0, 0xfedfffffL), AddressRange.of(0xfef00000L, 0xfcffffffffL),
                AddressRange.of(0x10000000000L, 0xffffffffffffffffL)), result.usableIova());
    }

    @Test
    void newerQemuWordingAndABackendRegionNameChangeThePredictedLine() {
        AnalysisOptions options = AnalysisOptions.DEFAULT.withQemuWording(QemuWording.VFIO_CONTAINER_DMA_MAP)
                .withRamRegionName("mem");
        AnalysisResult result = analyze(Fixtures.amdHost(), Fixtures.virt(4 * Sizes.GIB), options);
        assertEquals("memory listener initialization failed: Region mem: "
                        + "vfio_container_dma_map(<container>, 0x40000000, 0x100000000, <vaddr>) = -22 (Invalid argument)",
                result.predictedError().orElseThrow());
    }

    // ---- §7(b): pc 1 GiB on an Intel host with three direct regions ----

    static HostModel intelHostWithNic() {
        return Fixtures.intelThreeDirectHost()
                .withDevices(List.of(new HostDevice("0000:00:19.0", 5, "vfio-pci", 0x020000)));
    }

    static final AnalysisOptions NIC = AnalysisOptions.DEFAULT.withAssignedDevices(List.of("0000:00:19.0"));

    @Test
    void threeDirectRegionsMakeTheDeviceUnassignableWithBothKernelWordings() {
        AnalysisResult result = analyze(intelHostWithNic(), Fixtures.pcLow(Sizes.GIB), NIC);
        assertEquals(Rule.R3, result.verdict().orElseThrow());
        assertEquals("vfio 0000:00:19.0: failed to setup container for group 5: Failed to set group container: "
                + "Invalid argument", result.predictedError().orElseThrow());
        Conflict r3 = result.conflictsOf(Rule.R3).get(0);
        assertEquals(Severity.ERROR, r3.severity());
        assertEquals(List.of(
                "vfio-pci 0000:00:19.0: Firmware has requested this device have a 1:1 IOMMU mapping, rejecting "
                        + "configuring the device without a 1:1 mapping. Contact your platform vendor.",
                "vfio 0000:00:19.0: failed to setup container for group 5: Failed to set group container: "
                        + "Invalid argument",
                "vfio-pci 0000:00:19.0: Device is ineligible for IOMMU domain attach due to platform RMRR "
                        + "requirement.  Contact your platform vendor.",
                "vfio: failed to set iommu for container: Operation not permitted"),
                List.of(r3.message().split("\n")));
        assertTrue(r3.explanation().contains("[0xe8000, 0xe8fff], [0xf4000, 0xf4fff], [0xd5f7e000, 0xd5f94fff]"));
        DeviceVerdict verdict = result.devices().get(0);
        assertEquals("0000:00:19.0", verdict.device());
        assertEquals(5, verdict.group());
        assertFalse(verdict.assignable());
    }

    @Test
    void intelKernelsBefore66StopAtSetIommuWithEperm() {
        AnalysisResult result = analyze(intelHostWithNic(), Fixtures.pcLow(Sizes.GIB),
                NIC.withKernel(KernelGeneration.BEFORE_6_6));
        assertEquals("vfio: failed to set iommu for container: Operation not permitted",
                result.predictedError().orElseThrow());
        assertFalse(result.conflictsOf(Rule.R3).get(0).message().contains("Firmware has requested"));
    }

    @Test
    void onKernel66TheR3MessageHasOnlyTheCoreWording() {
        AnalysisResult result = analyze(intelHostWithNic(), Fixtures.pcLow(Sizes.GIB),
                NIC.withKernel(KernelGeneration.V6_6_OR_LATER));
        String message = result.conflictsOf(Rule.R3).get(0).message();
        assertTrue(message.contains("Firmware has requested"));
        assertFalse(message.contains("ineligible"));
    }

    @Test
    void layoutAloneFailsAtTheSectionStartingAt0xc0000AndTheFirstSectionIsClear() {
        AnalysisResult result = analyze(intelHostWithNic(), Fixtures.pcLow(Sizes.GIB), NIC);
        FailingMap first = result.firstFailingMap().orElseThrow();
        assertEquals(0xc0000L, first.map().iova());
        assertEquals(0x3ff40000L, first.map().size());
        assertEquals(0xe8000L, first.region().start());
        assertEquals(Rule.R9, first.rule());
        assertTrue(result.alsoFailing().contains(Rule.R9));
        assertTrue(result.conflicts().stream().noneMatch(c -> AddressRange.of(0, 0x9ffff).equals(c.sectionRange())));
        // Both legacy-BIOS RMRRs are hit by the second map, the one at 0xd5f7e000 is not.
        assertEquals(List.of(0xe8000L, 0xf4000L), result.conflicts().stream()
                .filter(c -> c.rule() == Rule.R9).map(c -> c.hostRegion().start()).toList());
    }

    @Test
    void pcLowRamFitsOnly928KibBecauseTheSecondSectionMayHold160Kib() {
        AnalysisResult result = analyze(intelHostWithNic(), Fixtures.pcLow(Sizes.GIB), NIC);
        BankFit fit = result.fit("ram-below-4g").orElseThrow();
        assertEquals(0xE8000L, fit.maxBytes());
        assertEquals(0xc0000L, fit.limitingSectionStart());
        assertEquals(0x28000L, fit.sectionMaxBytes());
        assertEquals("160 KiB", Sizes.exact(fit.sectionMaxBytes()));
        assertEquals(0xe8000L, fit.limitedBy().start());
    }

    @Test
    void relaxableRmrrOfAUsbControllerIsOnlyInformation() {
        HostModel host = Fixtures.host(org.iommuatlas.model.HostPlatform.INTEL,
                Fixtures.region(0x71155000L, 0x71174fffL, ReservedType.DIRECT_RELAXABLE, 9, "0000:00:14.0"),
                Fixtures.region(0xfee00000L, 0xfeefffffL, ReservedType.MSI, 9))
                .withDevices(List.of(new HostDevice("0000:00:14.0", 9, "xhci_hcd", 0x0c0330)));
        AnalysisResult result = analyze(host, Fixtures.q35Split(4 * Sizes.GIB, 0x100000000L), AnalysisOptions.DEFAULT);
        assertTrue(result.failingMaps().isEmpty());
        assertTrue(result.predictedError().isEmpty());
        Conflict info = result.conflictsOf(Rule.R9).get(0);
        assertEquals(Severity.INFO, info.severity());
        assertTrue(info.explanation().contains(Messages.RELAXABLE_USB));
        assertTrue(result.devices().get(0).assignable());
    }

    // ---- §7(c): q35 1 TiB on AMD ----

    @Test
    void q35OneTibWithoutRelocationHitsTheHyperTransportRange() {
        AnalysisResult result = analyze(Fixtures.amdHost(), Fixtures.q35Split(Sizes.TIB, 0x100000000L),
                AnalysisOptions.DEFAULT);
        FailingMap first = result.firstFailingMap().orElseThrow();
        assertEquals(0x100000000L, first.map().iova());
        assertEquals(0xff80000000L, first.map().size());
        assertEquals(Rule.R6, first.rule());
        assertEquals(AddressRange.of(0xfd00000000L, 0xffffffffffL), first.region().range());
        assertEquals("memory listener initialization failed: Region pc.ram: "
                        + "vfio_dma_map(<container>, 0x100000000, 0xff80000000, <vaddr>) = -22 (Invalid argument)",
                result.predictedError().orElseThrow());
        assertTrue(result.conflictsOf(Rule.R6).get(0).explanation().contains("HyperTransport"));
        assertEquals(0xFC00000000L, result.fit("ram-above-4g").orElseThrow().maxBytes());
    }

    @Test
    void q35OneTibRelocatedAbove1TibIsClear() {
        AnalysisResult result = analyze(Fixtures.amdHost(), Fixtures.q35Split(Sizes.TIB, 0x10000000000L),
                AnalysisOptions.DEFAULT);
        assertTrue(result.failingMaps().isEmpty());
        assertTrue(result.conflicts().isEmpty());
    }

    // ---- Arm SW_MSI window ----

    @Test
    void x86GuestOnAnArmHostCoversTheSoftwareMsiWindow() {
        AnalysisResult result = analyze(Fixtures.armHost(), Fixtures.q35Split(4 * Sizes.GIB, 0x100000000L),
                AnalysisOptions.DEFAULT);
        FailingMap first = result.firstFailingMap().orElseThrow();
        assertEquals(Rule.R8, first.rule());
        assertEquals(0xc0000L, first.map().iova());
        assertEquals(0x7ff40000L, first.map().size());
        assertEquals(Severity.ERROR, result.conflictsOf(Rule.R8).get(0).severity());
    }

    @Test
    void armGuestOnAnArmHostHasNoConflict() {
        AnalysisResult result = analyze(Fixtures.armHost(), Fixtures.virt(4 * Sizes.GIB), AnalysisOptions.DEFAULT);
        assertTrue(result.conflicts().isEmpty());
        assertTrue(result.predictedError().isEmpty());
    }

    @Test
    void anMsiLineAtTheSmmuWindowOnAnArmHostIsReadAsR8() {
        HostModel host = Fixtures.host(org.iommuatlas.model.HostPlatform.ARM_SMMU,
                Fixtures.region(0x08000000L, 0x080fffffL, ReservedType.MSI, 3));
        AnalysisResult result = analyze(host, Fixtures.pcLow(Sizes.GIB), AnalysisOptions.DEFAULT);
        assertEquals(Rule.R8, result.firstFailingMap().orElseThrow().rule());
    }

    @Test
    void emptyHostHasNoConflicts() {
        AnalysisResult result = analyze(HostModel.EMPTY, Fixtures.pcLow(4 * Sizes.GIB - 0x200000),
                AnalysisOptions.DEFAULT);
        assertTrue(result.conflicts().isEmpty());
        assertEquals(List.of(AddressRange.FULL), result.usableIova());
        assertNull(result.fit("ram-below-4g").orElseThrow().limitedBy());
    }
}
