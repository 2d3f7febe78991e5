package org.iommuatlas.ui.engine;

import org.iommuatlas.analysis.AnalysisOptions;
import org.iommuatlas.analysis.AnalysisResult;
import org.iommuatlas.analysis.Analyzer;
import org.iommuatlas.analysis.BankFit;
import org.iommuatlas.analysis.Conflict;
import org.iommuatlas.analysis.MachineAdvice;
import org.iommuatlas.analysis.QemuWording;
import org.iommuatlas.analysis.ReservedIndex;
import org.iommuatlas.analysis.ScenarioAnalysis;
import org.iommuatlas.guest.DmaMapPlanner;
import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.report.Describe;
import org.iommuatlas.ui.port.AnalysisPort;
import org.iommuatlas.ui.port.AnalysisView;
import org.iommuatlas.ui.port.ConflictView;
import org.iommuatlas.ui.port.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The window's view of {@link org.iommuatlas.analysis}: a full analysis after each committed edit,
 * and a {@link org.iommuatlas.analysis.DragProbe} per drag that re-checks only the dragged bank
 * against an index built once per host (the index is cached, so starting a drag on a host with
 * 100,000 regions does not rebuild it).
 */
final class EngineAnalysisPort implements AnalysisPort {
    private HostModel indexedHost;
    private List<String> indexedDevices;
    private ReservedIndex index;
    private HostModel dragIndexedHost;
    private List<String> dragIndexedDevices;
    private ReservedIndex dragIndex;
    /**
     * The last scenario analysed and its result, possibly still being computed. WHY: the app
     * analyses the start-up scenario on a worker while the FX thread builds the window; the window,
     * asking for the same (immutable) scenario, gets that result (waiting for it if need be)
     * instead of a second analysis before its first frame. Guarded by {@code this}; the analyses
     * themselves run outside the lock, so a file analysed on a worker never blocks the FX thread.
     */
    private Scenario lastScenario;
    private CompletableFuture<AnalysisView> lastView;

    @Override
    public AnalysisView analyze(Scenario scenario) {
        CompletableFuture<AnalysisView> same = null;
        CompletableFuture<AnalysisView> mine = null;
        synchronized (this) {
            if (scenario == lastScenario) {
                same = lastView;
            } else {
                mine = new CompletableFuture<>();
                lastScenario = scenario;
                lastView = mine;
            }
        }
        if (same != null) {
            try {
                return same.join();
            } catch (CompletionException e) {
                return analyzeNow(scenario); // that attempt failed: fail (or succeed) here in the caller's own words
            }
        }
        try {
            AnalysisView view = analyzeNow(scenario);
            mine.complete(view);
            return view;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            synchronized (this) {
                if (lastView == mine) {
                    lastScenario = null;
                    lastView = null;
                }
            }
            throw e;
        }
    }

    private AnalysisView analyzeNow(Scenario scenario) {
        AnalysisOptions options = ScenarioAnalysis.options(scenario, QemuWording.VFIO_DMA_MAP);
        List<DmaMap> maps = DmaMapPlanner.plan(scenario.guest(), options.hostPageSize());
        AnalysisResult result = Analyzer.analyze(scenario.host(), scenario.guest(), maps, options,
                indexFor(scenario.host(), options));
        List<ConflictView> conflicts = views(result.conflicts(), maps);
        List<String> fits = new ArrayList<>();
        for (BankFit f : result.fits()) {
            if (!f.fits() || f.limitedBy() != null) {
                fits.add(Describe.fit(f));
            }
        }
        if (!result.failingMaps().isEmpty()) {
            for (MachineAdvice.Suggestion s : MachineAdvice.suggest(scenario, indexFor(scenario.host(), options))) {
                fits.add(s.description() + ": " + s.spec());
            }
        }
        // Ready before the first drag: with 100,000 regions building it took the first mouse event ~100 ms.
        dragIndexFor(scenario.host(), options);
        return new AnalysisView(maps, conflicts, result.predictedError().map(l -> l.replace('\n', ' ')).orElse(null),
                fits);
    }

    @Override
    public DragProbe probe(Scenario scenario, String bankId) {
        AnalysisOptions options = ScenarioAnalysis.options(scenario, QemuWording.VFIO_DMA_MAP);
        GuestLayout others = scenario.guest().withBanks(
                scenario.guest().banks().stream().filter(b -> !b.id().equals(bankId)).toList());
        org.iommuatlas.analysis.DragProbe probe = new org.iommuatlas.analysis.DragProbe(scenario.host(), others,
                options, dragIndexFor(scenario.host(), options));
        return candidate -> {
            // Not grouped as views() does: the drag index holds each range and type once
            // (dragIndexFor), so no two findings against host regions are the same finding. Only two
            // other banks overlapping the candidate over the same range can repeat one. This runs
            // on every mouse event; views()' grouping keys were most of what it allocated.
            List<Conflict> found = probe.probe(candidate);
            List<ConflictView> out = new ArrayList<>(found.size());
            List<AddressRange> bankOverlaps = new ArrayList<>(0);
            DmaMap map = null;
            for (Conflict c : found) {
                if (c.rule() == org.iommuatlas.analysis.Rule.GUEST_OVERLAP) {
                    if (bankOverlaps.contains(c.overlap())) {
                        continue;
                    }
                    bankOverlaps.add(c.overlap());
                }
                DmaMap mine = mapOf(c, null, map);
                map = mine != null ? mine : map;
                out.add(view(c, mine));
            }
            return out;
        };
    }

    /**
     * The drag path's index: one region per distinct range and type. Every group of a container
     * repeats the same windows (each x86 group lists the MSI window), and the window shows them as
     * one finding anyway ({@link #views}); checking each copy on every mouse event cost thousands
     * of identical conflicts per position on hosts with thousands of groups.
     */
    private synchronized ReservedIndex dragIndexFor(HostModel host, AnalysisOptions options) {
        if (host != dragIndexedHost || !options.assignedDevices().equals(dragIndexedDevices)) {
            java.util.Set<List<Object>> seen = new java.util.HashSet<>();
            List<org.iommuatlas.model.ReservedRegion> distinct = new ArrayList<>();
            for (org.iommuatlas.model.ReservedRegion r : indexFor(host, options).regions()) {
                if (seen.add(List.of(r.start(), r.last(), r.type()))) {
                    distinct.add(r);
                }
            }
            dragIndex = ReservedIndex.of(distinct);
            dragIndexedHost = host;
            dragIndexedDevices = options.assignedDevices();
        }
        return dragIndex;
    }

    private synchronized ReservedIndex indexFor(HostModel host, AnalysisOptions options) {
        if (host != indexedHost || !options.assignedDevices().equals(indexedDevices)) {
            index = Analyzer.containerIndex(host, options);
            indexedHost = host;
            indexedDevices = options.assignedDevices();
        }
        return index;
    }

    /**
     * One row per finding as the user sees it: the same range of the same type reported by several
     * groups of the container (every x86 group lists the MSI window) is one conflict, naming the groups.
     */
    static List<ConflictView> views(List<Conflict> conflicts, List<DmaMap> maps) {
        java.util.Map<List<Object>, List<Conflict>> byKey = new java.util.LinkedHashMap<>();
        for (Conflict c : conflicts) {
            List<Object> key = java.util.Arrays.asList(c.rule(), c.section(), c.sectionRange(), c.overlap(),
                    c.hostRegion() == null ? null : c.hostRegion().range(),
                    c.hostRegion() == null ? null : c.hostRegion().type());
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        List<ConflictView> out = new ArrayList<>(byKey.size());
        for (List<Conflict> same : byKey.values()) {
            ConflictView v = view(same.get(0), mapOf(same.get(0), maps, null));
            if (same.size() > 1) {
                String groups = same.stream().filter(c -> c.hostRegion() != null && c.hostRegion().hasGroup())
                        .map(c -> String.valueOf(c.hostRegion().group())).distinct()
                        .collect(java.util.stream.Collectors.joining(", "));
                if (!groups.isEmpty()) {
                    ConflictView one = v;
                    v = new ConflictView(v.severity(), v.rule(), v.summary() + " (groups " + groups + ")",
                            () -> one.explanation() + "\n\nEvery one of groups " + groups + " reports this range.",
                            v.bankId(), v.map(), v.hostRegion(), v.overlap());
                }
            }
            out.add(v);
        }
        return out;
    }

    /**
     * The DMA map a finding concerns: found in {@code maps} when given, else made from the finding.
     * {@code previous}, the map made for the finding before (findings come map by map), is reused
     * when it is the same map.
     */
    private static DmaMap mapOf(Conflict c, List<DmaMap> maps, DmaMap previous) {
        if (c.sectionRange() == null) {
            return null;
        }
        if (maps != null) {
            for (DmaMap m : maps) {
                if (m.range().equals(c.sectionRange())) {
                    return m;
                }
            }
        }
        if (c.section() == null || c.rule() == org.iommuatlas.analysis.Rule.GUEST_OVERLAP) {
            return null;
        }
        if (previous != null && previous.iova() == c.sectionRange().start()
                && previous.size() == c.sectionRange().size() && !previous.readOnly()
                && previous.regionName().equals(c.section()) && java.util.Objects.equals(previous.bankId(), c.bankId())) {
            return previous;
        }
        return new DmaMap(c.sectionRange().start(), c.sectionRange().size(), c.section(), false, c.bankId());
    }

    private static ConflictView view(Conflict c, DmaMap map) {
        AddressRange overlap = c.overlap() != null ? c.overlap()
                : c.sectionRange() != null ? c.sectionRange()
                : c.hostRegion() != null ? c.hostRegion().range() : AddressRange.FULL;
        String summary;
        if (c.section() != null && c.hostRegion() != null) {
            summary = c.section() + " overlaps " + c.hostRegion().type().word() + " " + c.hostRegion().range();
        } else if (c.hostRegion() != null) {
            summary = c.rule().title() + ": " + c.hostRegion().type().word() + " " + c.hostRegion().range();
        } else {
            summary = c.rule().title() + (c.overlap() != null ? " at " + Describe.range(c.overlap()) : "");
        }
        // Made when the inspector asks, not for every finding of every drag event.
        return new ConflictView(severity(c.severity()), c.rule().name(), summary,
                () -> c.explanation() + "\n\n" + c.message(), c.bankId(), map, c.hostRegion(), overlap);
    }

    private static Severity severity(org.iommuatlas.analysis.Severity s) {
        switch (s) {
            case ERROR:
                return Severity.ERROR;
            case WARNING:
                return Severity.WARNING;
            default:
                return Severity.INFO;
        }
    }
}
