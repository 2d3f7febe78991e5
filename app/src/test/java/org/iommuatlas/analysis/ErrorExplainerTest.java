package org.iommuatlas.analysis;

import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.HostPlatform;
import org.iommuatlas.model.ReservedType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorExplainerTest {

    @Test
    void invalidArgumentOnTheVirtMapNamesTheMsiWindowWithItsGroup() {
        Explanation e = ErrorExplainer.explain(Fixtures.amdHost(), 0x40000000L, 0x100000000L, -22, "mach-virt.ram");
        assertEquals(ErrorCause.RESERVED_REGION, e.cause());
        assertTrue(e.layoutConflict());
        assertEquals(1, e.hits().size());
        assertEquals(ReservedType.MSI, e.hits().get(0).region().type());
        assertEquals(12, e.hits().get(0).region().group());
        assertEquals(AddressRange.of(0xfee00000L, 0xfeefffffL), e.hits().get(0).overlap());
        assertTrue(e.summary().contains("(group 12)"));
    }

    @Test
    void invalidArgumentOnTheOneTibMapNamesTheHyperTransportRange() {
        Explanation e = ErrorExplainer.explain(Fixtures.amdHost(), 0x100000000L, 0xff80000000L, -22, "pc.ram");
        assertEquals(AddressRange.of(0xfd00000000L, 0xffffffffffL), e.hits().get(0).overlap());
        assertTrue(e.advice().stream().anyMatch(a -> a.contains("relocates RAM above 1 TiB")), e.advice().toString());
    }

    @Test
    void adviceForTheMsiWindowGivesTheRoomLeftAndNoAmdRelocation() {
        // Regression: the AMD 1 TiB advice used to follow every -22, even an aarch64 guest's MSI hit.
        Explanation e = ErrorExplainer.explain(Fixtures.amdHost(), 0x40000000L, 0x100000000L, -22, "mach-virt.ram");
        assertTrue(e.advice().get(0).contains("at most 0xbee00000 bytes (3054 MiB)"), e.advice().toString());
        assertFalse(e.advice().stream().anyMatch(a -> a.contains("1 TiB")), e.advice().toString());
    }

    @Test
    void invalidArgumentBeyondTheApertureSaysSo() {
        HostModel host = HostModel.EMPTY.withAperture(AddressRange.of(0, 0xffffffffffL));
        Explanation e = ErrorExplainer.explain(host, 0x10000000000L, 0x40000000L, -22, "pc.ram");
        assertEquals(ErrorCause.BEYOND_APERTURE, e.cause());
        assertTrue(e.hits().isEmpty());
    }

    @Test
    void invalidArgumentOnAMisalignedMapSaysNotPageAligned() {
        Explanation e = ErrorExplainer.explain(Fixtures.amdHost(), 0xc0800L, 0x1000L, -22, "pc.ram");
        assertEquals(ErrorCause.NOT_PAGE_ALIGNED, e.cause());
        assertFalse(e.layoutConflict());
    }

    @Test
    void invalidArgumentWithNothingToBlameIsUnexplained() {
        Explanation e = ErrorExplainer.explain(Fixtures.amdHost(), 0x0L, 0xa0000L, -22, "pc.ram");
        assertEquals(ErrorCause.UNEXPLAINED_INVALID, e.cause());
    }

    @Test
    void relaxableRegionsAreNotBlamedForInvalidArgument() {
        HostModel host = Fixtures.host(HostPlatform.INTEL,
                Fixtures.region(0x71155000L, 0x71174fffL, ReservedType.DIRECT_RELAXABLE, 9));
        assertEquals(ErrorCause.UNEXPLAINED_INVALID,
                ErrorExplainer.explain(host, 0xc0000L, 0x7ff40000L, -22, "pc.ram").cause());
    }

    @Test
    void cannotAllocateMemoryIsTheLockedMemoryLimitNotTheLayout() {
        // §7(d): vfio_dma_map(..., 0x0, 0xa0000, ...) = -12
        Explanation e = ErrorExplainer.explain(Fixtures.amdHost(), 0x0L, 0xa0000L, -12, "pc.ram");
        assertEquals(ErrorCause.LOCKED_MEMORY_LIMIT, e.cause());
        assertFalse(e.layoutConflict());
        assertTrue(e.summary().contains("vfio_pin_pages_remote: RLIMIT_MEMLOCK (<n>) exceeded"));
        assertTrue(e.advice().stream().anyMatch(a -> a.contains("<locked/>")));
        assertTrue(e.advice().stream().anyMatch(a -> a.contains("ulimit -l")));
    }

    @Test
    void otherErrnosAreClassified() {
        HostModel host = Fixtures.amdHost();
        assertEquals(ErrorCause.ALREADY_MAPPED, ErrorExplainer.explain(host, 0, 0x1000, -17, "pc.ram").cause());
        assertEquals(ErrorCause.DMA_ENTRY_LIMIT, ErrorExplainer.explain(host, 0, 0x1000, -28, "pc.ram").cause());
        Explanation eperm = ErrorExplainer.explain(host, 0, 0x1000, -1, "pc.ram");
        assertEquals(ErrorCause.NOT_PERMITTED, eperm.cause());
        assertTrue(eperm.summary().contains("No interrupt remapping support.  Use the module param"));
        assertEquals(ErrorCause.OTHER, ErrorExplainer.explain(host, 0, 0x1000, -5, "pc.ram").cause());
        // A positive value is read as the errno itself.
        assertEquals(ErrorCause.LOCKED_MEMORY_LIMIT, ErrorExplainer.explain(host, 0, 0x1000, 12, "pc.ram").cause());
    }
}
