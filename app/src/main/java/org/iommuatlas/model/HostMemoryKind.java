package org.iommuatlas.model;

/** What a host physical range is, as e820 or /proc/iomem name it. */
public enum HostMemoryKind {
    SYSTEM_RAM,
    RESERVED,
    ACPI,
    PCI_WINDOW,
    LAPIC,
    IOAPIC,
    IOMMU_UNIT,
    ROM,
    PERSISTENT,
    OTHER
}
