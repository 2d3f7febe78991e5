package org.iommuatlas.model;

import java.util.Objects;

/**
 * A host PCI (or platform) device: its name ({@code 0000:01:00.0}), IOMMU group, bound driver
 * (null when unknown, empty when none) and PCI class code (-1 when unknown).
 */
public record HostDevice(String name, int group, String driver, int pciClass) {
    public static final int UNKNOWN_CLASS = -1;

    public HostDevice {
        Objects.requireNonNull(name, "name");
    }

    public static HostDevice of(String name, int group) {
        return new HostDevice(name, group, null, UNKNOWN_CLASS);
    }

    /** USB controllers (0x0c03xx) and displays (0x03xxxx) get relaxable RMRRs on Intel. */
    public boolean isUsbOrDisplay() {
        return pciClass != UNKNOWN_CLASS && ((pciClass >> 8) == 0x0c03 || (pciClass >> 16) == 0x03);
    }

    public boolean boundToVfio() {
        return "vfio-pci".equals(driver);
    }
}
