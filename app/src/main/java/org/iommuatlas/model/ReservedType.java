package org.iommuatlas.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The kernel's {@code enum iommu_resv_type}, in declaration order (the order the kernel sorts
 * equal starts by), with the word sysfs prints and what VFIO does with each.
 */
public enum ReservedType {
    /** IOMMU_RESV_DIRECT: identity map that must stay; makes the device unassignable (v6.6+). */
    DIRECT("direct"),
    /** IOMMU_RESV_DIRECT_RELAXABLE: identity map in the host domain only; dropped while assigned. */
    DIRECT_RELAXABLE("direct-relaxable"),
    /** IOMMU_RESV_RESERVED: never map, never hand to a device. */
    RESERVED("reserved"),
    /** IOMMU_RESV_MSI: hardware MSI window, not translated (x86 0xfee00000). */
    MSI("msi"),
    /** IOMMU_RESV_SW_MSI: window where the kernel maps the MSI doorbell; sysfs prints it as {@code msi}. */
    SW_MSI("sw-msi");

    private final String word;

    ReservedType(String word) {
        this.word = word;
    }

    /** The word this type is known by; for SW_MSI sysfs actually prints {@code msi}. */
    public String word() {
        return word;
    }

    /** The word sysfs prints for this type: SW_MSI reads as {@code msi}. */
    public String sysfsWord() {
        return this == SW_MSI ? "msi" : word;
    }

    /** VFIO type1 and iommufd cut every type but direct-relaxable out of the usable IOVA space. */
    public boolean excludedFromIova() {
        return this != DIRECT_RELAXABLE;
    }

    /** Firmware asks for IOVA == HPA over the range. */
    public boolean isIdentityMap() {
        return this == DIRECT || this == DIRECT_RELAXABLE;
    }

    public boolean isMsi() {
        return this == MSI || this == SW_MSI;
    }

    /** Looks up a sysfs / display word ({@code direct}, {@code sw-msi}, ...), case-insensitively. */
    public static Optional<ReservedType> fromWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (ReservedType t : values()) {
            if (t.word.equals(w)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
