package org.iommuatlas.guest;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.GuestRegion;
import org.iommuatlas.model.GuestRegionKind;
import org.iommuatlas.model.RamBank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The DMA maps QEMU's VFIO memory listener issues for a guest layout when the guest has no
 * vIOMMU (IOVA = GPA), in the order it issues them.
 *
 * <p>QEMU maps every RAM section of the flat view: each RAM bank minus the higher-priority
 * overlays that carve it (x86 {@code vga-lowmem} splits low RAM into {@code [0, 0xa0000)} and
 * {@code [0xc0000, below_4g)}), plus read-only ROM and device-RAM sections. For each section,
 * iova = start aligned up to the host page size and the end is aligned down; sections that
 * vanish by alignment are skipped ({@code vfio_listener_region_add()} in
 * {@code hw/vfio/listener.c}). The listener walks the flat view in address order.
 *
 * <p>Priorities follow QEMU's flat view: a region that carves RAM is above RAM (so when it is
 * DMA-mapped itself, all of it is mapped); any other DMA-mapped region (x86 {@code pc.bios} lives
 * in the PCI address space at priority -1) is below RAM and below the carving overlays, so only
 * the parts of it nothing else covers are mapped.
 */
public final class DmaMapPlanner {
    /** QEMU's {@code qemu_real_host_page_size()} on x86 and most Arm hosts. */
    public static final long DEFAULT_HOST_PAGE = 4096;

    private DmaMapPlanner() {
    }

    public static List<DmaMap> plan(GuestLayout layout) {
        return plan(layout, DEFAULT_HOST_PAGE);
    }

    /**
     * @param hostPageSize a power of two (4 KiB, 16 KiB, 64 KiB hosts)
     * @throws IllegalArgumentException when the page size is not a power of two
     */
    public static List<DmaMap> plan(GuestLayout layout, long hostPageSize) {
        if (hostPageSize == 0 || (hostPageSize & (hostPageSize - 1)) != 0) {
            throw new IllegalArgumentException("host page size " + Address.hex(hostPageSize) + " is not a power of two");
        }
        List<AddressRange> carves = layout.regions().stream().filter(GuestRegion::carvesRam)
                .map(GuestRegion::range).toList();
        List<DmaMap> maps = new ArrayList<>();
        for (RamBank bank : layout.banks()) {
            for (AddressRange piece : subtract(bank.range(), carves)) {
                addSection(maps, piece, bank.memoryRegion(), false, bank.id(), hostPageSize);
            }
        }
        List<AddressRange> aboveLowPriority = new ArrayList<>(carves);
        layout.banks().forEach(b -> aboveLowPriority.add(b.range()));
        for (GuestRegion region : layout.regions()) {
            if (!region.dmaMapped()) {
                continue;
            }
            boolean readOnly = region.kind() == GuestRegionKind.ROM || region.kind() == GuestRegionKind.FLASH;
            List<AddressRange> visible = region.carvesRam()
                    ? List.of(region.range())
                    : subtract(region.range(), aboveLowPriority);
            for (AddressRange piece : visible) {
                addSection(maps, piece, region.name(), readOnly, null, hostPageSize);
            }
        }
        maps.sort(Comparator.comparing(DmaMap::iova, Long::compareUnsigned));
        return maps;
    }

    /** What is left of {@code whole} once every range in {@code holes} is cut out, in address order. */
    static List<AddressRange> subtract(AddressRange whole, List<AddressRange> holes) {
        List<AddressRange> sorted = holes.stream().filter(whole::overlaps).sorted().toList();
        List<AddressRange> pieces = new ArrayList<>();
        long cursor = whole.start();
        for (AddressRange hole : sorted) {
            if (Address.lessThan(hole.last(), cursor)) {
                continue;
            }
            if (Address.lessThan(cursor, hole.start())) {
                pieces.add(new AddressRange(cursor, hole.start() - 1));
            }
            if (!Address.lessThan(hole.last(), whole.last())) {
                return pieces;
            }
            cursor = hole.last() + 1;
        }
        pieces.add(new AddressRange(cursor, whole.last()));
        return pieces;
    }

    /**
     * One section as the listener maps it: start aligned up, end (one past last) aligned down;
     * nothing when alignment leaves no whole page. Works up to 0xffffffffffffffff without wrapping.
     */
    private static void addSection(List<DmaMap> maps, AddressRange section, String name, boolean readOnly,
                                   String bankId, long page) {
        if (Address.lessThan(Address.MAX - (page - 1), section.start()) && !Address.isAligned(section.start(), page)) {
            return; // aligning the start up would pass 2^64: no whole page
        }
        long iova = Address.alignUp(section.start(), page);
        long alignedLast;
        if (section.last() == Address.MAX) {
            alignedLast = Address.MAX; // 2^64 is page aligned
        } else {
            long endAligned = Address.alignDown(section.last() + 1, page);
            if (endAligned == 0) {
                return; // the section ends inside the first page
            }
            alignedLast = endAligned - 1;
        }
        if (Address.lessThan(alignedLast, iova)) {
            return;
        }
        long size = alignedLast - iova + 1;
        if (size == 0) {
            return; // the whole 64-bit space: no VFIO map can say 2^64 bytes
        }
        maps.add(new DmaMap(iova, size, name, readOnly, bankId));
    }
}
