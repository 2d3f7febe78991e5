package org.iommuatlas.ui.preset;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.Sizes;
import org.iommuatlas.ui.port.PresetPort;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the guest chooser's fields hold, as typed, and the SPEC they make. Each field is checked on
 * its own first, so the message names the field ("RAM: ..."); what only the whole SPEC can tell
 * (a version too old for the machine, say) comes from the preset port's parser.
 *
 * @param machine        {@code virt}, {@code riscv64-virt}, {@code q35} or {@code pc}
 * @param ram            RAM as typed ({@code 4G}, {@code 3054M}; a bare number is MiB as in QEMU's -m)
 * @param amdVcpu        x86 only: an AMD vCPU (decides the 1 TiB relocation)
 * @param version        machine-type version as typed, blank for the latest
 * @param maxRamBelow4g  x86 only: {@code max-ram-below-4g} as typed, blank for QEMU's default
 * @param highmem        aarch64 virt only: {@code on}, {@code off} or blank for QEMU's default
 * @param viommu         the guest has a vIOMMU (IOVA is then not GPA)
 */
public record GuestPresetForm(String machine, String ram, boolean amdVcpu, String version, String maxRamBelow4g,
                              String highmem, boolean viommu) {
    /** The machines the chooser offers, in menu order. */
    public static final List<String> MACHINES = List.of("virt", "riscv64-virt", "q35", "pc");

    private static final Pattern VERSION = Pattern.compile("\\d{1,3}\\.\\d{1,3}(\\.\\d{1,3})?");

    /** The chooser's start when the current guest is not a preset: the default scenario's guest. */
    public static final GuestPresetForm DEFAULT = new GuestPresetForm("virt", "4G", false, "", "", "", false);

    public GuestPresetForm {
        if (!MACHINES.contains(machine)) {
            throw new IllegalArgumentException("unknown machine " + machine);
        }
        ram = ram == null ? "" : ram;
        version = version == null ? "" : version;
        maxRamBelow4g = maxRamBelow4g == null ? "" : maxRamBelow4g;
        highmem = highmem == null ? "" : highmem;
    }

    /** The form showing a preset's fields (sizes in the largest whole unit: 4G, 3054M). */
    public static GuestPresetForm of(PresetPort.Choice c) {
        return new GuestPresetForm(c.machine(), size(c.ramBytes()), c.amdVcpu(), c.version() == null ? "" : c.version(),
                c.maxRamBelow4g() == null ? "" : size(c.maxRamBelow4g()),
                c.highmem() == null ? "" : c.highmem() ? "on" : "off", c.viommu());
    }

    public boolean x86() {
        return machine.equals("q35") || machine.equals("pc");
    }

    public boolean armVirt() {
        return machine.equals("virt");
    }

    public GuestPresetForm withMachine(String m) {
        return new GuestPresetForm(m, ram, amdVcpu, version, maxRamBelow4g, highmem, viommu);
    }

    public GuestPresetForm withRam(String r) {
        return new GuestPresetForm(machine, r, amdVcpu, version, maxRamBelow4g, highmem, viommu);
    }

    /**
     * The SPEC, with only the keys that apply to the machine (a q35 has no highmem), or the first
     * field that cannot be part of one.
     */
    public Outcome spec() {
        long ramBytes;
        try {
            ramBytes = Sizes.parse(ram, Sizes.MIB);
        } catch (NumberFormatException e) {
            return Outcome.invalid(Field.RAM, "RAM: " + e.getMessage());
        }
        if (ramBytes == 0) {
            return Outcome.invalid(Field.RAM, "RAM: a guest needs more than 0 bytes of RAM");
        }
        StringBuilder s = new StringBuilder(machine).append(":ram=").append(size(ramBytes));
        String v = version.strip();
        if (!v.isEmpty()) {
            if (machine.equals("riscv64-virt")) {
                return Outcome.invalid(Field.VERSION, "Version: riscv64-virt has no versioned machine types; leave it empty");
            }
            if (!VERSION.matcher(v).matches()) {
                return Outcome.invalid(Field.VERSION, "Version: expected a machine version such as 7.0, 8.2 or 2.12,"
                        + " found '" + v + "'");
            }
            s.append(",version=").append(v);
        }
        if (x86()) {
            s.append(",cpu=").append(amdVcpu ? "amd" : "intel");
            String below = maxRamBelow4g.strip();
            if (!below.isEmpty()) {
                try {
                    long bytes = Sizes.parse(below, 1);
                    if (Long.compareUnsigned(bytes, 1L << 32) > 0) {
                        return Outcome.invalid(Field.MAX_RAM_BELOW_4G, "max-ram-below-4g: at most 4G, found "
                                + below + " (" + Address.hex(bytes) + ")");
                    }
                    s.append(",max-ram-below-4g=").append(size(bytes));
                } catch (NumberFormatException e) {
                    return Outcome.invalid(Field.MAX_RAM_BELOW_4G, "max-ram-below-4g: " + e.getMessage());
                }
            }
        }
        if (armVirt() && !highmem.isBlank()) {
            s.append(",highmem=").append(highmem.strip().toLowerCase(Locale.ROOT));
        }
        if (viommu) {
            s.append(",viommu=on");
        }
        return Outcome.valid(s.toString(), null);
    }

    /** The SPEC's layout from the port, or the message of whatever is wrong. */
    public Outcome evaluate(PresetPort presets) {
        Outcome spec = spec();
        if (!spec.valid()) {
            return spec;
        }
        try {
            return Outcome.valid(spec.spec(), presets.layout(spec.spec()));
        } catch (ParseException e) {
            return Outcome.invalid(null, e.problem());
        }
    }

    /** A size the way a SPEC writes it: the largest of T/G/M/K that divides it, else hex bytes. */
    public static String size(long bytes) {
        long[] units = {Sizes.TIB, Sizes.GIB, Sizes.MIB, Sizes.KIB};
        String[] suffix = {"T", "G", "M", "K"};
        for (int i = 0; i < units.length; i++) {
            if (bytes != 0 && Long.remainderUnsigned(bytes, units[i]) == 0) {
                return Long.toUnsignedString(Long.divideUnsigned(bytes, units[i])) + suffix[i];
            }
        }
        return Address.hex(bytes);
    }

    /** The field a message is about, so the dialog can mark it. */
    public enum Field { RAM, VERSION, MAX_RAM_BELOW_4G }

    /**
     * Either a SPEC (and, once evaluated, its preset) or what is wrong.
     *
     * @param field the field at fault, or null when the message is about the whole SPEC
     */
    public record Outcome(String spec, PresetPort.Preset preset, Field field, String error) {
        static Outcome valid(String spec, PresetPort.Preset preset) {
            return new Outcome(spec, preset, null, null);
        }

        static Outcome invalid(Field field, String error) {
            return new Outcome(null, null, field, error);
        }

        public boolean valid() {
            return error == null;
        }
    }
}
