package org.iommuatlas.analysis;

/**
 * Which host kernel refuses identity-mapped devices, and how (REFERENCE §2.5). The two behaviours
 * print different lines; when the kernel is not known both are reported.
 */
public enum KernelGeneration {
    /** Not known: R3 reports both the v6.6+ and the Intel pre-6.6 wording. */
    UNKNOWN,
    /** v6.6 and later: the core refuses RESV_DIRECT devices with -EINVAL (any IOMMU vendor). */
    V6_6_OR_LATER,
    /** Before v6.6: only Intel refuses devices with a non-relaxable RMRR, with -EPERM. */
    BEFORE_6_6
}
