package org.iommuatlas.analysis;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The wordings of REFERENCE §4 and §6.10, character for character. */
class MessagesTest {
    @Test
    void interruptRemappingLineHasTwoSpacesAfterSupport() {
        assertEquals("vfio_iommu_type1_attach_group: No interrupt remapping support.  Use the module param "
                + "\"allow_unsafe_interrupts\" to enable VFIO IOMMU support on this platform",
                Messages.NO_INTERRUPT_REMAPPING);
    }

    @Test
    void rmrrLineHasTwoSpacesAfterRequirement() {
        assertEquals("vfio-pci 0000:01:00.1: Device is ineligible for IOMMU domain attach due to platform RMRR "
                + "requirement.  Contact your platform vendor.", Messages.rmrrIneligible("vfio-pci", "0000:01:00.1"));
    }

    @Test
    void mapFailureLinesUseUnpaddedLowercaseHexInBothWordings() {
        assertEquals("memory listener initialization failed: Region pc.ram: "
                        + "vfio_dma_map(<container>, 0xc0000, 0x7ff40000, <vaddr>) = -12 (Cannot allocate memory)",
                Messages.mapFailure(QemuWording.VFIO_DMA_MAP, "pc.ram", 0xc0000L, 0x7ff40000L, -12,
                        "Cannot allocate memory"));
        assertEquals("vfio_container_dma_map(<container>, 0xfffffffffff00000, 0x100000, <vaddr>) = -22 "
                        + "(Invalid argument)",
                Messages.mapCall(QemuWording.VFIO_CONTAINER_DMA_MAP, 0xfffffffffff00000L, 0x100000L, -22,
                        "Invalid argument"));
    }

    @Test
    void groupLinesNameDeviceAndGroup() {
        assertEquals("vfio 0000:06:00.0: group 7 is not viable", Messages.groupNotViable("0000:06:00.0", 7));
        assertEquals("0000:01:00.0: PCI peer-to-peer transactions on BARs are not supported.",
                Messages.p2pWarning("0000:01:00.0"));
    }
}
