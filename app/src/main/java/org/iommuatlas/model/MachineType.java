package org.iommuatlas.model;

/** The QEMU machine families the tool lays out from QEMU's own rules. */
public enum MachineType {
    /** aarch64 {@code virt}: RAM from 0x40000000. */
    VIRT_AARCH64("virt", GuestArch.AARCH64),
    /** riscv64 {@code virt}: RAM from 0x80000000. */
    RISCV64_VIRT("riscv64-virt", GuestArch.RISCV64),
    /** x86 {@code q35}: 2 GiB low once RAM reaches 2816 MiB. */
    Q35("q35", GuestArch.X86_64),
    /** x86 {@code pc} (i440FX): 3 GiB low once RAM reaches 3.5 GiB. */
    PC("pc", GuestArch.X86_64);

    private final String specName;
    private final GuestArch arch;

    MachineType(String specName, GuestArch arch) {
        this.specName = specName;
        this.arch = arch;
    }

    /** The name used in a SPEC ({@code virt:ram=4G}). */
    public String specName() {
        return specName;
    }

    public GuestArch arch() {
        return arch;
    }
}
