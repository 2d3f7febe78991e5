package org.iommuatlas.analysis;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.GuestRegion;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.ReservedRegion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How far a RAM bank can grow from its base before one of its DMA maps hits a blocking region or
 * leaves the aperture, and where its current size would fit instead.
 *
 * <p>The maps of a bank are the bank minus the carve-outs (x86 vga-lowmem), each piece with its
 * start aligned up and its end aligned down to the host page (as {@code DmaMapPlanner} does). So
 * an address is mapped only if it lies in such a piece; growing the bank only extends the last
 * piece. The limit is the first mapped address that lies in a blocking region: the bank must end
 * before that address's page is complete. Blocking regions hidden under a carve-out are skipped.
 */
final class BankFitFinder {
    private final List<GuestRegion> carves;
    private final ReservedIndex index;
    private final AddressRange limit;
    private final List<AddressRange> usable;
    private final long page;

    /**
     * @param carves  the layout's carving regions, sorted by start
     * @param limit   aperture intersected with the guest address width
     * @param usable  the usable IOVA ranges within {@code limit}, ascending
     */
    BankFitFinder(List<GuestRegion> carves, ReservedIndex index, AddressRange limit, List<AddressRange> usable,
                  long page) {
        this.carves = carves;
        this.index = index;
        this.limit = limit;
        this.usable = usable;
        this.page = page;
    }

    BankFit fit(RamBank bank) {
        Sections sections = new Sections(bank.start());
        ReservedRegion limitedBy = null;
        OptionalLong hit = OptionalLong.empty();
        OptionalLong y = sections.firstMappedFrom(bank.start());
        OptionalLong apertureHit = limit.last() == Address.MAX ? OptionalLong.empty()
                : sections.firstMappedFrom(limit.last() + 1);
        if (y.isPresent() && Address.lessThan(y.getAsLong(), limit.start())) {
            hit = y;
        } else {
            while (y.isPresent()) {
                Optional<ReservedRegion> next = index.firstBlocking(y.getAsLong(), Address.MAX);
                if (next.isEmpty()) {
                    break;
                }
                ReservedRegion r = next.get();
                OptionalLong z = sections.firstMappedFrom(Address.max(r.start(), y.getAsLong()));
                if (z.isPresent() && Address.lessOrEqual(z.getAsLong(), r.last())) {
                    hit = z;
                    limitedBy = r;
                    break;
                }
                y = r.last() == Address.MAX ? OptionalLong.empty() : sections.firstMappedFrom(r.last() + 1);
            }
            if (apertureHit.isPresent()
                    && (hit.isEmpty() || Address.lessThan(apertureHit.getAsLong(), hit.getAsLong()))) {
                hit = apertureHit;
                limitedBy = null;
            }
        }
        long maxBytes;
        long sectionStart;
        if (hit.isEmpty()) {
            maxBytes = Address.alignDown(bank.start() == 0 ? Address.MAX : -bank.start(), page);
            sectionStart = sections.lastStart();
        } else {
            long z = hit.getAsLong();
            long raw = Address.alignDown(z, page) - bank.start() + page - 1;
            maxBytes = Address.alignDown(raw, page);
            sectionStart = sections.startOfSectionHolding(z);
        }
        return new BankFit(bank.id(), bank.start(), bank.size(), maxBytes, limitedBy, sectionStart,
                placementBelow(bank), placementAbove(bank));
    }

    /** The highest page-aligned base at or below the bank's where its size lies inside one usable range. */
    private Optional<Long> placementBelow(RamBank bank) {
        long sizeMinusOne = bank.size() - 1;
        for (int i = lastRangeStartingAtOrBelow(bank.start()); i >= 0; i--) {
            AddressRange r = usable.get(i);
            if (Address.lessThan(r.last() - r.start(), sizeMinusOne)) {
                continue;
            }
            long p = Address.alignDown(Address.min(bank.start(), r.last() - sizeMinusOne), page);
            if (Address.lessOrEqual(r.start(), p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The lowest page-aligned base at or above the bank's where its size lies inside one usable range. */
    private Optional<Long> placementAbove(RamBank bank) {
        long sizeMinusOne = bank.size() - 1;
        for (int i = Math.max(0, lastRangeStartingAtOrBelow(bank.start())); i < usable.size(); i++) {
            AddressRange r = usable.get(i);
            if (Address.lessThan(r.last(), bank.start())) {
                continue;
            }
            long from = Address.max(r.start(), bank.start());
            long p = Address.alignDown(from, page);
            if (p != from) {
                p += page;
                if (p == 0) {
                    return Optional.empty();
                }
            }
            if (Address.lessOrEqual(p, r.last()) && Address.lessOrEqual(sizeMinusOne, r.last() - p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private int lastRangeStartingAtOrBelow(long address) {
        int lo = 0;
        int hi = usable.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Address.lessOrEqual(usable.get(mid).start(), address)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /** The mapped pieces of a bank of unbounded length starting at {@code start}. */
    private final class Sections {
        private final List<long[]> pieces = new ArrayList<>();

        Sections(long start) {
            long cursor = start;
            boolean open = true;
            for (GuestRegion carve : carves) {
                if (Address.lessThan(carve.last(), cursor)) {
                    continue;
                }
                if (Address.lessThan(cursor, carve.start())) {
                    long first = alignUpOrZero(cursor);
                    long endAligned = Address.alignDown(carve.start(), page);
                    if (first != 0 || cursor == 0) {
                        if (Address.lessThan(first, endAligned)) {
                            pieces.add(new long[] {first, endAligned - 1});
                        }
                    }
                }
                if (carve.last() == Address.MAX) {
                    open = false;
                    break;
                }
                cursor = carve.last() + 1;
            }
            if (open) {
                long first = alignUpOrZero(cursor);
                if (first != 0 || cursor == 0) {
                    pieces.add(new long[] {first, Address.MAX});
                }
            }
        }

        /** cursor aligned up to the page, or 0 when that passes 2^64 (cursor itself is then non-zero). */
        private long alignUpOrZero(long cursor) {
            long down = Address.alignDown(cursor, page);
            return down == cursor ? cursor : down + page;
        }

        OptionalLong firstMappedFrom(long address) {
            for (long[] p : pieces) {
                if (Address.lessOrEqual(address, p[1])) {
                    return OptionalLong.of(Address.max(address, p[0]));
                }
            }
            return OptionalLong.empty();
        }

        long startOfSectionHolding(long address) {
            for (long[] p : pieces) {
                if (Address.lessOrEqual(p[0], address) && Address.lessOrEqual(address, p[1])) {
                    return p[0];
                }
            }
            return lastStart();
        }

        long lastStart() {
            return pieces.isEmpty() ? 0 : pieces.get(pieces.size() - 1)[0];
        }
    }
}
