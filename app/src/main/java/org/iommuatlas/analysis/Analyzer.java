package org.iommuatlas.analysis;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.GuestRegion;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.ReservedRegion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The conflict analysis: what the kernel and QEMU will do with this guest on this host
 * (REFERENCE §4). Sort + index: O((n + m) log(n + m)) for n regions and m maps, plus the hits.
 */
public final class Analyzer {
    private Analyzer() {
    }

    /** The index over the container's regions that {@link #analyze} and {@link DragProbe} query. */
    public static ReservedIndex containerIndex(HostModel host, AnalysisOptions options) {
        return ReservedIndex.of(ContainerRegions.of(host, options.assignedDevices()));
    }

    public static AnalysisResult analyze(HostModel host, GuestLayout guest, List<DmaMap> maps, AnalysisOptions options) {
        return analyze(host, guest, maps, options, containerIndex(host, options));
    }

    /**
     * As {@link #analyze(HostModel, GuestLayout, List, AnalysisOptions)} with an index already built
     * by {@link #containerIndex} for the same host and options.
     *
     * @param maps the DMA maps in the order QEMU issues them (e.g. {@code DmaMapPlanner.plan})
     */
    public static AnalysisResult analyze(HostModel host, GuestLayout guest, List<DmaMap> maps, AnalysisOptions options,
                                         ReservedIndex index) {
        List<ReservedRegion> regions = index.regions();
        GroupChecks.Findings groups = GroupChecks.run(host, regions, options);
        List<Conflict> conflicts = new ArrayList<>(groups.notViable());
        conflicts.addAll(groups.identity());

        MapChecker checker = new MapChecker(host, guest, options, index);
        List<FailingMap> failing = new ArrayList<>();
        Conflict firstGuestWidth = null;
        for (DmaMap map : maps) {
            MapChecker.Outcome outcome = checker.check(map);
            conflicts.addAll(outcome.conflicts());
            Conflict f = outcome.failure();
            if (f != null) {
                failing.add(new FailingMap(map, f.hostRegion(), f.rule(), f.message()));
            }
            if (firstGuestWidth == null) {
                firstGuestWidth = outcome.guestWidth();
            }
        }
        conflicts.addAll(bankOverlaps(guest.banks()));

        List<IsolationSet> isolation = IsolationFinder.find(host.regions());
        conflicts.addAll(isolationConflicts(isolation,
                ContainerRegions.attachedGroups(host, options.assignedDevices())));

        AddressRange limit = fitLimit(checker);
        List<AddressRange> usable = IovaRanges.type1(checker.aperture(), regions);
        BankFitFinder fitter = new BankFitFinder(carves(guest), index, limit, clip(usable, limit),
                options.hostPageSize());
        List<BankFit> fits = new ArrayList<>();
        for (RamBank bank : guest.banks()) {
            fits.add(fitter.fit(bank));
        }

        // Evaluation order (REFERENCE §4): machine init (guest width) -> viability (R10) -> group to
        // container (R3) -> memory-listener maps (R1, R5-R9).
        Optional<String> predicted = Optional.empty();
        Optional<Rule> verdict = Optional.empty();
        if (firstGuestWidth != null) {
            predicted = Optional.of(firstGuestWidth.message());
            verdict = Optional.of(Rule.R5);
        } else if (groups.firstNotViableLine().isPresent()) {
            predicted = groups.firstNotViableLine();
            verdict = Optional.of(Rule.R10);
        } else if (groups.firstIdentityLine().isPresent()) {
            predicted = groups.firstIdentityLine();
            verdict = Optional.of(Rule.R3);
        } else if (!failing.isEmpty()) {
            predicted = Optional.of(failing.get(0).qemuLine());
            verdict = Optional.of(failing.get(0).rule());
        }
        Set<Rule> also = new LinkedHashSet<>();
        for (Conflict c : conflicts) {
            if (c.isError() && verdict.map(v -> v != c.rule()).orElse(true)) {
                also.add(c.rule());
            }
        }
        if (verdict.isEmpty()) {
            also.clear();
        }
        return new AnalysisResult(conflicts, failing, failing.stream().findFirst(), predicted, verdict,
                orderByEvaluation(also), groups.verdicts(), fits, usable, isolation, regions);
    }

    /**
     * R4: attaching group {@code newGroup} to a container that already holds {@code existingMaps}
     * (hot-add onto a running guest). type1 checks the maps against the new group's regions of
     * every type but direct-relaxable ({@code vfio_iommu_resv_conflict()}) and against its
     * aperture ({@code vfio_iommu_aper_conflict()}).
     */
    public static List<Conflict> hotAdd(HostModel host, List<DmaMap> existingMaps, int newGroup,
                                        AnalysisOptions options) {
        List<ReservedRegion> groupRegions = new ArrayList<>();
        for (ReservedRegion r : host.regions()) {
            if (r.group() == newGroup) {
                groupRegions.add(r);
            }
        }
        ReservedIndex index = ReservedIndex.of(GroupRegions.merge(groupRegions));
        AddressRange aperture = MapChecker.effectiveAperture(host);
        List<Conflict> out = new ArrayList<>();
        for (DmaMap map : existingMaps) {
            for (ReservedRegion r : index.overlapping(map.iova(), map.last())) {
                if (!r.type().excludedFromIova()) {
                    continue;
                }
                AddressRange overlap = map.range().intersection(r.range()).orElseThrow();
                out.add(new Conflict(Severity.ERROR, Rule.R4, map.regionName(), map.range(), map.bankId(), r, overlap,
                        "The running guest already maps " + map.range() + " (" + map.regionName() + "), which meets "
                                + r.reportedAs() + " region " + r.range() + " of group " + newGroup
                                + "; the kernel refuses to attach the new group.",
                        Messages.hotAddRefused(newGroup, "vfio_iommu_resv_conflict()")));
            }
            if (!aperture.contains(map.range())) {
                out.add(new Conflict(Severity.ERROR, Rule.R4, map.regionName(), map.range(), map.bankId(), null,
                        map.range(), "The running guest already maps " + map.range() + ", outside the new group's"
                        + " aperture " + aperture + "; the kernel refuses to attach the new group.",
                        Messages.hotAddRefused(newGroup, "vfio_iommu_aper_conflict()")));
            }
        }
        return out;
    }

    /**
     * GUEST_OVERLAP: one warning per bank per other bank it overlaps, in bank order then other-bank
     * order. Found by a sweep over the banks sorted by start, so a guest of many banks (10,000
     * DIMM sections in the issue #4 benchmark) costs O(b log b + overlaps), not b^2 pair tests.
     */
    static List<Conflict> bankOverlaps(List<RamBank> banks) {
        int b = banks.size();
        Integer[] byStart = new Integer[b];
        for (int i = 0; i < b; i++) {
            byStart[i] = i;
        }
        Arrays.sort(byStart, (x, y) -> Long.compareUnsigned(banks.get(x).start(), banks.get(y).start()));
        long[] pairs = new long[4];
        int count = 0;
        for (int p = 0; p < b; p++) {
            RamBank bank = banks.get(byStart[p]);
            for (int q = p + 1; q < b && Address.lessOrEqual(banks.get(byStart[q]).start(), bank.last()); q++) {
                if (count + 2 > pairs.length) {
                    pairs = Arrays.copyOf(pairs, pairs.length * 2);
                }
                pairs[count++] = ((long) byStart[p] << 32) | byStart[q];
                pairs[count++] = ((long) byStart[q] << 32) | byStart[p];
            }
        }
        Arrays.sort(pairs, 0, count);
        List<Conflict> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            bankOverlap(banks.get((int) (pairs[k] >>> 32)), banks.get((int) pairs[k])).ifPresent(out::add);
        }
        return out;
    }

    static Optional<Conflict> bankOverlap(RamBank bank, RamBank other) {
        Optional<AddressRange> overlap = bank.range().intersection(other.range());
        return overlap.map(o -> new Conflict(Severity.WARNING, Rule.GUEST_OVERLAP, bank.id(), bank.range(), bank.id(),
                null, o, "RAM bank " + bank.id() + " " + bank.range() + " overlaps RAM bank " + other.id() + " "
                + other.range() + " over " + o + "; QEMU's flat view shows only one of them there, so the guest"
                + " loses RAM it was promised.",
                Messages.BANK_OVERLAP_NO_LINE));
    }

    /**
     * ISOLATION: one warning per set of devices sharing identity-mapped memory that touches the
     * container. Every group of a set has regions of its own (that is how the set was found), so
     * a set touches the container when any of its groups is attached, and always when every group
     * is ({@code attachedGroups} empty). No pass over the container's regions is needed.
     */
    private static List<Conflict> isolationConflicts(List<IsolationSet> sets, Optional<Set<Integer>> attachedGroups) {
        List<Conflict> out = new ArrayList<>();
        for (IsolationSet s : sets) {
            if (attachedGroups.isPresent() && s.groups().stream().noneMatch(attachedGroups.get()::contains)) {
                continue;
            }
            out.add(new Conflict(Severity.WARNING, Rule.ISOLATION, null, null, null, null,
                    s.shared().isEmpty() ? null : s.shared().get(0),
                    String.join(", ", s.members()) + " (groups " + s.groups() + ") share identity-mapped memory "
                            + s.shared() + ", so they are not isolated from one another: a guest owning one can reach"
                            + " memory the others (or the platform) use.",
                    Messages.ISOLATION_NO_LINE));
        }
        return out;
    }

    static List<GuestRegion> carves(GuestLayout guest) {
        List<GuestRegion> carves = new ArrayList<>();
        for (GuestRegion r : guest.regions()) {
            if (r.carvesRam()) {
                carves.add(r);
            }
        }
        carves.sort(Comparator.comparing(GuestRegion::start, Long::compareUnsigned));
        return carves;
    }

    /** Where a map may lie at all: the aperture within the guest's address width. */
    static AddressRange fitLimit(MapChecker checker) {
        AddressRange a = checker.aperture();
        long guestLast = checker.guestLimit();
        if (Address.lessThan(guestLast, a.start())) {
            return AddressRange.of(a.start(), a.start());
        }
        return a.withLast(Address.min(a.last(), guestLast));
    }

    private static List<AddressRange> clip(List<AddressRange> ranges, AddressRange limit) {
        List<AddressRange> out = new ArrayList<>(ranges.size());
        for (AddressRange r : ranges) {
            r.intersection(limit).ifPresent(out::add);
        }
        return out;
    }

    private static List<Rule> orderByEvaluation(Set<Rule> rules) {
        List<Rule> order = List.of(Rule.R5, Rule.R10, Rule.R3, Rule.R1, Rule.R6, Rule.R7, Rule.R8, Rule.R9, Rule.R4);
        List<Rule> out = new ArrayList<>();
        for (Rule r : order) {
            if (rules.contains(r)) {
                out.add(r);
            }
        }
        for (Rule r : rules) {
            if (!out.contains(r)) {
                out.add(r);
            }
        }
        return out;
    }
}
