package org.iommuatlas.model;

/** Guest CPU architecture: decides which host MSI windows a default layout can reach. */
public enum GuestArch {
    X86_64, AARCH64, RISCV64, OTHER
}
