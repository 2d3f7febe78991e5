package org.iommuatlas.trace;

/** Why a traced DMA faults. */
public enum FaultReason {
    /** The IOVA lies in a reserved region of the container: VFIO never maps it. */
    RESERVED("the IOVA is reserved"),
    /** No DMA map of QEMU covers the IOVA, so the IOMMU page tables have no entry for it. */
    NOT_MAPPED("not mapped by any DMA map"),
    /** The IOVA lies outside the IOMMU aperture. */
    BEYOND_APERTURE("beyond the IOMMU aperture"),
    /** The device cannot be assigned at all, so no DMA from the guest is ever issued. */
    UNASSIGNABLE("the device cannot be assigned");

    private final String text;

    FaultReason(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
