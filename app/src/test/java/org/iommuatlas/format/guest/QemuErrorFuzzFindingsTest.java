package org.iommuatlas.format.guest;

import org.iommuatlas.model.ParseException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Findings of GuestParsersFuzzTest#qemuErrors, kept as plain regression tests. */
class QemuErrorFuzzFindingsTest {
    /**
     * Fuzzer finding crash-7a715052...: an ioctl failure whose errno text is not one we know
     * ("Bad ad" + garbage) threw NullPointerException while unboxing the unknown errno.
     */
    @Test
    void anIoctlFailureWithAnUnknownErrnoTextKeepsTheTextAndNoNumber() throws ParseException {
        QemuErrorLog log = QemuErrorParser.parse("qemu.log",
                "qemu-system-x86_64: IOMMU_IOAS_MAP failed: Strange happening\n");
        assertEquals(1, log.lines().size());
        QemuErrorLine line = log.lines().get(0);
        assertEquals("IOMMU_IOAS_MAP", line.function());
        assertEquals("Strange happening", line.errnoText());
        assertNull(line.ret());
    }
}
