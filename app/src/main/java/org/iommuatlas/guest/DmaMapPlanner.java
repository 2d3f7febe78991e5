package org.iommuatlas.guest;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.GuestRegion;
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
 */
public final class DmaMapPlanner {
    /** QEMU's {@code qemu_real_host_page_size()} on x86 and most Arm hosts. */
    public static final long DEFAULT_HOST_PAGE = 4096;

    private DmaMapPlanner() {
    }

    public static List<DmaMap> plan(GuestLayout layout) {
        return plan(layout, DEFAULT_HOST_PAGE);
    }

    public static List<DmaMap> plan(GuestLayout layout, long hostPageSize) {
        List<GuestRegion> carves = layout.regions().stream().filter(GuestRegion::carvesRam)
                .sorted(Comparator.comparing(GuestRegion::start, Long::compareUnsigned)).toList();
        List<DmaMap> maps = new ArrayList<>();
        for (RamBank bank : layout.banks()) {
            long cursor = bank.start();
            boolean reachedEnd = false;
            for (GuestRegion carve : carves) {
                if (Address.lessThan(carve.last(), cursor) || Address.lessThan(bank.last(), carve.start())) {
                    continue;
                }
                if (Address.lessThan(cursor, carve.start())) {
                    addSection(maps, cursor, carve.start() - 1, bank.memoryRegion(), false, bank.id(), hostPageSize);
                }
                if (carve.last() == Address.MAX || !Address.lessThan(carve.last(), bank.last())) {
                    reachedEnd = true;
                    break;
                }
                cursor = carve.last() + 1;
            }
            if (!reachedEnd) {
                addSection(maps, cursor, bank.last(), bank.memoryRegion(), false, bank.id(), hostPageSize);
            }
        }
        for (GuestRegion region : layout.regions()) {
            if (region.dmaMapped() && !region.carvesRam()) {
                boolean readOnly = region.kind() == org.iommuatlas.model.GuestRegionKind.ROM
                        || region.kind() == org.iommuatlas.model.GuestRegionKind.FLASH;
                addSection(maps, region.start(), region.last(), region.name(), readOnly, null, hostPageSize);
            }
        }
        maps.sort(Comparator.comparing(DmaMap::iova, Long::compareUnsigned));
        return maps;
    }

    private static void addSection(List<DmaMap> maps, long start, long last, String name, boolean readOnly,
                                   String bankId, long page) {
        long iova;
        try {
            iova = Address.alignUp(start, page);
        } catch (ArithmeticException e) {
            return;
        }
        // One past the end, aligned down; a section ending at 2^64 - 1 keeps its last page.
        long endAligned = last == Address.MAX ? Address.alignDown(last, page) + page : Address.alignDown(last + 1, page);
        long size = endAligned - iova;
        if (endAligned == 0 && last == Address.MAX) {
            size = -iova; // 2^64 - iova
        }
        if (size == 0 || (endAligned != 0 && !Address.lessThan(iova, endAligned))) {
            return;
        }
        maps.add(new DmaMap(iova, size, name, readOnly, bankId));
    }
}
