package org.iommuatlas.analysis;

import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.ReservedType;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConflictTest {
    private static final AddressRange RAM = AddressRange.ofSize(0x40000000L, 0x100000000L);
    private static final AddressRange MSI = AddressRange.ofSize(0xfee00000L, 0x100000L);

    private static Conflict lazy(Supplier<String> explanation, Supplier<String> message) {
        return new Conflict(Severity.ERROR, Rule.R7, "mach-virt.ram", RAM, "ram",
                Fixtures.region(0xfee00000L, 0xfeefffffL, ReservedType.MSI, 7), MSI, explanation, message);
    }

    private static Conflict eager(String explanation, String message) {
        return new Conflict(Severity.ERROR, Rule.R7, "mach-virt.ram", RAM, "ram",
                Fixtures.region(0xfee00000L, 0xfeefffffL, ReservedType.MSI, 7), MSI, explanation, message);
    }

    @Test
    void suppliedTextsAreMadeOnceWhenFirstReadAndEqualTheSameGivenAsText() {
        AtomicInteger explained = new AtomicInteger();
        AtomicInteger worded = new AtomicInteger();
        Conflict lazy = lazy(() -> {
            explained.incrementAndGet();
            return "MSI writes are interrupts.";
        }, () -> {
            worded.incrementAndGet();
            return "vfio_dma_map(...) = -22 (Invalid argument)";
        });
        Conflict eager = eager("MSI writes are interrupts.", "vfio_dma_map(...) = -22 (Invalid argument)");

        assertEquals(eager.hashCode(), lazy.hashCode());
        assertTrue(lazy.isError());
        assertEquals(0, explained.get() + worded.get(), "hashing and the plain accessors make no text");
        assertEquals("vfio_dma_map(...) = -22 (Invalid argument)", lazy.message());
        assertEquals(0, explained.get(), "reading the message does not make the explanation");
        assertEquals("MSI writes are interrupts.", lazy.explanation());
        assertEquals("MSI writes are interrupts.", lazy.explanation());
        assertEquals(1, explained.get());
        assertEquals(1, worded.get());
        assertEquals(eager, lazy);
        assertEquals(lazy, eager);
    }

    @Test
    void findingsDifferingOnlyInTheirWordsAreNotEqual() {
        Conflict one = eager("MSI writes are interrupts.", "line");
        assertNotEquals(one, lazy(() -> "other words", () -> "line"));
        assertNotEquals(one, lazy(() -> "MSI writes are interrupts.", () -> "another line"));
    }

    @Test
    void theTextIncludesBothWordsInTheRecordsFormat() {
        String text = lazy(() -> "why", () -> "line").toString();
        assertTrue(text.startsWith("Conflict[severity=ERROR, rule=R7, section=mach-virt.ram"), text);
        assertTrue(text.endsWith("explanation=why, message=line]"), text);
    }

    @Test
    void requiredPartsAreRequired() {
        assertThrows(NullPointerException.class, () -> eager(null, "line"));
        assertThrows(NullPointerException.class, () -> eager("why", null));
        assertThrows(NullPointerException.class, () -> lazy(null, () -> "line"));
        assertThrows(NullPointerException.class, () -> lazy(() -> "why", null));
        assertThrows(NullPointerException.class, () -> lazy(() -> null, () -> "line").explanation());
        assertThrows(NullPointerException.class, () -> new Conflict(null, Rule.R7, null, null, null, null, null,
                "why", "line"));
    }
}
