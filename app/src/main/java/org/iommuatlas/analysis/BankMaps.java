package org.iommuatlas.analysis;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.GuestRegion;
import org.iommuatlas.model.RamBank;

import java.util.List;

/**
 * The DMA maps of one RAM bank, exactly as {@code DmaMapPlanner} plans them (the bank minus the
 * carve-outs, each piece page-aligned inward), without building a layout or using streams: this
 * runs on every drag event. {@code BruteForceAgreementTest} checks it against the planner through
 * {@link DragProbe}.
 */
final class BankMaps {
    private BankMaps() {
    }

    /**
     * Appends the bank's maps to {@code out} in iova order.
     *
     * @param carves the layout's carving regions sorted by start
     */
    static void plan(RamBank bank, GuestRegion[] carves, long page, List<DmaMap> out) {
        long cursor = bank.start();
        long bankLast = bank.last();
        for (GuestRegion carve : carves) {
            if (Address.lessThan(carve.last(), cursor) || Address.lessThan(bankLast, carve.start())) {
                continue;
            }
            if (Address.lessThan(cursor, carve.start())) {
                addSection(bank, cursor, carve.start() - 1, page, out);
            }
            if (carve.last() == Address.MAX || !Address.lessThan(carve.last(), bankLast)) {
                return;
            }
            cursor = carve.last() + 1;
        }
        addSection(bank, cursor, bankLast, page, out);
    }

    private static void addSection(RamBank bank, long start, long last, long page, List<DmaMap> out) {
        long iova = Address.alignDown(start, page);
        if (iova != start) {
            iova += page;
            if (iova == 0) {
                return; // aligning up passes 2^64: nothing of this piece is mappable
            }
        }
        // One past the end, aligned down; a piece ending at 2^64 - 1 keeps its last page (0 = 2^64).
        long endAligned = last == Address.MAX ? 0 : Address.alignDown(last + 1, page);
        long size = endAligned - iova;
        if (size == 0 || (endAligned != 0 && !Address.lessThan(iova, endAligned))) {
            return;
        }
        out.add(new DmaMap(iova, size, bank.memoryRegion(), false, bank.id()));
    }
}
