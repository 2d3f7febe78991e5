package org.iommuatlas.format.guest;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.GuestArch;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.GuestRegion;
import org.iommuatlas.model.GuestRegionKind;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.SourceRef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns the {@code memory} address space of an mtree readout into a {@link GuestLayout}.
 *
 * <ul>
 *   <li>Source: the flat view whose AS is {@code memory} when present (it is exactly what VFIO's
 *       listener walks), else the tree rendered by {@link FlatViewRenderer}.</li>
 *   <li>{@code ram}: one {@link RamBank} per run of one memory region placed by one mapping
 *       (pieces whose {@code start - offset} agree). A run may skip over {@code i/o} overlays
 *       that sit on top of it, such as {@code vga-lowmem} at 0xa0000 inside {@code ram-below-4g}:
 *       the bank spans them and the overlay becomes a region with {@code carvesRam}, which is how
 *       the model and the DMA planner describe "RAM minus overlay".</li>
 *   <li>{@code ramd} (device RAM, e.g. a BAR mmap): {@code RAM_DEVICE}, DMA-mapped.</li>
 *   <li>{@code rom}: {@code ROM}, DMA-mapped read-only.</li>
 *   <li>{@code romd} (pflash in ROMD mode): {@code FLASH}, not DMA-mapped; whether QEMU maps
 *       {@code romd} sections is UNVERIFIED (REFERENCE §5.8).</li>
 *   <li>{@code i/o}: interrupt controllers by name (apic, ioapic, gic, its), PCI ECAM
 *       (ecam, mmcfg), PCI windows (pci/pcie mmio, hole), anything else MMIO.</li>
 * </ul>
 * Bank ids are {@code <region>@<hex start>}, unique because starts differ. Sections with bit 63
 * set (QEMU's spurious 64-bit BAR sizing) are kept as regions but never marked DMA-mapped, as
 * the listener skips them.
 */
final class MtreeLayoutBuilder {
    private static final Pattern INTERRUPT_CONTROLLER = Pattern.compile("(?i).*(apic|gic|(^|[^a-z])its([^a-z]|$)).*");
    private static final Pattern PCI_ECAM = Pattern.compile("(?i).*(ecam|mmcfg).*");
    private static final Pattern PCI_WINDOW = Pattern.compile("(?i).*pcie?[-_ .]?(mmio|hole|window|mem).*");
    private static final long BIT63 = 1L << 63;

    private MtreeLayoutBuilder() {
    }

    static GuestLayout build(MtreeReadout readout) throws ParseException {
        List<FlatSection> sections;
        List<GuestRegion> windows = new ArrayList<>();
        var flat = readout.flatView("memory");
        var tree = readout.tree("memory");
        if (flat.isPresent()) {
            sections = fromFlatView(flat.get());
        } else if (tree.isPresent()) {
            sections = FlatViewRenderer.render(readout, tree.get());
            windows = pciWindowsOf(readout, tree.get());
        } else {
            boolean emptyFlat = readout.blocks().stream()
                    .anyMatch(b -> b.kind() == MtreeBlock.Kind.FLAT_VIEW && b.isFor("memory"));
            throw new ParseException(readout.file(), 0, emptyFlat
                    ? "the flat view of address space \"memory\" says 'No rendered FlatView' and there is no tree to"
                      + " fall back on; run 'info mtree -f' once the guest is running"
                    : "no address space named \"memory\" found (address spaces seen: " + addressSpaceNames(readout)
                      + "); expected 'address-space: memory' or ' AS \"memory\"' under a 'FlatView #' header");
        }
        return layout(readout.file(), merge(sections), windows);
    }

    private static List<FlatSection> fromFlatView(MtreeBlock flat) {
        List<FlatSection> sections = new ArrayList<>();
        for (MtreeEntry e : flat.entries()) {
            if (e.overflow() || Address.lessThan(e.last(), e.start())) {
                continue;
            }
            sections.add(new FlatSection(e.start(), e.last(), e.type(), e.name(), e.offsetInRegion(), e.line()));
        }
        sections.sort(Comparator.comparing(FlatSection::start, Long::compareUnsigned));
        return sections;
    }

    /** Joins abutting pieces of one region placed by one mapping (QEMU itself merges these). */
    private static List<FlatSection> merge(List<FlatSection> sections) {
        List<FlatSection> merged = new ArrayList<>();
        for (FlatSection s : sections) {
            FlatSection type = withResolvedType(s);
            if (!merged.isEmpty()) {
                FlatSection prev = merged.get(merged.size() - 1);
                if (prev.last() != Address.MAX && prev.last() + 1 == type.start() && sameMapping(prev, type)) {
                    merged.set(merged.size() - 1, new FlatSection(prev.start(), type.last(), prev.type(),
                            prev.regionName(), prev.offset(), prev.line()));
                    continue;
                }
            }
            merged.add(type);
        }
        return merged;
    }

    private static boolean sameMapping(FlatSection a, FlatSection b) {
        return a.type() == b.type() && a.regionName().equals(b.regionName()) && a.regionBase() == b.regionBase();
    }

    /**
     * Emulated display memory ({@code vga.vram}, {@code qxl.vram}) is {@code ram} to QEMU and is
     * DMA-mapped, but it lives in a PCI BAR and moves with it, so it is device RAM, not a RAM bank.
     * 2013-era lines carry RW flags instead of a type; the region name is then the only hint left.
     */
    private static FlatSection withResolvedType(FlatSection s) {
        if (s.type() == MtreeRegionType.RAM && s.regionName().toLowerCase(Locale.ROOT).contains("vram")) {
            return new FlatSection(s.start(), s.last(), MtreeRegionType.RAMD, s.regionName(), s.offset(), s.line());
        }
        if (s.type() != MtreeRegionType.LEGACY_FLAGS) {
            return s;
        }
        String n = s.regionName().toLowerCase(Locale.ROOT);
        MtreeRegionType type = n.endsWith(".ram") || n.equals("ram") ? MtreeRegionType.RAM
                : n.contains("rom") || n.contains("bios") ? MtreeRegionType.ROM : MtreeRegionType.IO;
        return new FlatSection(s.start(), s.last(), type, s.regionName(), s.offset(), s.line());
    }

    private static GuestLayout layout(String file, List<FlatSection> sections, List<GuestRegion> windows) {
        List<RamBank> banks = new ArrayList<>();
        List<GuestRegion> regions = new ArrayList<>();
        boolean[] carves = new boolean[sections.size()];
        int i = 0;
        while (i < sections.size()) {
            FlatSection s = sections.get(i);
            if (s.type() != MtreeRegionType.RAM) {
                i++;
                continue;
            }
            int end = i;
            for (int j = i + 1; j < sections.size(); j++) {
                FlatSection next = sections.get(j);
                if (!abuts(sections.get(j - 1), next)) {
                    break;
                }
                if (next.type() == MtreeRegionType.RAM && sameMapping(s, next)) {
                    for (int k = end + 1; k < j; k++) {
                        carves[k] = true;
                    }
                    end = j;
                } else if (next.type() != MtreeRegionType.IO) {
                    break;
                }
            }
            long last = sections.get(end).last();
            if (last != Address.MAX || s.start() != 0) {
                banks.add(new RamBank(s.regionName() + "@" + Address.hex(s.start()), s.regionName(), s.start(),
                        last - s.start() + 1, new SourceRef(file, s.line())));
            }
            i = end + 1;
        }
        for (int k = 0; k < sections.size(); k++) {
            FlatSection s = sections.get(k);
            if (s.type() == MtreeRegionType.RAM || s.type() == MtreeRegionType.CONTAINER) {
                continue;
            }
            SourceRef source = new SourceRef(file, s.line());
            boolean mappable = (s.start() & BIT63) == 0;
            switch (s.type()) {
                case RAMD:
                    regions.add(new GuestRegion(s.regionName(), s.start(), s.last(), GuestRegionKind.RAM_DEVICE,
                            false, mappable, source));
                    break;
                case ROM:
                    regions.add(new GuestRegion(s.regionName(), s.start(), s.last(), GuestRegionKind.ROM,
                            false, mappable, source));
                    break;
                case ROMD:
                    regions.add(new GuestRegion(s.regionName(), s.start(), s.last(), GuestRegionKind.FLASH,
                            false, false, source));
                    break;
                default:
                    regions.add(new GuestRegion(s.regionName(), s.start(), s.last(), ioKind(s.regionName()),
                            carves[k], false, source));
            }
        }
        regions.addAll(windows);
        regions.sort(Comparator.comparing(GuestRegion::start, Long::compareUnsigned));
        return new GuestLayout("custom", guessArch(sections), "", banks, regions, false, 0, false);
    }

    private static boolean abuts(FlatSection a, FlatSection b) {
        return a.last() != Address.MAX && a.last() + 1 == b.start();
    }

    static GuestRegionKind ioKind(String name) {
        if (INTERRUPT_CONTROLLER.matcher(name).matches()) {
            return GuestRegionKind.INTERRUPT_CONTROLLER;
        }
        if (PCI_ECAM.matcher(name).matches()) {
            return GuestRegionKind.PCI_ECAM;
        }
        if (PCI_WINDOW.matcher(name).matches()) {
            return GuestRegionKind.PCI_WINDOW;
        }
        return GuestRegionKind.MMIO;
    }

    /**
     * PCI MMIO windows are aliases of empty containers, so rendering draws nothing for them; the
     * tree still says where they are, and the picture wants them. Never carving, never mapped.
     */
    private static List<GuestRegion> pciWindowsOf(MtreeReadout readout, MtreeBlock tree) {
        List<GuestRegion> windows = new ArrayList<>();
        for (MtreeEntry e : tree.entries()) {
            boolean wholeSpace = e.start() == 0 && e.last() == Address.MAX;
            if (!e.disabled() && !e.overflow() && !wholeSpace && (e.isAlias() || e.type() == MtreeRegionType.CONTAINER)
                    && PCI_WINDOW.matcher(e.name()).matches()) {
                windows.add(new GuestRegion(e.name(), e.start(), e.last(), GuestRegionKind.PCI_WINDOW, false, false,
                        new SourceRef(readout.file(), e.line())));
            }
        }
        return windows;
    }

    private static GuestArch guessArch(List<FlatSection> sections) {
        String all = String.join(" ", sections.stream().map(FlatSection::regionName).toList()).toLowerCase(Locale.ROOT);
        if (all.contains("mach-virt")) {
            return GuestArch.AARCH64;
        }
        if (all.contains("riscv")) {
            return GuestArch.RISCV64;
        }
        if (all.contains("pc.ram") || all.contains("pc.bios") || all.contains("ioapic")) {
            return GuestArch.X86_64;
        }
        if (all.contains("gic")) {
            return GuestArch.AARCH64;
        }
        return GuestArch.OTHER;
    }

    private static String addressSpaceNames(MtreeReadout readout) {
        List<String> names = new ArrayList<>();
        for (MtreeBlock b : readout.blocks()) {
            if (b.kind() != MtreeBlock.Kind.MEMORY_REGION_TREE) {
                names.addAll(b.names());
            }
        }
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
