package org.iommuatlas.format.host;

/** The host-side text inputs this package reads. */
public enum HostFormat {
    /** One {@code /sys/kernel/iommu_groups/<N>/reserved_regions} file. */
    SYSFS_RESERVED_REGIONS,
    /** A kernel log (dmesg, journalctl -k, syslog). */
    DMESG,
    /** {@code /proc/iomem} read as root. */
    PROC_IOMEM,
    /** {@code iasl -d} dump of the ACPI DMAR table (Intel RMRRs). */
    IASL_DMAR,
    /** {@code iasl -d} dump of the ACPI IVRS table (AMD IVMDs). */
    IASL_IVRS,
    /** {@code iasl -d} dump of the ACPI IORT table (Arm RMRs). */
    IASL_IORT
}
