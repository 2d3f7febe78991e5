package org.iommuatlas.analysis;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.HostDevice;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.HostPlatform;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.iommuatlas.analysis.Fixtures.host;
import static org.iommuatlas.analysis.Fixtures.region;
import static org.junit.jupiter.api.Assertions.assertEquals;

class GroupRegionsTest {

    @Test
    void sameTypeRegionsMergeWhenTheyAbut() {
        List<ReservedRegion> merged = GroupRegions.merge(List.of(
                region(0xe9000L, 0xe9fffL, ReservedType.DIRECT, 5, "0000:00:1f.0"),
                region(0xe8000L, 0xe8fffL, ReservedType.DIRECT, 5, "0000:00:1d.0")));
        assertEquals(1, merged.size());
        assertEquals(0xe8000L, merged.get(0).start());
        assertEquals(0xe9fffL, merged.get(0).last());
        assertEquals(List.of("0000:00:1d.0", "0000:00:1f.0"), merged.get(0).devices());
    }

    @Test
    void sameTypeRegionsMergeWhenTheyOverlapAndKeepTheLargerEnd() {
        List<ReservedRegion> merged = GroupRegions.merge(List.of(
                region(0x1000, 0x8fff, ReservedType.RESERVED, 1),
                region(0x2000, 0x2fff, ReservedType.RESERVED, 1)));
        assertEquals(List.of(region(0x1000, 0x8fff, ReservedType.RESERVED, 1)), merged);
    }

    @Test
    void regionsWithAGapStaySeparate() {
        List<ReservedRegion> merged = GroupRegions.merge(List.of(
                region(0xe8000L, 0xe8fffL, ReservedType.DIRECT, 5),
                region(0xf4000L, 0xf4fffL, ReservedType.DIRECT, 5)));
        assertEquals(2, merged.size());
    }

    @Test
    void differentTypesNeverMergeAndEqualStartsSortByTypeEnum() {
        // The same RMRR reported direct for one device and direct-relaxable for a USB device.
        ReservedRegion relaxable = region(0xbdf7f000L, 0xbdf8efffL, ReservedType.DIRECT_RELAXABLE, 7);
        ReservedRegion direct = region(0xbdf7f000L, 0xbdf8efffL, ReservedType.DIRECT, 7);
        assertEquals(List.of(direct, relaxable), GroupRegions.merge(List.of(relaxable, direct)));
    }

    @Test
    void aRegionEndingAtTheTopMergesWithoutWrapping() {
        List<ReservedRegion> merged = GroupRegions.merge(List.of(
                region(0xfffffffffffff000L, Address.MAX, ReservedType.RESERVED, 1),
                region(0xffffffffffffe000L, 0xffffffffffffefffL, ReservedType.RESERVED, 1),
                region(0, 0xfff, ReservedType.RESERVED, 1)));
        assertEquals(List.of(region(0, 0xfff, ReservedType.RESERVED, 1),
                region(0xffffffffffffe000L, Address.MAX, ReservedType.RESERVED, 1)), merged);
    }

    @Test
    void containerTakesOnlyTheAssignedDevicesGroups() {
        HostModel host = host(HostPlatform.INTEL,
                region(0xfee00000L, 0xfeefffffL, ReservedType.MSI, 1),
                region(0xe8000L, 0xe8fffL, ReservedType.DIRECT, 2),
                region(0xc0000000L, 0xc0000fffL, ReservedType.RESERVED, ReservedRegion.NO_GROUP))
                .withDevices(List.of(HostDevice.of("0000:01:00.0", 1), HostDevice.of("0000:00:14.0", 2)));
        List<ReservedRegion> one = ContainerRegions.of(host, List.of("0000:01:00.0"));
        assertEquals(List.of(0xc0000000L, 0xfee00000L), one.stream().map(ReservedRegion::start).toList());
        assertEquals(3, ContainerRegions.of(host, List.of()).size());
        // A device whose group is unknown: every group counts.
        assertEquals(3, ContainerRegions.of(host, List.of("0000:09:00.0")).size());
    }

    @Test
    void containerUnionKeepsEachGroupsRegionsSeparate() {
        HostModel host = host(HostPlatform.AMD,
                region(0xfee00000L, 0xfeefffffL, ReservedType.MSI, 1),
                region(0xfee00000L, 0xfeefffffL, ReservedType.MSI, 2));
        assertEquals(2, ContainerRegions.of(host, List.of()).size());
    }
}
