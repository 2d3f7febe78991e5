package org.iommuatlas.analysis;

import org.iommuatlas.model.KnownRanges;
import org.iommuatlas.model.Address;
import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.GuestArch;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.GuestRegion;
import org.iommuatlas.model.GuestRegionKind;
import org.iommuatlas.model.HostDevice;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.HostPlatform;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.iommuatlas.model.Sizes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Checks one DMA map against the container's regions, the aperture and the guest's address width,
 * and names the rule each hit falls under. Shared by {@link Analyzer} and {@link DragProbe} so
 * the two cannot disagree. A check costs one index query: O(log n + k).
 */
final class MapChecker {
    private static final String FAILS_SINCE_5_4 = " Kernels before 5.4 accept the map silently and the range is broken instead.";

    /**
     * The outcome for one map: its conflicts in address order, the one that makes MAP_DMA fail
     * (null if none), and the guest-width conflict that stops QEMU before any map (null if none).
     */
    record Outcome(List<Conflict> conflicts, Conflict failure, Conflict guestWidth) {
    }

    private final ReservedIndex index;
    private final AnalysisOptions options;
    private final HostPlatform platform;
    private final AddressRange aperture;
    private final GuestArch arch;
    private final int guestPhysBits;
    private final Map<String, HostDevice> devicesByName;
    private final Set<String> deviceRamSections;

    MapChecker(HostModel host, GuestLayout guest, AnalysisOptions options, ReservedIndex index) {
        this.index = index;
        this.options = options;
        this.platform = host.platform();
        this.aperture = effectiveAperture(host);
        this.arch = guest.arch();
        this.guestPhysBits = guest.physBits();
        this.devicesByName = new HashMap<>();
        for (HostDevice d : host.devices()) {
            devicesByName.put(d.name(), d);
        }
        this.deviceRamSections = new HashSet<>();
        for (GuestRegion r : guest.regions()) {
            if (r.kind() == GuestRegionKind.RAM_DEVICE) {
                deviceRamSections.add(r.name());
            }
        }
    }

    /** The host aperture cut to the host's physical address width when that is known. */
    static AddressRange effectiveAperture(HostModel host) {
        AddressRange a = host.aperture();
        int bits = host.physBits();
        if (bits == 0 || bits == 64) {
            return a;
        }
        long widthLast = (1L << bits) - 1;
        if (Address.lessThan(widthLast, a.start())) {
            // Nothing addressable: keep a one-byte aperture at its start so every map is beyond it.
            return AddressRange.of(a.start(), a.start());
        }
        return a.withLast(Address.min(a.last(), widthLast));
    }

    AddressRange aperture() {
        return aperture;
    }

    /** Guest address limit (inclusive), or MAX when the guest's phys-bits are not known. */
    long guestLimit() {
        return guestPhysBits == 0 || guestPhysBits >= 64 ? Address.MAX : (1L << guestPhysBits) - 1;
    }

    Outcome check(DmaMap map) {
        List<Conflict> out = new ArrayList<>(2);
        Conflict failure = null;
        boolean peerToPeer = map.bankId() == null && deviceRamSections.contains(map.regionName());
        if (Address.lessThan(map.iova(), aperture.start())) {
            Conflict c = beyondAperture(map, AddressRange.of(map.iova(), Address.min(map.last(), aperture.start() - 1)),
                    peerToPeer);
            out.add(c);
            failure = c.isError() ? c : failure;
        }
        for (ReservedRegion r : index.overlapping(map.iova(), map.last())) {
            Conflict c = classify(map, r, peerToPeer);
            out.add(c);
            if (failure == null && c.isError()) {
                failure = c;
            }
        }
        if (Address.lessThan(aperture.last(), map.last())) {
            Conflict c = beyondAperture(map, AddressRange.of(Address.max(map.iova(), aperture.last() + 1), map.last()),
                    peerToPeer);
            out.add(c);
            if (failure == null && c.isError()) {
                failure = c;
            }
        }
        long limit = guestLimit();
        Conflict guestWidth = null;
        if (Address.lessThan(limit, map.last())) {
            guestWidth = beyondGuestWidth(map, limit);
            out.add(guestWidth);
        }
        return new Outcome(out, failure, guestWidth);
    }

    /** The line QEMU prints when this map fails with -22 (built only when a conflict needs it). */
    private String mapLine(DmaMap map) {
        return Messages.mapFailure(options.qemuWording(), qemuRegionName(map), map.iova(), map.size(), -22,
                Messages.INVALID_ARGUMENT);
    }

    private String qemuRegionName(DmaMap map) {
        return map.bankId() != null && options.ramRegionName() != null ? options.ramRegionName() : map.regionName();
    }

    /**
     * The finding for a map meeting a region. Its texts are made when read (see {@link Conflict}):
     * a drag over a big host makes a hundred of these per mouse event and reads none.
     */
    private Conflict classify(DmaMap map, ReservedRegion r, boolean peerToPeer) {
        AddressRange overlap = AddressRange.of(Address.max(map.iova(), r.start()), Address.min(map.last(), r.last()));
        if (r.type() == ReservedType.DIRECT_RELAXABLE) {
            Rule rule = isLowRamRmrr(map, r) ? Rule.R9 : Rule.R2;
            return conflict(Severity.INFO, rule, map, r, overlap, () -> where(map, r, overlap)
                    + ". The region is a relaxable identity map: the map succeeds, but while the device is"
                    + " assigned the firmware's 1:1 mapping is gone, so " + relaxableConsequence(r)
                    + " may stop working.", () -> Messages.RELAXABLE_NO_ERROR);
        }
        Rule rule = blockingRule(map, r);
        if (peerToPeer) {
            return conflict(Severity.WARNING, rule, map, r, overlap, () -> blockingText(map, r, overlap, rule)
                    + " This is a device BAR mapped for peer-to-peer, so QEMU only warns and continues.",
                    () -> Messages.p2pWarning(map.regionName()));
        }
        return conflict(Severity.ERROR, rule, map, r, overlap, () -> blockingText(map, r, overlap, rule)
                + FAILS_SINCE_5_4, () -> mapLine(map));
    }

    private static String where(DmaMap map, ReservedRegion r, AddressRange overlap) {
        return map.regionName() + " " + map.range() + " meets " + r.reportedAs() + " region " + r.range()
                + groupText(r) + " over " + overlap + " (" + Sizes.exact(overlap.size()) + ")";
    }

    private static String blockingText(DmaMap map, ReservedRegion r, AddressRange overlap, Rule rule) {
        return where(map, r, overlap) + ". " + blockingReason(rule, r) + " The kernel removes it from the valid IOVA"
                + " list, so MAP_DMA fails with -EINVAL (-22).";
    }

    private Rule blockingRule(DmaMap map, ReservedRegion r) {
        switch (r.type()) {
            case SW_MSI:
                return Rule.R8;
            case MSI:
                if (KnownRanges.X86_MSI.contains(r.range())) {
                    return Rule.R7;
                }
                if (r.range().equals(KnownRanges.ARM_SW_MSI)
                        && (platform == HostPlatform.ARM_SMMU || platform == HostPlatform.VIRTIO_IOMMU)) {
                    return Rule.R8;
                }
                return Rule.R1;
            case RESERVED:
                if (r.range().equals(KnownRanges.AMD_HT)
                        || (platform == HostPlatform.AMD && KnownRanges.AMD_HT.contains(r.range()))) {
                    return Rule.R6;
                }
                return Rule.R1;
            case DIRECT:
                return isLowRamRmrr(map, r) ? Rule.R9 : Rule.R1;
            default:
                return Rule.R1;
        }
    }

    /** R9: an Intel RMRR below 4 GiB inside an x86 guest's RAM (low RAM, since it is below 4 GiB). */
    private boolean isLowRamRmrr(DmaMap map, ReservedRegion r) {
        return platform == HostPlatform.INTEL && arch == GuestArch.X86_64 && map.bankId() != null
                && r.type().isIdentityMap() && KnownRanges.BELOW_4G.contains(r.range());
    }

    private static String blockingReason(Rule rule, ReservedRegion r) {
        switch (rule) {
            case R6:
                return "This is the AMD HyperTransport reserved range (interrupt, legacy I/O and configuration"
                        + " space of the host bridge); AMD-Vi never lets a device DMA there.";
            case R7:
                return "This is the x86 MSI window: device writes there are interrupt messages handled by interrupt"
                        + " remapping, never memory.";
            case R8:
                return "This is the Arm SMMU software MSI window where the kernel maps the GIC ITS doorbell.";
            case R9:
                return "This is an Intel RMRR (firmware identity map) inside the guest's low RAM.";
            default:
                return r.type() == ReservedType.DIRECT
                        ? "This is a firmware identity map (RMRR / IVMD / RMR) that must stay 1:1."
                        : "The IOMMU driver reports it as " + r.reportedAs() + ".";
        }
    }

    private String relaxableConsequence(ReservedRegion r) {
        boolean usb = false;
        boolean gpu = false;
        for (String name : r.devices()) {
            HostDevice d = devicesByName.get(name);
            if (d != null && d.pciClass() != HostDevice.UNKNOWN_CLASS) {
                usb |= (d.pciClass() >> 8) == 0x0c03;
                gpu |= (d.pciClass() >> 16) == 0x03;
            }
        }
        if (usb && !gpu) {
            return Messages.RELAXABLE_USB;
        }
        if (gpu && !usb) {
            return Messages.RELAXABLE_GPU;
        }
        return Messages.RELAXABLE_USB + " or " + Messages.RELAXABLE_GPU;
    }

    private Conflict beyondAperture(DmaMap map, AddressRange outside, boolean peerToPeer) {
        Supplier<String> text = () -> map.regionName() + " " + map.range() + " reaches " + outside
                + ", outside the IOMMU aperture " + aperture + " (the aperture or host address width), so MAP_DMA"
                + " fails with -EINVAL (-22).";
        if (peerToPeer) {
            return conflict(Severity.WARNING, Rule.R5, map, null, outside, text, () -> Messages.p2pWarning(map.regionName()));
        }
        return conflict(Severity.ERROR, Rule.R5, map, null, outside, text, () -> mapLine(map));
    }

    private Conflict beyondGuestWidth(DmaMap map, long limit) {
        AddressRange outside = AddressRange.of(Address.max(map.iova(), limit + 1), map.last());
        Supplier<String> message = () -> arch == GuestArch.X86_64
                ? Messages.physBitsTooLow(limit, map.last(), guestPhysBits)
                : Messages.addressingLimited(guestPhysBits, map.last() - limit);
        return conflict(Severity.ERROR, Rule.R5, map, null, outside, () -> map.regionName() + " " + map.range()
                + " ends above the guest's " + guestPhysBits + "-bit physical address space (last address "
                + Address.hex(limit) + "); QEMU refuses to start.", message);
    }

    private static Conflict conflict(Severity severity, Rule rule, DmaMap map, ReservedRegion r, AddressRange overlap,
                                     Supplier<String> text, Supplier<String> message) {
        return new Conflict(severity, rule, map.regionName(), map.range(), map.bankId(), r, overlap, text, message);
    }

    private static String groupText(ReservedRegion r) {
        return r.hasGroup() ? " of group " + r.group() : "";
    }
}
