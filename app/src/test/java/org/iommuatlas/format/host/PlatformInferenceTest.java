package org.iommuatlas.format.host;

import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.HostPlatform;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlatformInferenceTest {
    private static HostReadout sysfs(String text, int group) throws ParseException {
        return SysfsReservedRegionsParser.parse("rr", text, group);
    }

    @Test
    void theX86MsiWindowWithTheHyperTransportRangeMeansAmd() throws ParseException {
        // REFERENCE §7(a): the x86 host of the aarch64 guest.
        HostReadout r = PlatformInference.apply(sysfs("""
                0x00000000fee00000 0x00000000feefffff msi
                0x000000fd00000000 0x000000ffffffffff reserved
                """, 28));
        assertEquals(HostPlatform.AMD, r.host().platform());
        assertTrue(r.warnings().get(0).contains("AMD-Vi"), r.warnings().toString());
        assertEquals(ReservedType.MSI, r.host().regions().get(0).type());
    }

    @Test
    void theX86MsiWindowAloneIsTakenAsIntelWithACaveat() throws ParseException {
        HostReadout r = PlatformInference.apply(sysfs(HostTestFiles.read("hp_microserver_group1_reserved_regions"), 1));
        assertEquals(HostPlatform.INTEL, r.host().platform());
        assertTrue(r.warnings().get(0).contains("HT-range-ignore"), r.warnings().toString());
    }

    @Test
    void theArmWindowAloneMeansArmAndIsRelabelledSoftwareMsiKeepingTheReportedWord() throws ParseException {
        HostReadout r = PlatformInference.apply(sysfs("0x0000000008000000 0x00000000080fffff msi\n", 3));
        assertEquals(HostPlatform.ARM_SMMU, r.host().platform());
        ReservedRegion window = r.host().regions().get(0);
        assertEquals(ReservedType.SW_MSI, window.type());
        assertEquals("msi", window.reportedAs());
        assertTrue(window.typeInferred());
    }

    @Test
    void anArmHostKeepsItsHardwareItsMsiAndRelabelsOnlyTheExactWindow() throws ParseException {
        HostReadout given = sysfs("""
                0x0000000008000000 0x00000000080fffff msi
                0x0000000008000000 0x00000000081fffff msi
                0x00000000202f0000 0x00000000202fffff msi
                """, 5);
        HostReadout arm = PlatformInference.apply(given.withHost(given.host().withPlatform(HostPlatform.ARM_SMMU)));
        List<ReservedType> types = arm.host().regions().stream().map(ReservedRegion::type).toList();
        assertEquals(List.of(ReservedType.SW_MSI, ReservedType.MSI, ReservedType.MSI), types);
        assertEquals(3, arm.host().regions().size(), "regions are never merged");
    }

    @Test
    void aGroupThatAlsoListsTheX86WindowKeepsTheArmWindowAsReported() throws ParseException {
        List<ReservedRegion> regions = new ArrayList<>();
        regions.addAll(sysfs("""
                0x0000000008000000 0x00000000080fffff msi
                0x00000000fee00000 0x00000000feefffff msi
                """, 1).host().regions());
        regions.addAll(sysfs("0x0000000008000000 0x00000000080fffff msi\n", 2).host().regions());
        HostModel host = HostModel.EMPTY.withPlatform(HostPlatform.VIRTIO_IOMMU).withRegions(regions);
        HostReadout r = PlatformInference.apply(HostReadout.of(host));
        assertEquals(ReservedType.MSI, r.host().regions().get(0).type(), "group 1 lists both windows");
        assertEquals(ReservedType.SW_MSI, r.host().regions().get(2).type(), "group 2 lists only the Arm window");
        assertEquals(HostPlatform.VIRTIO_IOMMU, r.host().platform());
    }

    @Test
    void aKnownX86PlatformNeverRelabels() throws ParseException {
        HostReadout given = sysfs("0x0000000008000000 0x00000000080fffff msi\n", 1);
        HostReadout r = PlatformInference.apply(given.withHost(given.host().withPlatform(HostPlatform.INTEL)));
        assertEquals(ReservedType.MSI, r.host().regions().get(0).type());
        assertEquals(HostPlatform.INTEL, r.host().platform());
    }

    @Test
    void regionsWithoutAnyMsiWindowLeaveThePlatformUnknown() throws ParseException {
        HostReadout r = PlatformInference.apply(sysfs("0x00000000000e8000 0x00000000000e8fff direct\n", 1));
        assertEquals(HostPlatform.UNKNOWN, r.host().platform());
        assertTrue(r.warnings().isEmpty());
    }
}
