package org.iommuatlas.ui.panels;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.Sizes;

/**
 * Reads a bank's base and size as typed: the base in hex ({@code 0x40000000}) or as a size-like
 * offset ({@code 1G}), the size in units ({@code 4G}, {@code 3054M}, a bare number is MiB as in
 * QEMU's {@code -m}) or hex.
 */
public final class BankFields {
    private BankFields() {
    }

    public static long parseBase(String text) {
        String t = text.trim();
        if (t.startsWith("0x") || t.startsWith("0X")) {
            return Address.parseHex(t);
        }
        return Sizes.parse(t, 1);
    }

    public static long parseSize(String text) {
        long size = Sizes.parse(text, Sizes.MIB);
        if (size == 0) {
            throw new NumberFormatException("a RAM bank cannot be empty");
        }
        return size;
    }

    /**
     * The bank {@code template} placed at the typed base with the typed size.
     *
     * @throws IllegalArgumentException (including NumberFormatException) with a message for the user
     */
    public static RamBank apply(RamBank template, String base, String size) {
        long b = parseBase(base);
        long s = parseSize(size);
        if (Address.lessThan(b + s - 1, b)) {
            throw new IllegalArgumentException("a bank at " + Address.hex(b) + " of " + Sizes.exact(s) + " passes 2^64");
        }
        return template.withRange(b, s);
    }
}
