package org.iommuatlas.format.guest;

import org.iommuatlas.model.GuestArch;
import org.iommuatlas.model.MachineType;

import java.util.Locale;
import java.util.Optional;

/**
 * Turns a QEMU machine name ({@code pc-q35-7.0}, {@code pc}, {@code virt-8.2}) into the machine
 * family the layout rules know and its version suffix. Shared by the command-line and libvirt
 * readers, which see the same names.
 */
final class MachineNames {
    /** What a machine name means: family, and the version suffix or null for the unversioned alias. */
    record Resolved(MachineType type, String version) {
    }

    static final String KNOWN = "pc, pc-i440fx-<version>, pc-<version>, q35, pc-q35-<version>, virt, virt-<version>";

    private MachineNames() {
    }

    /**
     * @param arch the guest architecture when known (from the binary or libvirt's {@code arch});
     *             decides whether {@code virt} is the Arm or the RISC-V board. OTHER means unknown,
     *             and {@code virt} then reads as Arm, the common case.
     */
    static Optional<Resolved> resolve(String machine, GuestArch arch) {
        String m = machine.trim().toLowerCase(Locale.ROOT);
        if (m.equals("q35")) {
            return Optional.of(new Resolved(MachineType.Q35, null));
        }
        if (m.startsWith("pc-q35-") && m.length() > "pc-q35-".length()) {
            return Optional.of(new Resolved(MachineType.Q35, machine.trim().substring("pc-q35-".length())));
        }
        if (m.equals("pc") || m.equals("pc-i440fx")) {
            return Optional.of(new Resolved(MachineType.PC, null));
        }
        if (m.startsWith("pc-i440fx-") && m.length() > "pc-i440fx-".length()) {
            return Optional.of(new Resolved(MachineType.PC, machine.trim().substring("pc-i440fx-".length())));
        }
        // pc-1.7, pc-0.15: the old i440FX names, which carry their version right after "pc-".
        if (m.matches("pc-\\d.*")) {
            return Optional.of(new Resolved(MachineType.PC, machine.trim().substring("pc-".length())));
        }
        if (m.equals("virt") || (m.startsWith("virt-") && m.length() > "virt-".length())) {
            String version = m.equals("virt") ? null : machine.trim().substring("virt-".length());
            MachineType type = arch == GuestArch.RISCV64 ? MachineType.RISCV64_VIRT : MachineType.VIRT_AARCH64;
            if (arch == GuestArch.X86_64) {
                return Optional.empty();
            }
            return Optional.of(new Resolved(type, version));
        }
        return Optional.empty();
    }

    /** The architecture a QEMU binary emulates ({@code qemu-system-aarch64}, {@code qemu-kvm}); OTHER when unknown. */
    static GuestArch archOfBinary(String binary) {
        String b = binary.toLowerCase(Locale.ROOT);
        int slash = b.lastIndexOf('/');
        String base = slash >= 0 ? b.substring(slash + 1) : b;
        if (base.startsWith("qemu-system-")) {
            return archOfName(base.substring("qemu-system-".length()));
        }
        // RHEL's qemu-kvm is overwhelmingly x86_64; an aarch64 qemu-kvm user gives -M virt anyway.
        if (base.equals("qemu-kvm") || base.equals("kvm")) {
            return GuestArch.X86_64;
        }
        return GuestArch.OTHER;
    }

    /** libvirt's {@code <type arch=...>} or the binary suffix: x86_64, i386, aarch64, riscv64. */
    static GuestArch archOfName(String arch) {
        switch (arch.trim().toLowerCase(Locale.ROOT)) {
            case "x86_64":
            case "i386":
            case "i686":
                return GuestArch.X86_64;
            case "aarch64":
            case "arm":
            case "armv7l":
                return GuestArch.AARCH64;
            case "riscv64":
            case "riscv32":
                return GuestArch.RISCV64;
            default:
                return GuestArch.OTHER;
        }
    }

    /** QEMU's default machine for a binary with no {@code -machine}: x86 {@code pc}, Arm/RISC-V {@code virt}. */
    static Optional<String> defaultMachine(GuestArch arch) {
        switch (arch) {
            case X86_64:
                return Optional.of("pc");
            case AARCH64:
            case RISCV64:
                return Optional.of("virt");
            default:
                return Optional.empty();
        }
    }

    /** A guest CPU model QEMU treats as AMD ({@code IS_AMD_CPU}): EPYC, Opteron, Zen, Phenom, Athlon. */
    static boolean isAmdModel(String model) {
        return model != null && model.matches("(?i).*(epyc|opteron|zen|amd|phenom|athlon).*");
    }
}
