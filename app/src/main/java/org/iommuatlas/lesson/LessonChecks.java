package org.iommuatlas.lesson;

import java.util.List;

import org.iommuatlas.analysis.AnalysisResult;
import org.iommuatlas.analysis.ContainerRegions;
import org.iommuatlas.model.Address;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.iommuatlas.model.Scenario;

/** The small predicates lessons' success checks are made of. */
public final class LessonChecks {
    private LessonChecks() {
    }

    /** Every DMA map QEMU would issue is accepted by the kernel. */
    public static boolean noFailingMap(AnalysisResult result) {
        return result.failingMaps().isEmpty();
    }

    /** The guest still has at least {@code bytes} of RAM (unsigned). */
    public static boolean ramAtLeast(Scenario scenario, long bytes) {
        return !Address.lessThan(scenario.guest().totalRam(), bytes);
    }

    /** No RAM bank overlaps a container region of {@code type}. */
    public static boolean noBankOverlaps(Scenario scenario, ReservedType type) {
        List<ReservedRegion> regions = ContainerRegions.of(scenario.host(), scenario.assignedDevices());
        for (RamBank bank : scenario.guest().banks()) {
            for (ReservedRegion r : regions) {
                if (r.type() == type && bank.range().overlaps(r.range())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The analysis reports {@code device} as not assignable. */
    public static boolean unassignable(AnalysisResult result, String device) {
        return result.devices().stream().anyMatch(d -> d.device().equals(device) && !d.assignable());
    }

    /** Bank {@code id} exists and starts at or above {@code address}. */
    public static boolean bankStartsAtOrAbove(Scenario scenario, String id, long address) {
        return scenario.guest().bank(id).map(b -> Address.lessOrEqual(address, b.start())).orElse(false);
    }

    /** Bank {@code id} exists and starts exactly at {@code address}. */
    public static boolean bankStartsAt(Scenario scenario, String id, long address) {
        return scenario.guest().bank(id).map(b -> b.start() == address).orElse(false);
    }
}
