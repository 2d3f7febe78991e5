package org.iommuatlas.ui.panels;

import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.Sizes;
import org.iommuatlas.model.SourceRef;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BankFieldsTest {
    private final RamBank bank = new RamBank("ram", "mach-virt.ram", 0x40000000L, 4 * Sizes.GIB, SourceRef.COMPUTED);

    @Test
    void hexBaseAndUnitSizeAreRead() {
        RamBank b = BankFields.apply(bank, "0x40000000", "3054M");
        assertEquals(0x40000000L, b.start());
        assertEquals(0xbee00000L, b.size());
    }

    @Test
    void aBaseMayBeTypedAsASize() {
        assertEquals(0x100000000L, BankFields.parseBase("4G"));
    }

    @Test
    void aBareSizeIsMebibytesAsInQemu() {
        assertEquals(4096 * Sizes.MIB, BankFields.parseSize("4096"));
    }

    @Test
    void anUnknownUnitIsRefusedWithAMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BankFields.apply(bank, "0x40000000", "4Q"));
        assertTrue(e.getMessage().contains("unknown size unit 'Q' in '4Q'"), e.getMessage());
    }

    @Test
    void aBankPassing2To64IsRefused() {
        assertThrows(IllegalArgumentException.class, () -> BankFields.apply(bank, "0xffffffff00000000", "8G"));
    }

    @Test
    void anEmptySizeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> BankFields.apply(bank, "0x0", "0"));
    }
}
