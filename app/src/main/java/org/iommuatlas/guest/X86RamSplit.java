package org.iommuatlas.guest;

import org.iommuatlas.model.MachineConfig;
import org.iommuatlas.model.MachineType;
import org.iommuatlas.model.Sizes;

/**
 * How QEMU splits x86 guest RAM between {@code ram-below-4g} and {@code ram-above-4g}
 * (REFERENCE §5.4 / §5.5; {@code pc_init1()} in {@code hw/i386/pc_piix.c} and
 * {@code pc_q35_init()} in {@code hw/i386/pc_q35.c}).
 *
 * @param belowBytes RAM from GPA 0
 * @param aboveBytes RAM placed from {@code above_4g_mem_start} (0x100000000 or, after the AMD
 *                   relocation, 0x10000000000)
 */
public record X86RamSplit(long belowBytes, long aboveBytes) {
    /** pc: the traditional 3.5 GiB split and the default {@code max-ram-below-4g}. */
    public static final long PC_DEFAULT_LOWMEM = 0xE0000000L;
    /** pc, 1 GiB-aligned machine types: the split once RAM reaches max-ram-below-4g. */
    public static final long PC_GIGABYTE_LOWMEM = 0xC0000000L;
    /** q35: RAM below this stays low (512 MiB of I/O plus 256 MiB MMCONFIG must fit below 4 GiB). */
    public static final long Q35_LOWMEM = 0xB0000000L;
    /** q35: the split once RAM reaches {@link #Q35_LOWMEM}, on 1 GiB-aligned machine types. */
    public static final long Q35_GIGABYTE_LOWMEM = 0x80000000L;

    /** The split for a pc or q35 config; max-ram-below-4g above 4 GiB is clamped (QEMU refuses it). */
    public static X86RamSplit of(MachineConfig config) {
        long ram = config.ramBytes();
        boolean gigabyteAlign = MachineVersions.gigabyteAlign(config.version());
        long lowmem;
        if (config.type() == MachineType.PC) {
            long maxBelow = maxRamBelow4g(config, PC_DEFAULT_LOWMEM);
            lowmem = maxBelow;
            // Only when the RAM has to be split at all, and only on new types (live migration).
            if (Long.compareUnsigned(ram, maxBelow) >= 0 && gigabyteAlign
                    && Long.compareUnsigned(lowmem, PC_GIGABYTE_LOWMEM) > 0) {
                lowmem = PC_GIGABYTE_LOWMEM;
            }
        } else if (config.type() == MachineType.Q35) {
            if (Long.compareUnsigned(ram, Q35_LOWMEM) >= 0) {
                lowmem = gigabyteAlign ? Q35_GIGABYTE_LOWMEM : Q35_LOWMEM;
            } else {
                lowmem = Q35_LOWMEM;
            }
            long maxBelow = maxRamBelow4g(config, 4 * Sizes.GIB);
            if (Long.compareUnsigned(lowmem, maxBelow) > 0) {
                lowmem = maxBelow; // max-ram-below-4g only ever lowers the q35 split
            }
        } else {
            throw new IllegalArgumentException(config.type().specName() + " is not an x86 machine");
        }
        if (Long.compareUnsigned(ram, lowmem) >= 0) {
            return new X86RamSplit(lowmem, ram - lowmem);
        }
        return new X86RamSplit(ram, 0);
    }

    private static long maxRamBelow4g(MachineConfig config, long dflt) {
        Long given = config.maxRamBelow4g();
        if (given == null || given == 0) {
            return dflt; // 0 means "not set" in QEMU too
        }
        return Long.compareUnsigned(given, 4 * Sizes.GIB) > 0 ? 4 * Sizes.GIB : given;
    }
}
