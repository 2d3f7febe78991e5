package org.iommuatlas.guest;

import org.iommuatlas.model.MachineConfig;

/**
 * Guest machine presets computed from QEMU's own layout rules for any RAM size (REFERENCE §5):
 * the GPA map of an aarch64 or riscv64 {@code virt}, {@code pc} or {@code q35} guest, and what
 * QEMU would refuse about the configuration.
 */
public final class GuestPresets {
    private GuestPresets() {
    }

    /**
     * The layout for a config. Its {@code spec} is {@link MachineSpec#format} of the config, its
     * machine name the config's, and the problems are QEMU's own messages for a config it would
     * not start (the layout is still returned so the conflict can be drawn).
     */
    public static PresetLayout layout(MachineConfig config) {
        String spec = MachineSpec.format(config);
        return switch (config.type()) {
            case VIRT_AARCH64 -> ArmVirtLayout.layout(config, spec);
            case RISCV64_VIRT -> RiscvVirtLayout.layout(config, spec);
            case PC, Q35 -> X86Layout.layout(config, spec);
        };
    }
}
