package org.iommuatlas.guest;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.MachineConfig;
import org.iommuatlas.model.MachineType;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.Sizes;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SPEC strings users type for a guest preset: {@code MACHINE:key=value,...}, for example
 * {@code q35:ram=1100G,cpu=amd,version=7.0} or {@code pc-i440fx-8.2:ram=3583M}.
 *
 * <p>MACHINE is {@code virt} (aarch64), {@code riscv64-virt}, {@code q35} or {@code pc}, or a
 * versioned QEMU name ({@code virt-8.2}, {@code pc-q35-7.0}, {@code pc-i440fx-8.2}, {@code pc-1.7}).
 * Keys: {@code ram} (required; a bare number is MiB like QEMU's {@code -m}), {@code version},
 * {@code cpu} ({@code amd}, {@code intel} or an x86 model name), {@code max-ram-below-4g},
 * {@code maxmem} (bare numbers are bytes for these two, as in QEMU's option parser),
 * {@code highmem}, {@code phys-bits}, {@code slots}, {@code viommu} and {@code ram-name}.
 *
 * <p>Caveat kept visible for users: under KVM (and HVF) QEMU overrides the CPU model's vendor
 * with the host's, so {@code cpu=} only decides the AMD 1 TiB relocation for TCG guests; a KVM
 * guest on an AMD host is an AMD vCPU whatever the model says ({@code target/i386/cpu.c}).
 */
public final class MachineSpec {
    /** The pseudo file name parse errors carry. */
    public static final String FILE = "<spec>";

    static final List<String> KEYS = List.of("ram", "version", "cpu", "max-ram-below-4g", "highmem",
            "phys-bits", "maxmem", "slots", "viommu", "ram-name");

    private static final String MACHINES = "virt, riscv64-virt, q35 or pc "
            + "(or a versioned name such as virt-8.2, pc-q35-7.1, pc-i440fx-8.2, pc-1.7)";
    private static final Pattern VERSIONED = Pattern.compile("(virt|pc-q35|pc-i440fx|pc)-(.*)");
    private static final List<String> AMD_MODELS = List.of("epyc", "opteron", "phenom", "athlon", "dhyana");
    private static final List<String> INTEL_MODELS = List.of("skylake", "cascadelake", "cooperlake", "icelake",
            "sapphirerapids", "graniterapids", "sierraforest", "clearwaterforest", "snowridge", "denverton",
            "haswell", "broadwell", "ivybridge", "sandybridge", "westmere", "nehalem", "penryn", "conroe",
            "core2duo", "coreduo", "kvm64", "kvm32", "qemu32", "pentium", "486", "n270");
    /** Models whose vendor is not fixed by the model (host passthrough, or TCG-only defaults). */
    private static final List<String> VENDOR_FROM_ELSEWHERE = List.of("host", "max", "qemu64", "base");

    private MachineSpec() {
    }

    /** A machine name split into its family and version (null when unversioned). */
    record MachineName(MachineType type, String version) {
    }

    /**
     * Parses a SPEC.
     *
     * @throws ParseException (file {@code <spec>}, line 1, column of the bad token) saying what was
     *                        expected and what was found
     */
    public static MachineConfig parse(String spec) throws ParseException {
        if (spec == null || spec.isBlank()) {
            throw error(1, "expected MACHINE:ram=<size>,... with MACHINE one of " + MACHINES + ", found nothing");
        }
        int colon = spec.indexOf(':');
        String nameToken = colon < 0 ? spec : spec.substring(0, colon);
        int nameColumn = 1 + leadingSpaces(nameToken);
        String machineName = nameToken.strip();
        MachineName name = recognize(machineName, nameColumn);

        Builder b = new Builder(name.type(), machineName, name.version());
        Set<String> seen = new HashSet<>();
        if (colon >= 0) {
            int pos = colon + 1;
            for (String item : spec.substring(colon + 1).split(",", -1)) {
                int itemColumn = pos + 1 + leadingSpaces(item);
                parseItem(item.strip(), itemColumn, b, seen);
                pos += item.length() + 1;
            }
        }
        if (b.ram == 0) {
            throw error(spec.length() + 1, "expected ram=<size> (for example ram=4G, ram=3583M, ram=0x100000000)");
        }
        return b.build();
    }

    /**
     * A canonical SPEC for a config: the machine as given when it is a name this class reads back
     * to the same family and version, else the family name with a {@code version=} key; then
     * {@code ram} and every key that differs from its default, in {@link #KEYS} order. Host
     * devices are not part of a SPEC.
     */
    public static String format(MachineConfig c) {
        StringBuilder s = new StringBuilder();
        boolean nameCarriesVersion = false;
        MachineName given = tryRecognize(c.machineName());
        if (given != null && given.type() == c.type() && java.util.Objects.equals(given.version(), c.version())) {
            s.append(c.machineName());
            nameCarriesVersion = true;
        } else {
            s.append(c.type().specName());
        }
        s.append(":ram=").append(formatSize(c.ramBytes()));
        if (c.version() != null && !nameCarriesVersion) {
            s.append(",version=").append(c.version());
        }
        if (c.amdVcpu()) {
            s.append(",cpu=amd");
        }
        if (c.maxRamBelow4g() != null) {
            s.append(",max-ram-below-4g=").append(formatSize(c.maxRamBelow4g()));
        }
        if (c.highmem() != null) {
            s.append(",highmem=").append(c.highmem() ? "on" : "off");
        }
        if (c.physBits() > 0) {
            s.append(",phys-bits=").append(c.physBits());
        }
        if (c.maxRamBytes() != 0) {
            s.append(",maxmem=").append(formatSize(c.maxRamBytes()));
        }
        if (c.slots() > 0) {
            s.append(",slots=").append(c.slots());
        }
        if (c.viommu()) {
            s.append(",viommu=on");
        }
        if (c.ramRegionName() != null) {
            s.append(",ram-name=").append(c.ramRegionName());
        }
        return s.toString();
    }

    /** The QEMU machine name of a family at a version: {@code pc-q35-7.1}, {@code virt-8.2}; the alias when null. */
    public static String versionedName(MachineType type, String version) {
        if (version == null || type == MachineType.RISCV64_VIRT) {
            return type.specName();
        }
        return switch (type) {
            case VIRT_AARCH64 -> "virt-" + version;
            case Q35 -> "pc-q35-" + version;
            case PC -> "pc-i440fx-" + version;
            case RISCV64_VIRT -> type.specName();
        };
    }

    /** A size the way a SPEC writes it: the largest of T/G/M/K that divides it, else hex bytes. */
    static String formatSize(long bytes) {
        long[] units = {Sizes.TIB, Sizes.GIB, Sizes.MIB, Sizes.KIB};
        String[] suffix = {"T", "G", "M", "K"};
        for (int i = 0; i < units.length; i++) {
            if (bytes != 0 && Long.remainderUnsigned(bytes, units[i]) == 0) {
                return Long.toUnsignedString(Long.divideUnsigned(bytes, units[i])) + suffix[i];
            }
        }
        return Address.hex(bytes);
    }

    private static MachineName tryRecognize(String name) {
        try {
            return recognize(name, 1);
        } catch (ParseException e) {
            return null;
        }
    }

    static MachineName recognize(String name, int column) throws ParseException {
        String n = name.toLowerCase(Locale.ROOT);
        switch (n) {
            case "virt":
                return new MachineName(MachineType.VIRT_AARCH64, null);
            case "riscv64-virt":
                return new MachineName(MachineType.RISCV64_VIRT, null);
            case "q35":
                return new MachineName(MachineType.Q35, null);
            case "pc":
                return new MachineName(MachineType.PC, null);
            default:
                break;
        }
        Matcher m = VERSIONED.matcher(n);
        if (m.matches()) {
            String family = m.group(1);
            String version = m.group(2);
            if (!MachineVersions.isValid(version)) {
                throw error(column + family.length() + 1, "expected a machine version such as 7.1 after '"
                        + name.substring(0, family.length() + 1) + "', found '" + version + "'");
            }
            MachineType type = switch (family) {
                case "virt" -> MachineType.VIRT_AARCH64;
                case "pc-q35" -> MachineType.Q35;
                default -> MachineType.PC;
            };
            return new MachineName(type, version);
        }
        throw error(column, "unknown machine '" + name + "': expected " + MACHINES);
    }

    private static void parseItem(String item, int column, Builder b, Set<String> seen) throws ParseException {
        if (item.isEmpty()) {
            throw error(column, "expected key=value (keys: " + String.join(", ", KEYS) + "), found nothing");
        }
        int eq = item.indexOf('=');
        if (eq < 0) {
            throw error(column, "expected key=value (keys: " + String.join(", ", KEYS) + "), found '" + item + "'");
        }
        String key = item.substring(0, eq).strip().toLowerCase(Locale.ROOT);
        String value = item.substring(eq + 1).strip();
        int valueColumn = column + eq + 1 + leadingSpaces(item.substring(eq + 1));
        if (!KEYS.contains(key)) {
            throw error(column, "unknown key '" + item.substring(0, eq).strip() + "': expected one of "
                    + String.join(", ", KEYS));
        }
        if (!seen.add(key)) {
            throw error(column, "key '" + key + "' is given twice");
        }
        if (value.isEmpty()) {
            throw error(valueColumn, "expected a value after '" + key + "=', found nothing");
        }
        checkApplies(key, b.type, column);
        switch (key) {
            case "ram" -> {
                b.ram = size(value, Sizes.MIB, valueColumn, key);
                if (b.ram == 0) {
                    throw error(valueColumn, "expected a RAM size above 0, found '" + value + "'");
                }
            }
            case "maxmem" -> b.maxRam = size(value, 1, valueColumn, key);
            case "max-ram-below-4g" -> b.maxRamBelow4g = size(value, 1, valueColumn, key);
            case "version" -> {
                if (!MachineVersions.isValid(value)) {
                    throw error(valueColumn, "expected a machine version such as 7.0, 7.1, 8.2 or 1.7, found '"
                            + value + "'");
                }
                if (b.version != null && !b.version.equals(value)) {
                    throw error(valueColumn, "version=" + value + " contradicts the machine name '"
                            + b.machineName + "' (version " + b.version + ")");
                }
                b.version = value;
            }
            case "cpu" -> b.amd = cpuIsAmd(value, valueColumn);
            case "highmem" -> b.highmem = bool(value, valueColumn, key);
            case "viommu" -> b.viommu = bool(value, valueColumn, key);
            case "phys-bits" -> b.physBits = integer(value, 1, 64, valueColumn, key);
            case "slots" -> b.slots = integer(value, 0, 1 << 20, valueColumn, key);
            case "ram-name" -> {
                if (!value.matches("[A-Za-z0-9_.\\-/]+")) {
                    throw error(valueColumn, "expected a memory-region name (letters, digits, . _ - /), found '"
                            + value + "'");
                }
                b.ramName = value;
            }
            default -> throw new IllegalStateException("key list and switch disagree on " + key);
        }
    }

    private static void checkApplies(String key, MachineType type, int column) throws ParseException {
        boolean x86 = type == MachineType.PC || type == MachineType.Q35;
        if ((key.equals("cpu") || key.equals("max-ram-below-4g")) && !x86) {
            throw error(column, key + " applies to the x86 machines (pc, q35) only, not " + type.specName());
        }
        if (key.equals("highmem") && type != MachineType.VIRT_AARCH64) {
            throw error(column, "highmem applies to the aarch64 virt machine only, not " + type.specName());
        }
        if (key.equals("version") && type == MachineType.RISCV64_VIRT) {
            throw error(column, "riscv64-virt has no versioned machine types");
        }
        if ((key.equals("maxmem") || key.equals("slots")) && type == MachineType.RISCV64_VIRT) {
            throw error(column, key + " (hotplug memory) is not modelled for riscv64-virt");
        }
    }

    private static boolean cpuIsAmd(String value, int column) throws ParseException {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.equals("amd")) {
            return true;
        }
        if (v.equals("intel")) {
            return false;
        }
        if (VENDOR_FROM_ELSEWHERE.contains(v)) {
            throw error(column, "cpu=" + value + " takes its vendor from the host or accelerator; "
                    + "expected cpu=amd or cpu=intel to say which");
        }
        for (String prefix : AMD_MODELS) {
            if (v.startsWith(prefix)) {
                return true;
            }
        }
        for (String prefix : INTEL_MODELS) {
            if (v.startsWith(prefix)) {
                return false;
            }
        }
        throw error(column, "expected cpu=amd, cpu=intel or an x86 model name (EPYC, Opteron_G5, Skylake-Server, "
                + "Haswell, ...), found '" + value + "'");
    }

    private static long size(String value, long defaultUnit, int column, String key) throws ParseException {
        long bytes;
        try {
            bytes = Sizes.parse(value, defaultUnit);
        } catch (NumberFormatException e) {
            throw error(column, key + ": " + e.getMessage());
        }
        if (bytes < 0) {
            // Only a hex value can get here; no QEMU size of 2^63 or more makes a layout.
            throw error(column, key + ": expected a size below 2^63, found '" + value + "'");
        }
        return bytes;
    }

    private static boolean bool(String value, int column, String key) throws ParseException {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "on", "yes", "true":
                return true;
            case "off", "no", "false":
                return false;
            default:
                throw error(column, "expected " + key + "=on or " + key + "=off, found '" + value + "'");
        }
    }

    private static int integer(String value, int min, int max, int column, String key) throws ParseException {
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the range
        }
        throw error(column, "expected " + key + " to be a whole number from " + min + " to " + max
                + ", found '" + value + "'");
    }

    private static int leadingSpaces(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static ParseException error(int column, String problem) {
        return new ParseException(FILE, 1, column, problem);
    }

    /** Collects the keys before the record is made (a record cannot be built field by field). */
    private static final class Builder {
        final MachineType type;
        final String machineName;
        String version;
        long ram;
        long maxRam;
        int slots;
        Boolean highmem;
        Long maxRamBelow4g;
        boolean amd;
        int physBits;
        boolean viommu;
        String ramName;

        Builder(MachineType type, String machineName, String version) {
            this.type = type;
            this.machineName = machineName;
            this.version = version;
        }

        MachineConfig build() {
            return new MachineConfig(type, machineName, version, ram, maxRam, slots, highmem, maxRamBelow4g, amd,
                    physBits, viommu, ramName, List.of());
        }
    }
}
