package org.iommuatlas.format.guest;

import org.iommuatlas.model.GuestArch;
import org.iommuatlas.model.MachineConfig;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.Sizes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a QEMU command line (typed, multi-line with {@code \}, a libvirt log line, or a {@code ps}
 * line whose first words are user, pid and times) into machine options.
 *
 * <p>Recognised: {@code -machine}/{@code -M}, {@code -m}, {@code -cpu}, {@code -object
 * memory-backend-*}, {@code -numa node,memdev=}, {@code -device vfio-pci,host=} and vIOMMU
 * devices, {@code -accel}, {@code -enable-kvm}. Every other option is skipped with its value. A
 * recognised option with a value the tool cannot use is a {@link ParseException} at that word.
 * Without {@code -machine} the binary decides the machine, as QEMU's default does (x86 → pc,
 * aarch64 and riscv64 → virt).
 */
public final class QemuCommandLineParser {
    /** QEMU's {@code default_ram_size} for pc, q35 and virt. */
    static final long DEFAULT_RAM = 128 * Sizes.MIB;

    private static final Pattern BINARY = Pattern.compile("(?:.*/)?(?:qemu-system-[A-Za-z0-9_]+|qemu-kvm|kvm)");
    private static final Set<String> VIOMMU_DEVICES = Set.of("intel-iommu", "amd-iommu", "virtio-iommu-pci",
            "virtio-iommu-device", "virtio-iommu", "arm-smmuv3");
    private static final Set<String> MEMORY_BACKENDS = Set.of("memory-backend-ram", "memory-backend-file",
            "memory-backend-memfd", "memory-backend-epc");

    private QemuCommandLineParser() {
    }

    public static QemuCommandLine parse(String file, String text) throws ParseException {
        return new Reader(file, CommandLineTokenizer.tokenize(file, text)).read();
    }

    private static final class Reader {
        private final String file;
        private final List<CommandLineTokenizer.Token> tokens;
        private String binary = "";
        private final Map<String, String> machineOptions = new LinkedHashMap<>();
        private CommandLineTokenizer.Token machineToken;
        private Long ramBytes;
        private long maxRam;
        private int slots;
        private String cpuModel = "";
        private int physBits;
        private String accel = "";
        private String viommuDevice = "";
        private final List<QemuCommandLine.MemoryBackend> backends = new ArrayList<>();
        private final List<String> numaMemdevs = new ArrayList<>();
        private final List<String> hostDevices = new ArrayList<>();

        Reader(String file, List<CommandLineTokenizer.Token> tokens) {
            this.file = file;
            this.tokens = tokens;
        }

        QemuCommandLine read() throws ParseException {
            int i = start();
            while (i < tokens.size()) {
                CommandLineTokenizer.Token t = tokens.get(i);
                if (!t.text().startsWith("-") || t.text().equals("-")) {
                    i++;
                    continue;
                }
                String option = t.text().startsWith("--") ? t.text().substring(2) : t.text().substring(1);
                boolean known = true;
                switch (option) {
                    case "machine":
                    case "M":
                        machine(value(i));
                        break;
                    case "m":
                        memory(value(i));
                        break;
                    case "cpu":
                        cpu(value(i));
                        break;
                    case "object":
                        object(value(i));
                        break;
                    case "numa":
                        numa(value(i));
                        break;
                    case "device":
                        device(value(i));
                        break;
                    case "accel":
                        accel = options(value(i), "accel").getOrDefault("accel", "");
                        break;
                    case "enable-kvm":
                        accel = "kvm";
                        i++;
                        continue;
                    default:
                        known = false;
                }
                if (known) {
                    i += 2;
                } else {
                    // Unknown option: skip it and, when the next word is not an option, its value.
                    boolean hasValue = i + 1 < tokens.size() && !tokens.get(i + 1).text().startsWith("-");
                    i += hasValue ? 2 : 1;
                }
            }
            return build();
        }

        /** Index of the first option: after the QEMU binary (skipping a ps line's columns), else the first '-' word. */
        private int start() throws ParseException {
            for (int i = 0; i < tokens.size(); i++) {
                if (BINARY.matcher(tokens.get(i).text()).matches()) {
                    binary = tokens.get(i).text();
                    return i + 1;
                }
            }
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).text().startsWith("-")) {
                    return i;
                }
            }
            throw new ParseException(file, tokens.isEmpty() ? 0 : 1, 0, "expected a QEMU command line such as"
                    + " 'qemu-system-x86_64 -machine q35 -m 4G ...', found no qemu binary and no options");
        }

        private CommandLineTokenizer.Token value(int optionIndex) throws ParseException {
            if (optionIndex + 1 >= tokens.size()) {
                CommandLineTokenizer.Token t = tokens.get(optionIndex);
                throw error(t, "option " + t.text() + " needs a value, found the end of the command line");
            }
            return tokens.get(optionIndex + 1);
        }

        private void machine(CommandLineTokenizer.Token value) throws ParseException {
            Map<String, String> opts = options(value, "type");
            if (opts.containsKey("type")) {
                machineToken = value;
            }
            machineOptions.putAll(opts);
            if (opts.containsKey("accel")) {
                accel = opts.get("accel");
            }
            if (opts.containsKey("max-ram-below-4g")) {
                size(value, opts.get("max-ram-below-4g"), 1, "max-ram-below-4g");
            }
            if (opts.containsKey("highmem") && QemuOptions.bool(opts.get("highmem")) == null) {
                throw error(value, "highmem=" + opts.get("highmem") + ": expected on or off");
            }
            String iommu = opts.get("iommu");
            if (iommu != null && !iommu.equals("none")) {
                viommuDevice = "iommu=" + iommu;
            }
        }

        /** {@code -m 4096} (MiB), {@code -m 4G}, {@code -m size=4G,slots=4,maxmem=16G}. */
        private void memory(CommandLineTokenizer.Token value) throws ParseException {
            Map<String, String> opts = options(value, "size");
            if (opts.containsKey("size")) {
                ramBytes = size(value, opts.get("size"), Sizes.MIB, "-m size");
                if (ramBytes <= 0) {
                    throw error(value, "-m " + value.text() + ": guest RAM must be more than 0 bytes");
                }
            }
            if (opts.containsKey("maxmem")) {
                maxRam = size(value, opts.get("maxmem"), 1, "maxmem");
            }
            if (opts.containsKey("slots")) {
                try {
                    slots = Integer.parseInt(opts.get("slots"));
                } catch (NumberFormatException e) {
                    throw error(value, "slots=" + opts.get("slots") + ": expected a whole number");
                }
            }
        }

        private void cpu(CommandLineTokenizer.Token value) throws ParseException {
            Map<String, String> opts = options(value, "model");
            cpuModel = opts.getOrDefault("model", "");
            String bits = opts.get("phys-bits");
            if (bits != null) {
                try {
                    physBits = Integer.parseInt(bits);
                } catch (NumberFormatException e) {
                    physBits = -1;
                }
                if (physBits < 1 || physBits > 64) {
                    throw error(value, "phys-bits=" + bits + ": expected a number of bits from 1 to 64");
                }
            }
        }

        private void object(CommandLineTokenizer.Token value) throws ParseException {
            Map<String, String> opts = options(value, "qom-type");
            String type = opts.getOrDefault("qom-type", "");
            if (!MEMORY_BACKENDS.contains(type)) {
                return;
            }
            String id = opts.get("id");
            if (id == null || id.isEmpty()) {
                throw error(value, type + " without id=: expected e.g. " + type + ",id=mem,size=4G");
            }
            String size = opts.get("size");
            if (size == null) {
                throw error(value, type + " '" + id + "' has no size=");
            }
            backends.add(new QemuCommandLine.MemoryBackend(type, id, size(value, size, 1, "size")));
        }

        private void numa(CommandLineTokenizer.Token value) throws ParseException {
            Map<String, String> opts = options(value, "type");
            if (opts.getOrDefault("type", "node").equals("node") && opts.containsKey("memdev")) {
                numaMemdevs.add(opts.get("memdev"));
            }
        }

        private void device(CommandLineTokenizer.Token value) throws ParseException {
            Map<String, String> opts = options(value, "driver");
            String driver = opts.getOrDefault("driver", "");
            if (VIOMMU_DEVICES.contains(driver)) {
                viommuDevice = driver;
                return;
            }
            if (!driver.equals("vfio-pci")) {
                return;
            }
            String host = opts.get("host");
            if (host == null && opts.containsKey("sysfsdev")) {
                String path = opts.get("sysfsdev");
                host = path.substring(path.lastIndexOf('/') + 1);
            }
            if (host == null) {
                return;
            }
            String device = host;
            hostDevices.add(PciAddresses.normalize(host).orElseThrow(() -> error(value, "vfio-pci host=" + device
                    + ": expected a PCI address such as 0000:01:00.0 or 01:00.0")));
        }

        private QemuCommandLine build() throws ParseException {
            GuestArch binaryArch = MachineNames.archOfBinary(binary);
            String machineName = machineOptions.get("type");
            if (machineName == null) {
                machineName = MachineNames.defaultMachine(binaryArch).orElseThrow(() -> new ParseException(file,
                        0, "cannot tell the machine: no -machine option and no qemu-system-<arch> binary"));
            }
            GuestArch arch = binaryArch;
            if (arch == GuestArch.OTHER && cpuModel.matches("(?i).*(rv64|riscv|sifive).*")) {
                arch = GuestArch.RISCV64;
            }
            String name = machineName;
            GuestArch archForError = binaryArch;
            MachineNames.Resolved resolved = MachineNames.resolve(name, arch).orElseThrow(() -> {
                String problem = "machine '" + name + "'" + (archForError == GuestArch.OTHER ? "" : " of " + binary)
                        + " is not one the tool lays out; expected " + MachineNames.KNOWN;
                return machineToken != null ? error(machineToken, problem) : new ParseException(file, 0, problem);
            });

            String backendId = machineOptions.get("memory-backend");
            long ram;
            boolean defaulted = false;
            if (ramBytes != null) {
                ram = ramBytes;
            } else if (backendId != null && backend(backendId) != null) {
                ram = backend(backendId).size();
            } else {
                ram = DEFAULT_RAM;
                defaulted = true;
            }
            Boolean highmem = machineOptions.containsKey("highmem") ? QemuOptions.bool(machineOptions.get("highmem")) : null;
            Long below4g = null;
            if (machineOptions.containsKey("max-ram-below-4g")) {
                below4g = Sizes.parse(machineOptions.get("max-ram-below-4g"), 1);
            }
            boolean vendorKnown = !cpuModel.isEmpty() && !cpuModel.equals("host") && !cpuModel.equals("max");
            boolean amd = vendorKnown && MachineNames.isAmdModel(cpuModel);
            MachineConfig config = new MachineConfig(resolved.type(), name, resolved.version(), ram, maxRam, slots,
                    highmem, below4g, amd, physBits, !viommuDevice.isEmpty(), backendId, hostDevices);
            return new QemuCommandLine(file, binary, config, cpuModel, vendorKnown, accel, defaulted, viommuDevice,
                    backends, numaMemdevs);
        }

        private QemuCommandLine.MemoryBackend backend(String id) {
            return backends.stream().filter(b -> b.id().equals(id)).findFirst().orElse(null);
        }

        private Map<String, String> options(CommandLineTokenizer.Token value, String impliedKey) throws ParseException {
            try {
                return QemuOptions.parse(value.text(), impliedKey);
            } catch (IllegalArgumentException e) {
                throw error(value, e.getMessage());
            }
        }

        private long size(CommandLineTokenizer.Token where, String text, long defaultUnit, String what)
                throws ParseException {
            try {
                return Sizes.parse(text, defaultUnit);
            } catch (NumberFormatException e) {
                throw error(where, what + "=" + text + ": " + e.getMessage());
            }
        }

        private ParseException error(CommandLineTokenizer.Token at, String problem) {
            return new ParseException(file, at.line(), at.column(), problem);
        }
    }
}
