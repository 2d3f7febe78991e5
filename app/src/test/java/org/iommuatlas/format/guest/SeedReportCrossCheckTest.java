package org.iommuatlas.format.guest;

import org.iommuatlas.guest.DmaMapPlanner;
import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.ParseException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The seed bug report's failing map must be exactly the first map the planner derives from the
 * same guest's flat view (aarch64 virt, 4 GiB): the two readers and the planner agree on numbers.
 */
class SeedReportCrossCheckTest {
    @Test
    void mapInTheSeedErrorIsTheFirstMapPlannedFromTheVirtFlatView() throws ParseException {
        QemuErrorLine reported = QemuErrorParser.parse("seed", GuestSamples.read("qemu-error-seed-000.txt")).lines()
                .stream().filter(l -> l.kind() == QemuErrorKind.DMA_MAP).findFirst().orElseThrow();
        DmaMap planned = DmaMapPlanner.plan(MtreeParser.toGuestLayout(
                MtreeParser.parse("virt", GuestSamples.read("mtree-virt-4g-flat.txt")))).get(0);
        assertEquals(reported.iova(), planned.iova());
        assertEquals(reported.size(), planned.size());
        assertEquals(reported.regionName(), planned.regionName());
    }
}
