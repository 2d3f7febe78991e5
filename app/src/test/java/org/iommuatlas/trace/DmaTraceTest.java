package org.iommuatlas.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.iommuatlas.lesson.PackagedSamples;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.Scenario;
import org.junit.jupiter.api.Test;

/** The trace on each platform kind, on the packaged samples (REFERENCE §1, §3). */
class DmaTraceTest {
    static Scenario sample(String name) throws ParseException {
        return PackagedSamples.load(name);
    }

    static List<Space> spaces(Trace t) {
        return t.steps().stream().map(TraceStep::space).toList();
    }

    @Test
    void ramInsideARefusedMapIsNotMappedAndNamesTheRegion() throws Exception {
        Trace t = DmaTrace.trace(sample("aarch64-guest-on-amd-host-fails-at-4g.json"), 0x40000000L);
        assertEquals(Optional.of(FaultReason.NOT_MAPPED), t.faultReason());
        assertTrue(t.finalStep().caption().contains("(0x40000000, 0x100000000) mach-virt.ram, which the kernel"
                + " refuses with -22 because it covers the msi region [0xfee00000, 0xfeefffff]"), t.finalStep().caption());
    }

    @Test
    void amdGuestRamGoesIdentityToIovaThenToAPinnedHostPage() throws Exception {
        Scenario s = sample("aarch64-guest-on-amd-host-fails-at-4g.json");
        s = s.withGuest(s.guest().withBank(s.guest().banks().get(0).resized(0xbee00000L)));
        Trace t = DmaTrace.trace(s, 0x40000000L);
        assertEquals(Outcome.MEMORY, t.outcome());
        assertEquals(List.of(Space.GPA, Space.IOVA, Space.IOVA, Space.HPA), spaces(t));
        assertEquals(0x40000000L, t.steps().get(1).address().getAsLong());
        TraceStep hpa = t.finalStep();
        assertFalse(hpa.address().isPresent(), "no linear HPA is invented for guest RAM");
        assertEquals("a host page pinned by VFIO", hpa.handler());
    }

    @Test
    void amdMsiWindowIsInterruptRemappingAndSaysTheRamMapFails() throws Exception {
        Trace t = DmaTrace.trace(sample("aarch64-guest-on-amd-host-fails-at-4g.json"), 0xfee00000L);
        assertEquals(Outcome.INTERRUPT_REMAPPING, t.outcome());
        assertEquals(Space.IRQ, t.finalStep().space());
        assertTrue(t.finalStep().caption().contains("(0x40000000, 0x100000000) mach-virt.ram"),
                t.finalStep().caption());
        assertTrue(t.finalStep().caption().contains("-22"));
    }

    @Test
    void amdHyperTransportHoleIsAReservedFault() throws Exception {
        Trace t = DmaTrace.trace(sample("q35-1tib-amd-host-without-relocation.json"), 0xfd00000000L);
        assertEquals(Outcome.FAULT, t.outcome());
        assertEquals(Optional.of(FaultReason.RESERVED), t.faultReason());
        assertTrue(t.finalStep().caption().contains("[0xfd00000000, 0xffffffffff]"), t.finalStep().caption());
    }

    @Test
    void amdRelocatedGuestRamAboveOneTibIsMemory() throws Exception {
        Trace t = DmaTrace.trace(sample("q35-1tib-amd-host-relocated-above-1tib.json"), 0x10000000000L);
        assertEquals(Outcome.MEMORY, t.outcome());
    }

    @Test
    void intelRmrrDeviceFaultsAsUnassignableAndNamesTheIdentityMap() throws Exception {
        Trace t = DmaTrace.trace(sample("hp-microserver-rmrr-device-unassignable.json"), 0xe8000L);
        assertEquals(Optional.of(FaultReason.UNASSIGNABLE), t.faultReason());
        assertTrue(t.finalStep().caption().contains("0000:07:00.0"), t.finalStep().caption());
        assertTrue(t.finalStep().caption().contains("HPA = IOVA = 0xe8000"), t.finalStep().caption());
    }

    @Test
    void intelRelaxableRmrrUnderGuestRamIsMemoryWithTheIdentityMapDropped() throws Exception {
        Trace t = DmaTrace.trace(sample("intel-relaxable-usb-and-gpu-rmrrs.json"), 0xdbea8000L);
        assertEquals(Outcome.MEMORY, t.outcome());
        assertTrue(t.steps().get(2).caption().contains("[0xdbea8000, 0xdbeb6fff], relaxable) is dropped"),
                t.steps().get(2).caption());
    }

    @Test
    void intelMsiWindowIsInterruptRemapping() throws Exception {
        Trace t = DmaTrace.trace(sample("intel-relaxable-usb-and-gpu-rmrrs.json"), 0xfee00000L);
        assertEquals(Outcome.INTERRUPT_REMAPPING, t.outcome());
        assertFalse(t.finalStep().caption().contains("-22"), "an x86 guest's RAM stays clear of its LAPIC page");
    }

    @Test
    void intelAddressAboveGuestRamIsNotMapped() throws Exception {
        Trace t = DmaTrace.trace(sample("intel-relaxable-usb-and-gpu-rmrrs.json"), 0x200000000L);
        assertEquals(Optional.of(FaultReason.NOT_MAPPED), t.faultReason());
    }

    @Test
    void armDoorbellPageAtTheWindowStartIsTheItsDoorbellAndExplainsBothStages() throws Exception {
        Trace t = DmaTrace.trace(sample("arm-host-sw-msi-window-arm-guest-its-clean.json"), 0x8000000L);
        assertEquals(Outcome.ITS_DOORBELL, t.outcome());
        assertEquals(Space.IRQ, t.finalStep().space());
        List<TraceStep> notes = t.steps().stream().filter(s -> s.outcome() == Outcome.NOTE).toList();
        assertEquals(3, notes.size());
        assertEquals(ArmMsiStages.GUEST_ITS_PAGE, notes.get(0).address().getAsLong());
        assertEquals(Space.GPA, notes.get(0).space());
        assertEquals(ArmMsiStages.SW_MSI_BASE, notes.get(1).address().getAsLong());
        assertEquals(Space.IOVA, notes.get(1).space());
    }

    @Test
    void armGuestItsPageLiesInTheWindowPastTheDoorbellPageAndFaults() throws Exception {
        Trace t = DmaTrace.trace(sample("arm-host-sw-msi-window-arm-guest-its-clean.json"), 0x08080000L);
        assertTrue(t.steps().get(0).handler().contains("gic-its"), t.steps().get(0).handler());
        assertEquals(Optional.of(FaultReason.RESERVED), t.faultReason());
        assertTrue(t.finalStep().caption().contains("nothing is mapped at 0x8080000"), t.finalStep().caption());
        assertEquals(3, t.steps().stream().filter(s -> s.outcome() == Outcome.NOTE).count(),
                "the nested story still follows");
    }

    @Test
    void lastByteOfTheDoorbellPageIsStillTheDoorbell() throws Exception {
        Scenario s = sample("arm-host-sw-msi-window-arm-guest-its-clean.json");
        assertEquals(Outcome.ITS_DOORBELL, DmaTrace.trace(s, 0x8000fffL).outcome());
        assertEquals(Outcome.FAULT, DmaTrace.trace(s, 0x8001000L).outcome());
    }

    @Test
    void armGuestRamIsMemory() throws Exception {
        Trace t = DmaTrace.trace(sample("arm-host-sw-msi-window-arm-guest-its-clean.json"), 0x40000000L);
        assertEquals(Outcome.MEMORY, t.outcome());
    }

    @Test
    void x86GuestOnArmHostReachesTheDoorbellWithoutNestedNotesAndItsRamMapFails() throws Exception {
        Trace t = DmaTrace.trace(sample("arm-host-sw-msi-window-x86-guest-conflict.json"), 0x8000000L);
        assertEquals(Outcome.ITS_DOORBELL, t.outcome());
        assertTrue(t.steps().stream().noneMatch(s -> s.outcome() == Outcome.NOTE));
        assertTrue(t.steps().get(2).caption().contains("-22"), t.steps().get(2).caption());
    }

    @Test
    void s390BelowTheDmaWindowIsReserved() throws Exception {
        Trace t = DmaTrace.trace(sample("s390-reserved-below-dma-window.json"), 0x1000L);
        assertEquals(Optional.of(FaultReason.RESERVED), t.faultReason());
    }

    @Test
    void s390PastTheApertureIsBeyondTheAperture() throws Exception {
        Trace t = DmaTrace.trace(sample("s390-reserved-below-dma-window.json"), 0x40000000000L);
        assertEquals(Optional.of(FaultReason.BEYOND_APERTURE), t.faultReason());
        assertTrue(t.finalStep().caption().contains("[0x0, 0x3ffffffffff]"), t.finalStep().caption());
    }

    @Test
    void highestAddressIsTracedWithoutOverflow() throws Exception {
        Trace t = DmaTrace.trace(sample("aarch64-guest-on-amd-host-fails-at-4g.json"), 0xffffffffffffffffL);
        assertEquals(Optional.of(FaultReason.NOT_MAPPED), t.faultReason());
        assertEquals("0xffffffffffffffff", t.steps().get(0).addressText());
    }

    @Test
    void vIommuGuestSaysTheGuestMappingIsNotModelled() throws Exception {
        Scenario s = sample("arm-host-sw-msi-window-arm-guest-its-clean.json");
        s = s.withGuest(s.guest().withViommu(true));
        Trace t = DmaTrace.trace(s, 0x40000000L);
        assertEquals(Outcome.NOTE, t.steps().get(1).outcome());
        assertTrue(t.steps().get(1).caption().contains("not modelled"));
    }
}
