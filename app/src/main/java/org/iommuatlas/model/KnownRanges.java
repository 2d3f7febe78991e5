package org.iommuatlas.model;


/** Fixed address ranges the kernel and QEMU hard-code, named once for parsers, rules and pictures (REFERENCE §1.4, §1.5, §3.3, §5.7). */
public final class KnownRanges {
    /** x86 MSI / interrupt-remapping window, Intel and AMD ({@code IOAPIC_RANGE_*}, {@code MSI_RANGE_*}). */
    public static final AddressRange X86_MSI = AddressRange.of(0xFEE00000L, 0xFEEFFFFFL);
    /** Arm SMMU software MSI window ({@code MSI_IOVA_BASE}, {@code MSI_IOVA_LENGTH}). */
    public static final AddressRange ARM_SW_MSI = AddressRange.of(0x08000000L, 0x080FFFFFL);
    /** AMD HyperTransport reserved range ({@code HT_RANGE_START/END}). */
    public static final AddressRange AMD_HT = AddressRange.of(0xFD00000000L, 0xFFFFFFFFFFL);
    /** Everything below 4 GiB: where x86 guest low RAM and Intel RMRRs of R9 live. */
    public static final AddressRange BELOW_4G = AddressRange.of(0, 0xFFFFFFFFL);

    private KnownRanges() {
    }
}
