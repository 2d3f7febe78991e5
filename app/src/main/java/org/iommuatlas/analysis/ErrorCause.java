package org.iommuatlas.analysis;

/** Why a QEMU DMA map (or attach) failed, as far as the host data can tell. */
public enum ErrorCause {
    /** -22: the range meets a reserved region of the host. */
    RESERVED_REGION,
    /** -22: the range leaves the IOMMU aperture / address width (or wraps past 2^64). */
    BEYOND_APERTURE,
    /** -22: iova or size is not a multiple of the IOMMU page size (or size is 0). */
    NOT_PAGE_ALIGNED,
    /** -22 with nothing in the loaded host data to explain it. */
    UNEXPLAINED_INVALID,
    /** -12: the locked-memory limit, not the layout. */
    LOCKED_MEMORY_LIMIT,
    /** -17: the range is already mapped. */
    ALREADY_MAPPED,
    /** -28: the container's dma_entry_limit is used up. */
    DMA_ENTRY_LIMIT,
    /** -1: no interrupt remapping (or an Intel pre-6.6 RMRR refusal). */
    NOT_PERMITTED,
    /** Any other errno. */
    OTHER
}
