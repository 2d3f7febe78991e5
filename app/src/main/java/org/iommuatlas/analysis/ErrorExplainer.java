package org.iommuatlas.analysis;

import org.iommuatlas.model.KnownRanges;
import org.iommuatlas.model.Address;
import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.Sizes;

import java.util.ArrayList;
import java.util.List;

/**
 * Explains a QEMU map failure ({@code vfio_dma_map(<c>, 0x<iova>, 0x<size>, <va>) = <ret> (...)})
 * against what is known about the host: for -22 which reserved regions the range meets, or that
 * it leaves the aperture or is misaligned; for the other errnos the non-layout cause
 * (REFERENCE §2.3, §4 "Evaluation notes", §7(d)).
 */
public final class ErrorExplainer {
    /** The smallest IOMMU page size VFIO checks alignment against on x86 and most Arm hosts. */
    private static final long IOMMU_PAGE = 4096;

    private ErrorExplainer() {
    }

    /**
     * @param ret        the return value QEMU printed (negative errno; a positive value is taken as its negation)
     * @param regionName the memory region QEMU named ({@code pc.ram}), for the summary
     */
    public static Explanation explain(HostModel host, long iova, long size, int ret, String regionName) {
        int errno = ret > 0 ? ret : -ret;
        String what = "Region " + regionName + " map (" + Address.hex(iova) + ", " + Address.hex(size) + ")";
        switch (errno) {
            case 22:
                return invalid(host, iova, size, what);
            case 12:
                return new Explanation(ErrorCause.LOCKED_MEMORY_LIMIT, false, what + " = -12: the kernel could not pin"
                        + " the guest RAM because the process's locked-memory limit (RLIMIT_MEMLOCK) is too low; dmesg"
                        + " shows \"" + Messages.MEMLOCK_EXCEEDED + "\". This is not a layout conflict.", List.of(),
                        List.of("Raise the locked-memory limit to at least guest RAM plus device BARs: `ulimit -l`"
                                        + " (or LimitMEMLOCK= for a systemd unit) for plain QEMU.",
                                "libvirt: add <memoryBacking><locked/></memoryBacking> or a <memtune><hard_limit>"
                                        + " large enough; libvirt then raises the limit itself.",
                                "Moving guest RAM will not help."));
            case 17:
                return new Explanation(ErrorCause.ALREADY_MAPPED, false, what + " = -17 (EEXIST): part of the range is"
                        + " already mapped in the container (two sections mapped over the same IOVA, or a vIOMMU"
                        + " mapping twice). Not a reserved-region conflict.", List.of(),
                        List.of("Look for overlapping RAM or device-RAM sections in `info mtree -f`."));
            case 28:
                return new Explanation(ErrorCause.DMA_ENTRY_LIMIT, false, what + " = -28 (ENOSPC): the container has"
                        + " used up vfio_iommu_type1's dma_entry_limit (number of separate DMA mappings).", List.of(),
                        List.of("Raise the module parameter: vfio_iommu_type1 dma_entry_limit=<n> (default 65535).",
                                "With a vIOMMU, fewer, larger guest mappings also help."));
            case 1:
                return new Explanation(ErrorCause.NOT_PERMITTED, false, what + " = -1 (EPERM): the host has no"
                        + " interrupt remapping, so VFIO refuses the device: \"" + Messages.NO_INTERRUPT_REMAPPING
                        + "\". On Intel kernels before 6.6 the same errno also means a non-relaxable RMRR (\""
                        + Messages.RMRR_INELIGIBLE + "\").", List.of(),
                        List.of("Enable interrupt remapping in firmware (VT-d / AMD-Vi with x2APIC).",
                                "Or load vfio_iommu_type1 with allow_unsafe_interrupts=1, accepting that the"
                                        + " device can forge interrupts."));
            default:
                return new Explanation(ErrorCause.OTHER, false, what + " = -" + errno + ": not a failure this tool"
                        + " models.", List.of(), List.of());
        }
    }

    private static Explanation invalid(HostModel host, long iova, long size, String what) {
        if (size == 0 || !Address.isAligned(iova, IOMMU_PAGE) || !Address.isAligned(size, IOMMU_PAGE)) {
            return new Explanation(ErrorCause.NOT_PAGE_ALIGNED, false, what + " = -22: iova or size is not a multiple"
                    + " of the IOMMU page size (" + Sizes.exact(IOMMU_PAGE) + "), which type1 rejects before looking"
                    + " at reserved regions.", List.of(),
                    List.of("Check the host page size QEMU aligns to and the section boundaries in `info mtree -f`."));
        }
        long last = iova + size - 1;
        if (Address.lessThan(last, iova)) {
            return new Explanation(ErrorCause.BEYOND_APERTURE, true, what + " = -22: the range passes 2^64.",
                    List.of(), List.of("Move the section below the end of the address space."));
        }
        List<Explanation.Hit> hits = new ArrayList<>();
        for (ReservedRegion r : ReservedIndex.of(host.regions()).overlapping(iova, last)) {
            if (r.type().excludedFromIova()) {
                hits.add(new Explanation.Hit(r, AddressRange.of(Address.max(iova, r.start()), Address.min(last, r.last()))));
            }
        }
        if (!hits.isEmpty()) {
            StringBuilder s = new StringBuilder(what + " = -22: [" + Address.hex(iova) + ", " + Address.hex(last)
                    + "] meets ");
            for (int i = 0; i < hits.size(); i++) {
                Explanation.Hit h = hits.get(i);
                s.append(i == 0 ? "" : "; ").append(h.region().reportedAs()).append(' ').append(h.region().range())
                        .append(h.region().hasGroup() ? " (group " + h.region().group() + ")" : "")
                        .append(" over ").append(h.overlap());
            }
            s.append(". The kernel cuts these out of the valid IOVA list, so the map is refused.");
            return new Explanation(ErrorCause.RESERVED_REGION, true, s.toString(), hits, reservedAdvice(iova, hits));
        }
        AddressRange aperture = MapChecker.effectiveAperture(host);
        if (!aperture.contains(AddressRange.of(iova, last))) {
            return new Explanation(ErrorCause.BEYOND_APERTURE, true, what + " = -22: [" + Address.hex(iova) + ", "
                    + Address.hex(last) + "] leaves the IOMMU aperture " + aperture + ".", List.of(),
                    List.of("Lower the guest's RAM or phys-bits so its highest address stays inside the aperture."));
        }
        return new Explanation(ErrorCause.UNEXPLAINED_INVALID, false, what + " = -22, but no reserved region in the"
                + " loaded host data meets [" + Address.hex(iova) + ", " + Address.hex(last) + "] and it lies inside"
                + " the aperture.", List.of(),
                List.of("Load /sys/kernel/iommu_groups/<N>/reserved_regions for every group in the container.",
                        "Check dmesg around the failure for the kernel's own reason."));
    }

    /**
     * Advice that fits the regions actually met: how much a section starting at {@code iova} can
     * hold, and the AMD relocation only when the HyperTransport range is among them.
     */
    private static List<String> reservedAdvice(long iova, List<Explanation.Hit> hits) {
        List<String> advice = new ArrayList<>();
        long firstHit = hits.get(0).overlap().start();
        for (Explanation.Hit h : hits) {
            firstHit = Address.min(firstHit, h.overlap().start());
        }
        if (firstHit == iova) {
            advice.add("Nothing can be mapped at " + Address.hex(iova) + ": move the section so it starts outside "
                    + "the reserved range.");
        } else {
            advice.add("A section starting at " + Address.hex(iova) + " can hold at most " + Address.hex(firstHit - iova)
                    + " bytes (" + org.iommuatlas.model.Sizes.exact(firstHit - iova) + "); move or shrink guest RAM so"
                    + " no section covers these ranges (see the fit per bank).");
        }
        boolean ht = hits.stream().anyMatch(h -> h.region().range().overlaps(KnownRanges.AMD_HT));
        if (ht) {
            advice.add("This is the AMD HyperTransport range: with a pc-*-7.1 or newer machine type and an AMD vCPU"
                    + " QEMU relocates RAM above 1 TiB.");
        }
        return advice;
    }
}
