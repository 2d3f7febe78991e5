package org.iommuatlas.analysis;

import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.ReservedRegion;

/**
 * A DMA map the kernel would refuse, with the first thing it runs into.
 *
 * @param region    the first blocking host region, or null when the map leaves the aperture (R5)
 * @param qemuLine  the line QEMU prints for it
 */
public record FailingMap(DmaMap map, ReservedRegion region, Rule rule, String qemuLine) {
}
