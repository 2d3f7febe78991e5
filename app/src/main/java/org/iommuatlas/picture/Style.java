package org.iommuatlas.picture;

import java.util.Locale;

/**
 * Every look an item can have. Each style has a palette colour ({@link #paletteKey()}, defined
 * once in the theme CSS), a pattern and a short tag as second cues, a tier that decides its
 * sub-column inside a lane, and the name and meaning shown in the legend.
 */
public enum Style {
    DIRECT("direct", Pattern.SOLID, "D", Tier.CONSTRAINT,
            "identity map (IOVA = HPA) that must stay; blocks assignment"),
    DIRECT_RELAXABLE("direct-relaxable", Pattern.HATCH_FORWARD, "d", Tier.CONSTRAINT,
            "identity map dropped while the device is assigned"),
    RESERVED("reserved", Pattern.CROSS_HATCH, "R", Tier.CONSTRAINT,
            "never mapped; a DMA map here fails with -22"),
    MSI("msi", Pattern.SOLID, "M", Tier.CONSTRAINT,
            "hardware MSI window, not translated; no DMA map may cover it"),
    SW_MSI("sw-msi", Pattern.DASHED_OUTLINE, "S", Tier.CONSTRAINT,
            "software MSI window where the kernel maps the ITS doorbell"),
    ITS_PAGE("ITS doorbell", Pattern.DOTS, "I", Tier.CONSTRAINT,
            "GIC ITS translation page the MSI window points at"),
    INTERRUPT_REMAP("interrupt remapping", Pattern.SOLID, "IR", Tier.CONSTRAINT,
            "x86 MSI writes go to the interrupt remapper, not to memory"),
    RAM_BANK("RAM bank", Pattern.SOLID, "RAM", Tier.BASE,
            "guest RAM; can be moved and resized"),
    RAM_BANK_SELECTED("RAM bank (selected)", Pattern.SOLID, "RAM", Tier.BASE,
            "the RAM bank being edited"),
    ROM("ROM / flash", Pattern.HATCH_BACKWARD, "ROM", Tier.BASE,
            "read-only firmware memory"),
    MMIO("MMIO", Pattern.HATCH_BACKWARD, "IO", Tier.BASE,
            "device registers; never RAM, not DMA-mapped"),
    INTERRUPT_CONTROLLER("interrupt controller", Pattern.DOTS, "IC", Tier.BASE,
            "LAPIC, IOAPIC or GIC registers"),
    PCI_WINDOW("PCI window", Pattern.DASHED_OUTLINE, "PCI", Tier.BASE,
            "address window for PCI BARs"),
    HOST_RAM("host System RAM", Pattern.SOLID, "RAM", Tier.BASE,
            "host memory; pinned guest pages lie scattered in it"),
    HOST_RESERVED("host reserved", Pattern.HATCH_BACKWARD, "r", Tier.BASE,
            "firmware-reserved host range (e820 / iomem)"),
    DMA_MAP("DMA map", Pattern.SOLID, "MAP", Tier.BASE,
            "one VFIO DMA map QEMU issues (IOVA = GPA without vIOMMU)"),
    FAILED_MAP("failing DMA map", Pattern.HATCH_FORWARD, "MAP!", Tier.BASE,
            "the DMA map the kernel refuses (vfio_dma_map = -22)"),
    CONFLICT("conflict", Pattern.CROSS_HATCH, "!", Tier.OVERLAY,
            "overlap that makes the DMA map fail"),
    CAUTION("caution", Pattern.HATCH_FORWARD, "?", Tier.OVERLAY,
            "overlap that works but loses something (e.g. a relaxable identity map)");

    /** Where an item sits across its lane. */
    public enum Tier {
        /** What exists or is mapped (RAM, DMA maps, windows): left sub-columns. */
        BASE,
        /** What the host forbids or reserves: right sub-columns, beside what it constrains. */
        CONSTRAINT,
        /** Highlights: across the whole lane, over everything. */
        OVERLAY
    }

    private final String legendName;
    private final Pattern pattern;
    private final String tag;
    private final Tier tier;
    private final String meaning;

    Style(String legendName, Pattern pattern, String tag, Tier tier, String meaning) {
        this.legendName = legendName;
        this.pattern = pattern;
        this.tag = tag;
        this.tier = tier;
        this.meaning = meaning;
    }

    /** The looked-up colour name on {@code .root} in the theme CSS, e.g. {@code -atlas-direct-relaxable}. */
    public String paletteKey() {
        return "-atlas-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Pattern pattern() {
        return pattern;
    }

    /** A short tag drawn in the item's corner (second cue besides colour and pattern). */
    public String tag() {
        return tag;
    }

    public Tier tier() {
        return tier;
    }

    public String legendName() {
        return legendName;
    }

    public String meaning() {
        return meaning;
    }
}
