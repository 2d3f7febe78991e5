package org.iommuatlas.analysis;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.HostPlatform;
import org.iommuatlas.model.ReservedType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.iommuatlas.analysis.Fixtures.host;
import static org.iommuatlas.analysis.Fixtures.region;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IovaRangesTest {

    @Test
    void type1ListOfTheAmdHostIsTheThreeRangesOfWorkedExampleA() {
        List<AddressRange> usable = IovaRanges.type1(AddressRange.FULL, Fixtures.amdHost().regions());
        assertEquals(List.of(AddressRange.of(0, 0xfedfffffL), AddressRange.of(0xfef00000L, 0xfcffffffffL),
                AddressRange.of(0x10000000000L, Address.MAX)), usable);
    }

    @Test
    void type1ListEndsAtTheApertureEnd() {
        List<AddressRange> usable = IovaRanges.type1(AddressRange.of(0, 0xffffffffffffL), Fixtures.amdHost().regions());
        assertEquals(AddressRange.of(0x10000000000L, 0xffffffffffffL), usable.get(2));
    }

    @Test
    void relaxableRegionsStayUsableInType1() {
        List<AddressRange> usable = IovaRanges.type1(AddressRange.of(0, 0xffffffffL),
                List.of(region(0x71155000L, 0x71174fffL, ReservedType.DIRECT_RELAXABLE, 4)));
        assertEquals(List.of(AddressRange.of(0, 0xffffffffL)), usable);
    }

    @Test
    void anApertureFullyReservedLeavesNothingAndTheAttachFails() {
        List<AddressRange> usable = IovaRanges.type1(AddressRange.of(0x1000, 0x1fff),
                List.of(region(0, 0xffff, ReservedType.RESERVED, 1)));
        assertTrue(usable.isEmpty());
        assertTrue(IovaRanges.type1AttachFails(usable));
        assertFalse(IovaRanges.type1AttachFails(List.of(AddressRange.FULL)));
    }

    @Test
    void overlappingHolesAndAHoleAtTheTopAreCutOnce() {
        List<AddressRange> usable = IovaRanges.subtract(AddressRange.FULL, List.of(
                AddressRange.of(0x2000, 0x5fff), AddressRange.of(0x1000, 0x2fff),
                AddressRange.of(0xfffffffffffff000L, Address.MAX)));
        assertEquals(List.of(AddressRange.of(0, 0xfff), AddressRange.of(0x6000, 0xffffffffffffefffL)), usable);
    }

    @Test
    void iommufdReservesOnlyTheDevicesOwnNonRelaxableRegions() {
        HostModel host = host(HostPlatform.INTEL,
                region(0xfee00000L, 0xfeefffffL, ReservedType.MSI, 9, "0000:00:14.0", "0000:00:14.2"),
                region(0x71155000L, 0x71174fffL, ReservedType.DIRECT_RELAXABLE, 9, "0000:00:14.0"),
                region(0x80000000L, 0x80000fffL, ReservedType.DIRECT, 9, "0000:00:14.2"))
                .withAperture(AddressRange.of(0, 0xffffffffffL));
        assertEquals(List.of(AddressRange.of(0, 0xfedfffffL), AddressRange.of(0xfef00000L, 0xffffffffffL)),
                IovaRanges.iommufd(host, "0000:00:14.0"));
        assertEquals(List.of(AddressRange.of(0, 0x7fffffffL), AddressRange.of(0x80001000L, 0xfedfffffL),
                AddressRange.of(0xfef00000L, 0xffffffffffL)), IovaRanges.iommufd(host, "0000:00:14.2"));
    }
}
