package org.iommuatlas.format.guest;

/** What a recognised QEMU / VFIO / kernel failure line says (REFERENCE §4 and §6.10). */
public enum QemuErrorKind {
    /** {@code vfio_dma_map(...)} / {@code vfio_container_dma_map(...) = <ret> (<text>)}: a DMA map failed. */
    DMA_MAP,
    /** {@code vfio_dma_unmap(...)} / {@code vfio_container_dma_unmap(...) = <ret> (<text>)}. */
    DMA_UNMAP,
    /** {@code Failed to set group container: <text>} (R3 on kernels v6.6+). */
    SET_GROUP_CONTAINER_FAILED,
    /** Intel, kernels before v6.6: {@code Device is ineligible for IOMMU domain attach due to platform RMRR requirement.} */
    RMRR_INELIGIBLE,
    /** Kernel v6.6+: {@code Firmware has requested this device have a 1:1 IOMMU mapping, ...} */
    FIRMWARE_REQUIRES_1TO1,
    /** {@code group <N> is not viable} (R10). */
    GROUP_NOT_VIABLE,
    /** {@code vfio: failed to set iommu for container: Operation not permitted}. */
    SET_IOMMU_FAILED,
    /** {@code vfio_iommu_type1_attach_group: No interrupt remapping support. ...} */
    NO_INTERRUPT_REMAPPING,
    /** {@code vfio_pin_pages_remote: RLIMIT_MEMLOCK (<n>) exceeded}: locked-memory limit, not the layout. */
    MEMLOCK,
    /** {@code VFIO_MAP_DMA: -22}, {@code VFIO_MAP_DMA failed: ...}, {@code IOMMU_IOAS_MAP failed: ...} and unmap twins. */
    LOW_LEVEL,
    /** {@code vfio: DMA mapping failed, unable to continue}: a map failed after start-up and QEMU aborted. */
    DMA_MAPPING_ABORTED,
    /**
     * {@code vfio <BDF>: failed to setup container for group <N>: ...} whose cause is not a message
     * this parser knows (cut off with "…" in a forum post, or worded by an unknown version).
     * Only reported when no recognised message follows it on the same line.
     */
    CONTAINER_SETUP_FAILED,
    /** {@code PCI peer-to-peer transactions on BARs are not supported.}: a {@code ramd} map failed, non-fatal. */
    P2P_NOT_SUPPORTED
}
