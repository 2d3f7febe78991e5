package org.iommuatlas.format.host;

import org.iommuatlas.model.HostPlatform;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.ReservedType;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HostInputsTest {
    @Test
    void sniffRecognisesEachFormatFromItsContent() {
        assertEquals(Optional.of(HostFormat.SYSFS_RESERVED_REGIONS),
                HostInputs.sniff("\n" + HostTestFiles.read("hp_microserver_group1_reserved_regions")));
        assertEquals(Optional.of(HostFormat.PROC_IOMEM), HostInputs.sniff(HostTestFiles.read("iomem_root.txt")));
        assertEquals(Optional.of(HostFormat.PROC_IOMEM), HostInputs.sniff(HostTestFiles.read("iomem_nonroot.txt")));
        assertEquals(Optional.of(HostFormat.DMESG), HostInputs.sniff(HostTestFiles.read("intel_boot_dmesg.txt")));
        assertEquals(Optional.of(HostFormat.DMESG), HostInputs.sniff(HostTestFiles.read("amd_journal_2025_e820.txt")));
        assertEquals(Optional.of(HostFormat.DMESG), HostInputs.sniff(HostTestFiles.read("rmrr_whitepaper_dmesg.txt")));
        assertEquals(Optional.of(HostFormat.IASL_DMAR), HostInputs.sniff(HostTestFiles.read("dmar_two_rmrr.dsl")));
        assertEquals(Optional.of(HostFormat.IASL_DMAR), HostInputs.sniff(HostTestFiles.read("dmar_bridge_old_iasl.dsl")));
        assertEquals(Optional.of(HostFormat.IASL_IVRS), HostInputs.sniff(HostTestFiles.read("ivrs_ivmd.dsl")));
        assertEquals(Optional.of(HostFormat.IASL_IORT), HostInputs.sniff(HostTestFiles.read("iort_rmr.dsl")));
    }

    @Test
    void sniffGivesNothingForOtherText() {
        assertEquals(Optional.empty(), HostInputs.sniff(""));
        assertEquals(Optional.empty(), HostInputs.sniff("  \n\n"));
        assertEquals(Optional.empty(), HostInputs.sniff("<domain type='kvm'>\n  <name>guest</name>\n"));
        assertEquals(Optional.empty(), HostInputs.sniff(
                "[000h 0000 004h]                   Signature : \"MCFG\"    [Memory Mapped Configuration Table]\n"));
    }

    @Test
    void parseDispatchesAndInfersThePlatformOfASysfsFile() throws ParseException {
        HostReadout r = HostInputs.parse(HostFormat.SYSFS_RESERVED_REGIONS, "pasted", """
                0x00000000fee00000 0x00000000feefffff msi
                0x000000fd00000000 0x000000ffffffffff reserved
                """);
        assertEquals(HostPlatform.AMD, r.host().platform());
        assertEquals(2, r.host().regions().size());
    }

    @Test
    void parseOfAnArmSysfsFileRelabelsTheSoftwareMsiWindow() throws ParseException {
        HostReadout r = HostInputs.parse(HostFormat.SYSFS_RESERVED_REGIONS, "pasted",
                "0x0000000008000000 0x00000000080fffff msi\n");
        assertEquals(ReservedType.SW_MSI, r.host().regions().get(0).type());
        assertEquals("msi", r.host().regions().get(0).reportedAs());
    }

    @Test
    void everyFormatParsesItsOwnSample() throws ParseException {
        assertEquals(12, HostInputs.parse(HostFormat.DMESG, "d", HostTestFiles.read("rmrr_whitepaper_dmesg.txt"))
                .host().regions().size());
        assertEquals(28, HostInputs.parse(HostFormat.PROC_IOMEM, "i", HostTestFiles.read("iomem_root.txt"))
                .host().memory().size());
        assertEquals(2, HostInputs.parse(HostFormat.IASL_DMAR, "d", HostTestFiles.read("dmar_two_rmrr.dsl"))
                .host().regions().size());
        assertEquals(3, HostInputs.parse(HostFormat.IASL_IVRS, "v", HostTestFiles.read("ivrs_ivmd.dsl"))
                .host().regions().size());
        HostReadout iort = HostInputs.parse(HostFormat.IASL_IORT, "o", HostTestFiles.read("iort_rmr.dsl"));
        assertEquals(HostPlatform.ARM_SMMU, iort.host().platform());
        assertTrue(iort.host().regions().stream().noneMatch(x -> x.type() == ReservedType.SW_MSI));
    }
}
