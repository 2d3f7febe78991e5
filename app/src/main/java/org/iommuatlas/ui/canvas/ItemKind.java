package org.iommuatlas.ui.canvas;

/**
 * How each kind of range looks. Colour comes from the theme palette ({@code -atlas-<colour>});
 * the pattern and the short tag are the second cue, so the picture reads in grey print and for
 * colour-blind readers as well.
 */
public enum ItemKind {
    RAM_BANK("Guest RAM bank (drag to move, edges to resize)", "ram", "ram-fill", Pattern.NONE, "RAM"),
    GUEST_FIXED("Guest fixed region (ROM, MMIO, PCI, GIC)", "guest-fixed", "guest-fixed-fill", Pattern.DOTS, ""),
    DMA_MAP("DMA map QEMU issues (IOVA = GPA)", "map", "map-fill", Pattern.NONE, "MAP"),
    DMA_MAP_FAILING("DMA map the kernel refuses (-22)", "conflict", "map-fill", Pattern.HATCH, "FAIL"),
    MSI("msi: MSI window (interrupt remapping)", "msi", "msi", Pattern.VERTICAL, "MSI"),
    SW_MSI("msi (SW window): kernel maps the ITS doorbell", "msi", "msi", Pattern.DASHED, "SW-MSI"),
    RESERVED("reserved: never mapped", "reserved", "reserved", Pattern.CROSS_HATCH, "RSV"),
    DIRECT("direct: firmware identity map, blocks assignment", "direct", "direct", Pattern.NONE, "DIRECT"),
    DIRECT_RELAXABLE("direct-relaxable: identity map dropped while assigned", "relaxable", "relaxable",
            Pattern.HATCH, "RELAX"),
    HOST_RAM("Host System RAM (guest pages pinned here, scattered)", "host-ram", "host-ram-fill", Pattern.NONE, ""),
    HOST_OTHER("Host firmware / MMIO range", "guest-fixed", "host-other-fill", Pattern.DOTS, "");

    /** Fill patterns drawn over the base colour. */
    public enum Pattern { NONE, HATCH, CROSS_HATCH, DOTS, VERTICAL, DASHED }

    private final String description;
    private final String stroke;
    private final String fill;
    private final Pattern pattern;
    private final String tag;

    ItemKind(String description, String stroke, String fill, Pattern pattern, String tag) {
        this.description = description;
        this.stroke = stroke;
        this.fill = fill;
        this.pattern = pattern;
        this.tag = tag;
    }

    public String description() {
        return description;
    }

    public String strokeColour() {
        return stroke;
    }

    public String fillColour() {
        return fill;
    }

    public Pattern pattern() {
        return pattern;
    }

    public String tag() {
        return tag;
    }

    /** Types whose fill is a translucent wash of the stroke colour rather than a solid tint. */
    public boolean washed() {
        return fill.equals(stroke);
    }
}
