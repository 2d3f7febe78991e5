package org.iommuatlas.analysis;

import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.ReservedRegion;

import java.util.List;
import java.util.Optional;

/**
 * Everything the analysis found, immutable.
 *
 * @param conflicts        all findings: group-level rules first (R10, R3), then per DMA map in
 *                         QEMU's order, then overlapping banks, then isolation
 * @param failingMaps      every DMA map the kernel would refuse, in QEMU's order
 * @param firstFailingMap  the first of them: the one QEMU reports
 * @param predictedError   the line QEMU stops with, per the evaluation order of REFERENCE §4
 * @param verdict          the rule that surfaces first
 * @param alsoFailing      the other rules that would fail once the first is fixed, in evaluation order
 * @param devices          per device: assignable or not, and why
 * @param fits             per RAM bank: the largest size at its base and nearby placements
 * @param usableIova       the type1 valid IOVA list (aperture minus non-relaxable regions)
 * @param isolation        sets of devices in different groups that share identity-mapped memory
 * @param regions          the container's reserved regions the maps were checked against
 */
public record AnalysisResult(List<Conflict> conflicts, List<FailingMap> failingMaps,
                             Optional<FailingMap> firstFailingMap, Optional<String> predictedError,
                             Optional<Rule> verdict, List<Rule> alsoFailing, List<DeviceVerdict> devices,
                             List<BankFit> fits, List<AddressRange> usableIova, List<IsolationSet> isolation,
                             List<ReservedRegion> regions) {
    public AnalysisResult {
        conflicts = List.copyOf(conflicts);
        failingMaps = List.copyOf(failingMaps);
        alsoFailing = List.copyOf(alsoFailing);
        devices = List.copyOf(devices);
        fits = List.copyOf(fits);
        usableIova = List.copyOf(usableIova);
        isolation = List.copyOf(isolation);
        regions = List.copyOf(regions);
    }

    public boolean hasErrors() {
        return conflicts.stream().anyMatch(Conflict::isError);
    }

    public List<Conflict> conflictsOf(Rule rule) {
        return conflicts.stream().filter(c -> c.rule() == rule).toList();
    }

    public Optional<BankFit> fit(String bankId) {
        return fits.stream().filter(f -> f.bankId().equals(bankId)).findFirst();
    }
}
