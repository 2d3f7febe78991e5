package org.iommuatlas.scenario;

import org.iommuatlas.format.guest.GuestFormat;
import org.iommuatlas.format.guest.GuestInput;
import org.iommuatlas.format.guest.GuestInputs;
import org.iommuatlas.format.guest.LibvirtDomain;
import org.iommuatlas.format.guest.LibvirtHostdev;
import org.iommuatlas.format.guest.MtreeParser;
import org.iommuatlas.format.guest.MtreeReadout;
import org.iommuatlas.format.guest.QemuCommandLine;
import org.iommuatlas.format.guest.QemuErrorLog;
import org.iommuatlas.format.host.HostFormat;
import org.iommuatlas.format.host.HostInputs;
import org.iommuatlas.format.host.HostReadout;
import org.iommuatlas.format.host.LiveSystemReader;
import org.iommuatlas.format.host.SysfsGroupsReader;
import org.iommuatlas.guest.GuestPresets;
import org.iommuatlas.guest.PresetLayout;
import org.iommuatlas.model.MachineConfig;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.Scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One door for every input: a file, a directory snapshot of {@code /sys/kernel/iommu_groups},
 * pasted text, or the live machine. The format is detected from the content, never from the file
 * name, so a paste works as well as a file.
 */
public final class InputLoader {
    /** Text inputs above this size are refused rather than read into memory. */
    public static final long MAX_TEXT_BYTES = 512L * 1024 * 1024;

    private final ScenarioJson scenarioJson;

    public InputLoader(ScenarioJson scenarioJson) {
        this.scenarioJson = scenarioJson;
    }

    public InputLoader() {
        this(PresetSpecResolver.codec());
    }

    /** A file (any supported text format) or a directory of IOMMU groups. */
    public LoadedInput load(Path path) throws ParseException {
        if (Files.isDirectory(path)) {
            HostReadout readout = SysfsGroupsReader.read(path);
            return LoadedInput.host(path.toString(), "sysfs IOMMU groups", readout.host(), readout.warnings());
        }
        String source = path.toString();
        byte[] bytes = ScenarioFiles.readTextBytes(path, MAX_TEXT_BYTES);
        // A reserved_regions dump in the kernel's exact form, by far the biggest input, is read
        // from the bytes in one pass. No other format can hold such text: every guest marker
        // needs a character those lines never contain (':', '(', '<', '#', 'q', 'o', 'g', '_',
        // an uppercase letter, a line starting with '-'), and it is what sniffing picks from the
        // first line; so the result is the one loadText gives, without decoding and sniffing
        // 47 MB (InputLoaderTest checks both paths agree).
        Optional<HostReadout> kernelRegions = HostInputs.parseKernelRegions(source, bytes);
        if (kernelRegions.isPresent()) {
            return host(source, HostFormat.SYSFS_RESERVED_REGIONS, kernelRegions.get());
        }
        return loadText(source, ScenarioFiles.decodeText(source, bytes));
    }

    private static LoadedInput host(String source, HostFormat format, HostReadout readout) {
        return LoadedInput.host(source, describe(format), readout.host(), readout.warnings());
    }

    /** The machine the program runs on: {@code /sys/kernel/iommu_groups} and, if readable, {@code /proc/iomem}. */
    public LoadedInput loadLiveMachine(Path root) throws ParseException {
        HostReadout readout = new LiveSystemReader(root).read();
        return LoadedInput.host("this machine", "live /sys", readout.host(), readout.warnings());
    }

    public LoadedInput loadText(String source, String text) throws ParseException {
        // The first non-blank character, not text.strip(): that copies the whole text when it
        // ends with a line break, as every file does.
        int first = firstNonWhitespace(text);
        if (first < 0) {
            throw new ParseException(source, 0, "is empty; expected reserved_regions lines, dmesg, /proc/iomem, an iasl"
                    + " dump, info mtree output, a QEMU error or command line, libvirt XML, or a scenario (.json)");
        }
        if (text.charAt(first) == '{') {
            Scenario scenario = scenarioJson.read(source, text);
            return new LoadedInput(source, "scenario", null, null, List.of(), null, scenario, List.of());
        }
        // A guest format wins wherever its marker is (a QEMU error line anywhere makes a log a QEMU
        // error log), so the whole text is scanned for them; the host format is told by the first
        // lines. On a large host text the host parse runs on a second core meanwhile: on a
        // 100,000-line dmesg the scan and the parse take about as long each, and the load takes
        // the longer of them instead of their sum. If a guest format wins, that parse is dropped;
        // if no pool thread has taken it when the scan ends, this thread parses (SharedParse).
        Optional<HostFormat> host = HostInputs.sniff(text);
        SharedParse<HostReadout> hostParse = host.isPresent() && text.length() >= PARALLEL_HOST_PARSE_CHARS
                ? SharedParse.offer(() -> HostInputs.parse(host.get(), source, text)) : null;
        Optional<GuestFormat> guest = GuestInputs.sniff(text);
        if (guest.isPresent()) {
            if (hostParse != null) {
                hostParse.drop();
            }
            return guest(source, GuestInputs.parse(source, text, guest.get()));
        }
        if (host.isPresent()) {
            return host(source, host.get(), hostParse != null ? hostParse.join()
                    : HostInputs.parse(host.get(), source, text));
        }
        throw new ParseException(source, firstLineNumber(text), "format not recognised; expected sysfs"
                + " reserved_regions lines (0x00000000fee00000 0x00000000feefffff msi), dmesg, /proc/iomem, an iasl"
                + " DMAR/IVRS/IORT dump, QEMU 'info mtree' output, a QEMU error or command line, libvirt domain XML,"
                + " or an IOMMU Atlas scenario; the first line reads: " + firstLine(text));
    }

    /** Texts at least this long parse their host format while the guest scan runs (about 1 MB). */
    static final int PARALLEL_HOST_PARSE_CHARS = 1 << 20;

    private LoadedInput guest(String source, GuestInput input) throws ParseException {
        if (input instanceof MtreeReadout mtree) {
            return LoadedInput.guest(source, "QEMU info mtree", MtreeParser.toGuestLayout(mtree), List.of(), List.of());
        }
        if (input instanceof QemuErrorLog log) {
            return new LoadedInput(source, "QEMU error log", null, null, List.of(), log, null, List.of());
        }
        if (input instanceof LibvirtDomain domain) {
            List<String> assigned = domain.hostdevs().stream().map(LibvirtHostdev::hostAddress).toList();
            return fromMachine(source, "libvirt domain XML", domain.machine().withHostDevices(assigned));
        }
        if (input instanceof QemuCommandLine line) {
            return fromMachine(source, "QEMU command line", line.machine());
        }
        throw new IllegalStateException("unhandled guest input " + input.getClass());
    }

    private static LoadedInput fromMachine(String source, String format, MachineConfig machine) {
        PresetLayout preset = GuestPresets.layout(machine);
        List<String> warnings = new ArrayList<>();
        for (String problem : preset.problems()) {
            warnings.add("QEMU would refuse this machine: " + problem);
        }
        return LoadedInput.guest(source, format, preset.layout(), machine.hostDevices(), warnings);
    }

    private static String describe(HostFormat format) {
        switch (format) {
            case SYSFS_RESERVED_REGIONS:
                return "sysfs reserved_regions";
            case DMESG:
                return "dmesg";
            case PROC_IOMEM:
                return "/proc/iomem";
            case IASL_DMAR:
                return "ACPI DMAR dump";
            case IASL_IVRS:
                return "ACPI IVRS dump";
            case IASL_IORT:
                return "ACPI IORT dump";
            default:
                return format.name();
        }
    }

    /** Index of the first character {@link String#strip} keeps, -1 for a blank text. */
    private static int firstNonWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        line = line.replaceAll("\\p{Cntrl}", "?");
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }

    private static int firstLineNumber(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return i + 1;
            }
        }
        return 0;
    }
}
