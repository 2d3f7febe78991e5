package org.iommuatlas.analysis;

import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.GuestRegion;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.RamBank;

import java.util.ArrayList;
import java.util.List;

/**
 * Conflicts of one RAM bank while the user drags or resizes it. Built once per drag from the
 * layout without that bank and the prebuilt container index; each {@link #probe} plans only the
 * candidate bank's DMA maps (with the layout's carve-outs) and checks them with the same code as
 * {@link Analyzer}, so its answer equals the Analyzer's conflicts for that bank. A probe costs
 * O(c + log n + k) for c carve-outs (one on x86, none on Arm), n regions and k hits; it builds no
 * layout and uses no streams.
 */
public final class DragProbe {
    private final GuestRegion[] carves;
    private final List<RamBank> otherBanks;
    private final MapChecker checker;
    private final long page;

    /**
     * @param guestWithoutBank the layout with the dragged bank removed
     * @param index            {@link Analyzer#containerIndex} for the same host and options
     */
    public DragProbe(HostModel host, GuestLayout guestWithoutBank, AnalysisOptions options, ReservedIndex index) {
        this.carves = Analyzer.carves(guestWithoutBank).toArray(new GuestRegion[0]);
        this.otherBanks = guestWithoutBank.banks();
        this.checker = new MapChecker(host, guestWithoutBank, options, index);
        this.page = options.hostPageSize();
    }

    /** The candidate bank's conflicts: per DMA map in iova order, then overlaps with the other banks. */
    public List<Conflict> probe(RamBank candidate) {
        List<DmaMap> maps = new ArrayList<>(2);
        BankMaps.plan(candidate, carves, page, maps);
        List<Conflict> out = new ArrayList<>();
        for (int i = 0; i < maps.size(); i++) {
            out.addAll(checker.check(maps.get(i)).conflicts());
        }
        for (int i = 0; i < otherBanks.size(); i++) {
            RamBank other = otherBanks.get(i);
            Analyzer.bankOverlap(candidate, other).ifPresent(out::add);
        }
        return out;
    }

    /** True when some DMA map of the candidate would be refused. */
    public boolean fails(RamBank candidate) {
        List<Conflict> conflicts = probe(candidate);
        for (int i = 0; i < conflicts.size(); i++) {
            if (conflicts.get(i).isError()) {
                return true;
            }
        }
        return false;
    }
}
