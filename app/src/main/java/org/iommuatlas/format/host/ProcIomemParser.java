package org.iommuatlas.format.host;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.HostMemoryKind;
import org.iommuatlas.model.HostMemoryRange;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.SourceRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads {@code /proc/iomem} (REFERENCE §6.7): {@code <start>-<inclusive end> : <name>}, two spaces
 * of indentation per nesting level, lowercase hex of any width without {@code 0x}.
 */
public final class ProcIomemParser {
    /** Shown when every range reads 00000000-00000000, which is what non-root readers get. */
    public static final String NEEDS_ROOT_MESSAGE = "every range reads 00000000-00000000: the kernel hides"
            + " /proc/iomem addresses from readers without CAP_SYS_ADMIN; read it as root"
            + " (sudo cat /proc/iomem)";

    /** Recognises one line of this format, for sniffing. */
    static final Pattern LINE = Pattern.compile("^( *)[0-9a-fA-F]+-[0-9a-fA-F]+ : .*$");

    private ProcIomemParser() {
    }

    public static HostReadout parse(String sourceName, String text) throws ParseException {
        List<HostMemoryRange> ranges = new ArrayList<>();
        List<String> lines = TextLines.of(text);
        boolean allZero = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            HostMemoryRange r = parseLine(sourceName, i + 1, line);
            allZero &= r.start() == 0 && r.last() == 0;
            ranges.add(r);
        }
        if (!ranges.isEmpty() && allZero) {
            throw new ParseException(sourceName, 0, NEEDS_ROOT_MESSAGE);
        }
        return HostReadout.of(HostModel.EMPTY.withMemory(ranges));
    }

    /** True when the text has ranges and all of them are 0-0 (a non-root read). */
    public static boolean looksUnprivileged(String text) {
        boolean any = false;
        for (String line : TextLines.of(text)) {
            if (line.isBlank()) {
                continue;
            }
            any = true;
            if (!line.trim().matches("0+-0+ : .*")) {
                return false;
            }
        }
        return any;
    }

    private static HostMemoryRange parseLine(String file, int lineNumber, String line) throws ParseException {
        LineCursor c = new LineCursor(file, lineNumber, line);
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        if (indent < line.length() && line.charAt(indent) == '\t') {
            throw new ParseException(file, lineNumber, indent + 1, "expected spaces for nesting, found a tab");
        }
        if (indent % 2 != 0) {
            throw new ParseException(file, lineNumber, indent + 1,
                    "expected nesting by two spaces per level, found " + indent + " space(s)");
        }
        c.skipBlanks();
        long start = c.hex("the range start");
        c.expect("-", "between start and end");
        int endColumn = c.column();
        long last = c.hex("the inclusive range end");
        c.expect(" : ", "between the range and its name");
        String name = c.rest().trim();
        if (Address.lessThan(last, start)) {
            throw new ParseException(file, lineNumber, endColumn,
                    "range end " + Address.hex(last) + " is below its start " + Address.hex(start));
        }
        return new HostMemoryRange(start, last, kindOf(name), name, indent / 2, new SourceRef(file, lineNumber));
    }

    /** What a resource name means; names vary by platform and driver, so unknown ones are OTHER. */
    static HostMemoryKind kindOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("system ram")) {
            return HostMemoryKind.SYSTEM_RAM;
        }
        if (n.equals("reserved")) {
            return HostMemoryKind.RESERVED;
        }
        if (n.startsWith("acpi")) {
            return HostMemoryKind.ACPI;
        }
        if (n.startsWith("pci bus")) {
            return HostMemoryKind.PCI_WINDOW;
        }
        if (n.equals("local apic") || n.startsWith("lapic")) {
            return HostMemoryKind.LAPIC;
        }
        if (n.contains("ioapic")) {
            return HostMemoryKind.IOAPIC;
        }
        if (n.startsWith("dmar") || n.startsWith("amd_iommu") || n.startsWith("arm-smmu") || n.contains(".smmu")
                || n.startsWith("smmu")) {
            return HostMemoryKind.IOMMU_UNIT;
        }
        if (n.equals("video rom") || n.equals("system rom") || n.equals("adapter rom")) {
            return HostMemoryKind.ROM;
        }
        if (n.startsWith("persistent memory")) {
            return HostMemoryKind.PERSISTENT;
        }
        return HostMemoryKind.OTHER;
    }
}
