package org.iommuatlas.ui.port;

import org.iommuatlas.model.DmaMap;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What the window needs from an analysis: the DMA maps QEMU would issue, the findings, the
 * predicted QEMU error line and what would fit instead.
 *
 * @param predictedError the first error QEMU would print, or null when the layout is clean
 * @param fits           short sentences such as "mach-virt.ram fits up to 3054 MiB at 0x40000000"
 */
public record AnalysisView(List<DmaMap> maps, List<ConflictView> conflicts, String predictedError, List<String> fits) {
    public static final AnalysisView EMPTY = new AnalysisView(List.of(), List.of(), null, List.of());

    public AnalysisView {
        maps = List.copyOf(maps);
        conflicts = conflicts.stream().sorted(Comparator.comparing(ConflictView::severity)).toList();
        fits = List.copyOf(fits);
        Objects.requireNonNull(maps);
    }

    public boolean clean() {
        return predictedError == null && conflicts.stream().noneMatch(c -> c.severity() == Severity.ERROR);
    }

    /** The maps that some error-level finding names: the picture marks them in the IOVA lane. */
    public List<DmaMap> failingMaps() {
        return conflicts.stream().filter(c -> c.severity() == Severity.ERROR && c.map() != null)
                .map(ConflictView::map).distinct().toList();
    }
}
