package org.iommuatlas.guest;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.MachineConfig;
import org.iommuatlas.model.Sizes;

import java.util.List;

/** Rules of QEMU's {@code -m size,maxmem,slots} handling that every machine family shares. */
final class QemuMemoryRules {
    private QemuMemoryRules() {
    }

    /** {@code ROUND_UP(value, 1 GiB)}; callers keep values far enough below 2^64 for it not to wrap. */
    static long roundUpGiB(long value) {
        return (value + Sizes.GIB - 1) & -Sizes.GIB;
    }

    /** The maximum RAM QEMU works with: maxmem, or the boot RAM when maxmem is not given. */
    static long maxRam(MachineConfig c) {
        return c.maxRamBytes() == 0 ? c.ramBytes() : c.maxRamBytes();
    }

    /** The maxmem checks QEMU makes while parsing {@code -m}, with its words. */
    static void checkMaxmem(MachineConfig c, List<String> problems) {
        long maxRam = maxRam(c);
        if (Long.compareUnsigned(maxRam, c.ramBytes()) < 0) {
            problems.add("invalid value of maxmem: maximum memory size (" + Address.hex(maxRam)
                    + ") must be at least the initial memory size (" + Address.hex(c.ramBytes()) + ")");
        } else if (c.slots() > 0 && maxRam == c.ramBytes()) {
            problems.add("invalid value of maxmem: memory slots were specified but maximum memory size ("
                    + Address.hex(maxRam) + ") is equal to the initial memory size (" + Address.hex(c.ramBytes()) + ")");
        }
    }
}
