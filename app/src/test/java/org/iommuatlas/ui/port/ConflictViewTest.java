package org.iommuatlas.ui.port;

import org.iommuatlas.model.AddressRange;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConflictViewTest {
    private static final AddressRange MSI = AddressRange.ofSize(0xfee00000L, 0x100000L);

    @Test
    void aSuppliedExplanationIsMadeOnceWhenFirstAskedAndEqualsTheSameGivenAsText() {
        AtomicInteger made = new AtomicInteger();
        ConflictView lazy = new ConflictView(Severity.ERROR, "R7", "ram overlaps msi " + MSI, () -> {
            made.incrementAndGet();
            return "MSI writes are interrupts.";
        }, "ram", null, null, MSI);
        ConflictView eager = new ConflictView(Severity.ERROR, "R7", "ram overlaps msi " + MSI,
                "MSI writes are interrupts.", "ram", null, null, MSI);
        assertEquals(eager.hashCode(), lazy.hashCode());
        assertEquals(0, made.get(), "hashing does not make it");
        assertEquals("MSI writes are interrupts.", lazy.explanation());
        assertEquals("MSI writes are interrupts.", lazy.explanation());
        assertEquals(1, made.get());
        assertEquals(eager, lazy);
        assertNotEquals(eager, new ConflictView(Severity.ERROR, "R7", "ram overlaps msi " + MSI, "other words",
                "ram", null, null, MSI));
    }

    @Test
    void requiredPartsAreRequired() {
        assertThrows(NullPointerException.class,
                () -> new ConflictView(Severity.ERROR, "R7", "s", (String) null, null, null, null, MSI));
        assertThrows(NullPointerException.class,
                () -> new ConflictView(Severity.ERROR, "R7", "s", "e", null, null, null, null));
        assertThrows(NullPointerException.class,
                () -> new ConflictView(null, "R7", "s", "e", null, null, null, MSI));
    }
}
