package org.iommuatlas.analysis;

/** The conflict rules of REFERENCE §4, plus the two checks that are not about one DMA map. */
public enum Rule {
    /** A DMA map overlaps a direct, reserved or msi region: MAP_DMA -EINVAL. */
    R1("DMA map overlaps a reserved region"),
    /** A DMA map overlaps a direct-relaxable region: allowed, the identity map is lost while assigned. */
    R2("DMA map overlaps a relaxable identity map"),
    /** The group has a non-relaxable identity map: the device cannot be assigned at all. */
    R3("group requires a 1:1 identity map"),
    /** Hot-add: existing maps collide with the new group's regions or aperture. */
    R4("hot-added group conflicts with existing maps"),
    /** A DMA map lies beyond the IOMMU aperture or the physical address width. */
    R5("DMA map beyond the aperture or address width"),
    /** A DMA map reaches the AMD HyperTransport reserved range. */
    R6("DMA map reaches the AMD HyperTransport range"),
    /** A DMA map covers the x86 MSI / interrupt-remapping window. */
    R7("DMA map covers the x86 MSI window"),
    /** A DMA map covers the Arm SMMU software MSI window. */
    R8("DMA map covers the Arm SW_MSI window"),
    /** An Intel RMRR below 4 GiB falls inside the guest's low RAM. */
    R9("Intel RMRR inside guest low RAM"),
    /** Another device of the group is bound to a non-VFIO driver. */
    R10("group not viable"),
    /** Devices in different groups share identity-mapped memory, so they are not isolated from each other. */
    ISOLATION("shared identity map across groups"),
    /** Two guest RAM banks overlap each other. */
    GUEST_OVERLAP("guest RAM banks overlap");

    private final String title;

    Rule(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
