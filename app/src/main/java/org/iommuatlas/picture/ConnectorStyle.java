package org.iommuatlas.picture;

import java.util.Locale;

/** How a connector between two lanes looks, and what it means in the legend. */
public enum ConnectorStyle {
    GPA_TO_IOVA("GPA to IOVA", false, "QEMU maps the guest RAM section at IOVA = GPA"),
    IDENTITY("identity map", false, "firmware requires IOVA = HPA here"),
    IDENTITY_RELAXABLE("relaxable identity", true, "identity map dropped while assigned"),
    MSI_TO_REMAPPER("MSI to interrupt remapper", false, "device MSI writes are interrupts, not memory"),
    SW_MSI_TO_ITS("MSI window to ITS", true, "the kernel maps the ITS doorbell into this window"),
    RAM_BACKING("RAM backing (scattered)", true, "pinned pages scattered over host System RAM, not one block"),
    FAILED("failed mapping", true, "this mapping cannot be made");

    private final String legendName;
    private final boolean dashed;
    private final String meaning;

    ConnectorStyle(String legendName, boolean dashed, String meaning) {
        this.legendName = legendName;
        this.dashed = dashed;
        this.meaning = meaning;
    }

    /** Palette name, e.g. {@code -atlas-link-identity-relaxable}. */
    public String paletteKey() {
        return "-atlas-link-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the band's edges are drawn dashed (relaxable, scattered, failed). */
    public boolean dashed() {
        return dashed;
    }

    public String legendName() {
        return legendName;
    }

    public String meaning() {
        return meaning;
    }
}
