package org.iommuatlas.format.guest;

import java.util.Locale;

/**
 * The type word QEMU prints in {@code (prio <n>, <type>)}: what kind of memory a region is, and so
 * whether VFIO DMA-maps it ({@code ram}, {@code rom}, {@code ramd}) or not.
 */
public enum MtreeRegionType {
    RAM, ROM, ROMD, RAMD, IO, CONTAINER,
    /** 2013-era QEMU printed access flags ({@code RW}, {@code R-}) instead of a type word. */
    LEGACY_FLAGS;

    /** Reads a type word without its {@code nv-} prefix; null when the word is not one QEMU prints. */
    static MtreeRegionType fromWord(String word) {
        switch (word.toLowerCase(Locale.ROOT)) {
            case "ram":
                return RAM;
            case "rom":
                return ROM;
            case "romd":
                return ROMD;
            case "ramd":
                return RAMD;
            case "i/o":
                return IO;
            case "container":
                return CONTAINER;
            case "rw":
            case "r-":
            case "-w":
            case "--":
                return LEGACY_FLAGS;
            default:
                return null;
        }
    }

    /** Sections of this type hold memory QEMU's VFIO listener maps. */
    public boolean isMemory() {
        return this == RAM || this == ROM || this == RAMD || this == ROMD;
    }
}
