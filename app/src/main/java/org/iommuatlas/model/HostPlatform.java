package org.iommuatlas.model;

/** The host IOMMU family, which decides what the kernel reports (REFERENCE §3). */
public enum HostPlatform {
    INTEL("Intel VT-d"),
    AMD("AMD-Vi"),
    ARM_SMMU("Arm SMMU"),
    VIRTIO_IOMMU("virtio-iommu"),
    S390("s390"),
    UNKNOWN("unknown");

    private final String label;

    HostPlatform(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
