package org.iommuatlas.model;

/** What a fixed (non-RAM-bank) piece of the guest-physical map is. */
public enum GuestRegionKind {
    ROM,
    FLASH,
    MMIO,
    /** LAPIC, IOAPIC, GIC distributor/redistributors, ITS: never RAM, never DMA-mapped. */
    INTERRUPT_CONTROLLER,
    PCI_WINDOW,
    PCI_ECAM,
    /** Guest e820 reserved ranges (q35 MMCONFIG, the AMD HT hole advertised to the guest). */
    RESERVED,
    /** Hotplug device memory (DIMM slots): reserved for RAM added later. */
    DEVICE_MEMORY,
    /** Device RAM such as an assigned device's BAR mmap: DMA-mapped for peer-to-peer. */
    RAM_DEVICE
}
