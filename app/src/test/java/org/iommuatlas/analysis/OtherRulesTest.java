package org.iommuatlas.analysis;

import org.iommuatlas.guest.DmaMapPlanner;
import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.GuestArch;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.GuestRegion;
import org.iommuatlas.model.GuestRegionKind;
import org.iommuatlas.model.HostDevice;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.HostPlatform;
import org.iommuatlas.model.ReservedType;
import org.iommuatlas.model.Sizes;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.iommuatlas.analysis.Fixtures.region;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R2, R4, R5, R10, peer-to-peer, overlapping banks and isolation. */
class OtherRulesTest {
    static AnalysisResult analyze(HostModel host, GuestLayout guest, AnalysisOptions options) {
        return Analyzer.analyze(host, guest, DmaMapPlanner.plan(guest), options);
    }

    @Test
    void relaxableOnlyHostGivesR2InformationAndNoFailure() {
        // IORT RMR with "remapping permitted": [0x84800000, 0x84ffffff] direct-relaxable.
        HostModel host = Fixtures.host(HostPlatform.ARM_SMMU,
                region(0x84800000L, 0x84ffffffL, ReservedType.DIRECT_RELAXABLE, 3));
        AnalysisResult result = analyze(host, Fixtures.virt(4 * Sizes.GIB), AnalysisOptions.DEFAULT);
        assertEquals(1, result.conflicts().size());
        Conflict c = result.conflicts().get(0);
        assertEquals(Rule.R2, c.rule());
        assertEquals(Severity.INFO, c.severity());
        assertEquals(AddressRange.of(0x84800000L, 0x84ffffffL), c.overlap());
        assertTrue(result.failingMaps().isEmpty());
        assertTrue(result.predictedError().isEmpty());
        assertTrue(result.verdict().isEmpty());
        assertEquals(List.of(AddressRange.FULL), result.usableIova());
    }

    @Test
    void aGroupMemberOnAnotherDriverMakesTheGroupNotViable() {
        HostModel host = Fixtures.amdHost().withDevices(List.of(
                new HostDevice("0000:01:00.0", 12, "vfio-pci", 0x030000),
                new HostDevice("0000:01:00.1", 12, "snd_hda_intel", 0x040300)));
        AnalysisResult result = analyze(host, Fixtures.virt(2 * Sizes.GIB),
                AnalysisOptions.DEFAULT.withAssignedDevices(List.of("0000:01:00.0")));
        assertEquals(Rule.R10, result.verdict().orElseThrow());
        assertEquals("vfio 0000:01:00.0: group 12 is not viable", result.predictedError().orElseThrow());
        assertTrue(result.conflictsOf(Rule.R10).get(0).message().endsWith(
                "Please ensure all devices within the iommu_group are bound to their vfio bus driver."));
        assertFalse(result.devices().get(0).assignable());
    }

    @Test
    void bridgesOnPcieportUnboundDevicesAndPciStubKeepTheGroupViable() {
        HostModel host = Fixtures.amdHost().withDevices(List.of(
                new HostDevice("0000:01:00.0", 12, "vfio-pci", 0x030000),
                new HostDevice("0000:00:01.1", 12, "pcieport", 0x060400),
                new HostDevice("0000:01:00.1", 12, "", 0x040300),
                new HostDevice("0000:01:00.2", 12, "pci-stub", 0x0c0330)));
        AnalysisResult result = analyze(host, Fixtures.virt(2 * Sizes.GIB),
                AnalysisOptions.DEFAULT.withAssignedDevices(List.of("0000:01:00.0")));
        assertTrue(result.conflictsOf(Rule.R10).isEmpty());
        assertTrue(result.devices().get(0).assignable());
    }

    @Test
    void withoutAnExplicitAssignmentDevicesOnVfioPciAreTakenAsAssigned() {
        HostModel host = Fixtures.amdHost().withDevices(List.of(
                new HostDevice("0000:01:00.0", 12, "vfio-pci", 0x030000),
                new HostDevice("0000:01:00.1", 12, "snd_hda_intel", 0x040300)));
        AnalysisResult result = analyze(host, Fixtures.virt(2 * Sizes.GIB), AnalysisOptions.DEFAULT);
        assertEquals(Rule.R10, result.verdict().orElseThrow());
    }

    @Test
    void r10SurfacesBeforeR3AndR3IsListedAsAlsoFailing() {
        HostModel host = Fixtures.intelThreeDirectHost().withDevices(List.of(
                new HostDevice("0000:00:19.0", 5, "vfio-pci", 0x020000),
                new HostDevice("0000:00:1f.3", 5, "snd_hda_intel", 0x040300)));
        AnalysisResult result = analyze(host, Fixtures.pcLow(Sizes.GIB),
                AnalysisOptions.DEFAULT.withAssignedDevices(List.of("0000:00:19.0")));
        assertEquals(Rule.R10, result.verdict().orElseThrow());
        assertEquals(List.of(Rule.R3, Rule.R9), result.alsoFailing());
    }

    @Test
    void aDirectRegionOnAnAmdHostIsNotRefusedBefore66ButItsMapStillFails() {
        HostModel host = Fixtures.host(HostPlatform.AMD,
                region(0x7d900000L, 0x7d9fffffL, ReservedType.DIRECT, 4),
                region(0xfee00000L, 0xfeefffffL, ReservedType.MSI, 4));
        AnalysisResult result = analyze(host, Fixtures.q35Split(4 * Sizes.GIB, 0x100000000L),
                AnalysisOptions.DEFAULT.withKernel(KernelGeneration.BEFORE_6_6));
        assertTrue(result.conflictsOf(Rule.R3).isEmpty());
        assertEquals(Rule.R1, result.verdict().orElseThrow());
        assertEquals(0x7d900000L, result.firstFailingMap().orElseThrow().region().start());
    }

    @Test
    void aMapBeyondTheApertureIsR5WithoutAHostRegion() {
        HostModel host = HostModel.EMPTY.withPlatform(HostPlatform.INTEL)
                .withAperture(AddressRange.of(0, 0x7fffffffffL)); // 39-bit IOMMU
        GuestLayout guest = Fixtures.q35Split(4 * Sizes.GIB, 0x7fc0000000L);
        AnalysisResult result = analyze(host, guest, AnalysisOptions.DEFAULT);
        FailingMap first = result.firstFailingMap().orElseThrow();
        assertEquals(Rule.R5, first.rule());
        assertNull(first.region());
        assertEquals(0x7fc0000000L, first.map().iova());
        Conflict r5 = result.conflictsOf(Rule.R5).get(0);
        assertEquals(AddressRange.of(0x8000000000L, 0x803fffffffL), r5.overlap());
        assertEquals(0x40000000L, result.fit("ram-above-4g").orElseThrow().maxBytes());
    }

    @Test
    void hostPhysBitsCutTheAperture() {
        HostModel host = HostModel.EMPTY.withPlatform(HostPlatform.AMD).withPhysBits(36);
        AnalysisResult result = analyze(host, Fixtures.q35Split(64 * Sizes.GIB, 0x100000000L), AnalysisOptions.DEFAULT);
        assertEquals(Rule.R5, result.firstFailingMap().orElseThrow().rule());
        assertEquals(List.of(AddressRange.of(0, 0xfffffffffL)), result.usableIova());
    }

    @Test
    void ramAboveTheGuestPhysBitsStopsQemuBeforeAnyMap() {
        GuestLayout guest = Fixtures.q35Split(Sizes.TIB, 0x100000000L);
        guest = new GuestLayout(guest.machine(), guest.arch(), guest.spec(), guest.banks(), guest.regions(), false, 40,
                false);
        AnalysisResult result = analyze(Fixtures.amdHost(), guest, AnalysisOptions.DEFAULT);
        assertEquals(Rule.R5, result.verdict().orElseThrow());
        assertEquals("Address space limit 0xffffffffff < 0x1007fffffff phys-bits too low (40)",
                result.predictedError().orElseThrow());
        assertEquals(List.of(Rule.R6), result.alsoFailing());
        // The R6 map failure is still listed; the width conflict is not a DMA map failure.
        assertEquals(Rule.R6, result.firstFailingMap().orElseThrow().rule());
    }

    @Test
    void deviceRamOnAReservedRegionIsAPeerToPeerWarningNotAFailure() {
        GuestRegion bar = new GuestRegion("0000:01:00.0 BAR 1", 0xfe00000000L, 0xfe0fffffffL,
                GuestRegionKind.RAM_DEVICE, false, true, Fixtures.PRESET);
        GuestLayout guest = Fixtures.virt(2 * Sizes.GIB).withRegions(List.of(bar));
        AnalysisResult result = analyze(Fixtures.amdHost(), guest, AnalysisOptions.DEFAULT);
        assertTrue(result.failingMaps().isEmpty());
        Conflict warning = result.conflicts().get(0);
        assertEquals(Severity.WARNING, warning.severity());
        assertEquals(Rule.R6, warning.rule());
        assertEquals("0000:01:00.0 BAR 1: PCI peer-to-peer transactions on BARs are not supported.", warning.message());
    }

    @Test
    void overlappingBanksWarnOncePerBank() {
        GuestLayout guest = new GuestLayout("custom", GuestArch.X86_64, "",
                List.of(Fixtures.bank("a", "ram-a", 0x100000000L, 0x80000000L),
                        Fixtures.bank("b", "ram-b", 0x140000000L, 0x80000000L)), List.of(), false, 0, false);
        AnalysisResult result = analyze(HostModel.EMPTY, guest, AnalysisOptions.DEFAULT);
        List<Conflict> overlaps = result.conflictsOf(Rule.GUEST_OVERLAP);
        assertEquals(List.of("a", "b"), overlaps.stream().map(Conflict::bankId).toList());
        assertEquals(AddressRange.of(0x140000000L, 0x17fffffffL), overlaps.get(0).overlap());
        assertEquals(Severity.WARNING, overlaps.get(0).severity());
    }

    @Test
    void devicesSharingRmrrsAcrossGroupsFormOneNonIsolatedSet() {
        HostModel host = Fixtures.host(HostPlatform.INTEL,
                region(0xbdf7f000L, 0xbdf8efffL, ReservedType.DIRECT, 1, "0000:01:00.0"),
                region(0xbdf7f000L, 0xbdf8efffL, ReservedType.DIRECT, 2, "0000:02:00.0"),
                region(0xbdf90000L, 0xbdf90fffL, ReservedType.DIRECT, 2, "0000:02:00.0"),
                region(0xbdf90000L, 0xbdf90fffL, ReservedType.DIRECT_RELAXABLE, 3, "0000:00:14.0"),
                region(0xdbea8000L, 0xdbeb6fffL, ReservedType.DIRECT, 4, "0000:03:00.0"),
                region(0xfee00000L, 0xfeefffffL, ReservedType.MSI, 4));
        AnalysisResult result = analyze(host, Fixtures.pcLow(Sizes.GIB), AnalysisOptions.DEFAULT);
        assertEquals(1, result.isolation().size());
        IsolationSet set = result.isolation().get(0);
        assertEquals(List.of("0000:00:14.0", "0000:01:00.0", "0000:02:00.0"), set.members());
        assertEquals(List.of(1, 2, 3), set.groups());
        assertEquals(List.of(AddressRange.of(0xbdf7f000L, 0xbdf8efffL), AddressRange.of(0xbdf90000L, 0xbdf90fffL)),
                set.shared());
        assertEquals(Severity.WARNING, result.conflictsOf(Rule.ISOLATION).get(0).severity());
    }

    @Test
    void hotAddingAGroupWhoseMsiWindowIsAlreadyMappedIsRefused() {
        List<DmaMap> running = DmaMapPlanner.plan(Fixtures.virt(4 * Sizes.GIB));
        List<Conflict> conflicts = Analyzer.hotAdd(Fixtures.amdHost(), running, 12, AnalysisOptions.DEFAULT);
        assertEquals(1, conflicts.size());
        Conflict c = conflicts.get(0);
        assertEquals(Rule.R4, c.rule());
        assertEquals(Severity.ERROR, c.severity());
        assertEquals(AddressRange.of(0xfee00000L, 0xfeefffffL), c.overlap());
        assertTrue(c.message().contains("vfio_iommu_resv_conflict()"));
        assertTrue(Analyzer.hotAdd(Fixtures.amdHost(), DmaMapPlanner.plan(Fixtures.virt(2 * Sizes.GIB)), 12,
                AnalysisOptions.DEFAULT).isEmpty());
    }

    @Test
    void hotAddIgnoresRelaxableRegionsAndOtherGroups() {
        HostModel host = Fixtures.host(HostPlatform.INTEL,
                region(0x71155000L, 0x71174fffL, ReservedType.DIRECT_RELAXABLE, 9),
                region(0x40000000L, 0x40000fffL, ReservedType.RESERVED, 8));
        List<DmaMap> running = DmaMapPlanner.plan(Fixtures.pcLow(2 * Sizes.GIB));
        assertTrue(Analyzer.hotAdd(host, running, 9, AnalysisOptions.DEFAULT).isEmpty());
        assertEquals(1, Analyzer.hotAdd(host, running, 8, AnalysisOptions.DEFAULT).size());
    }
}
