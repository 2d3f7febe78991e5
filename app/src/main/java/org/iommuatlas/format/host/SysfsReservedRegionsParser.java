package org.iommuatlas.format.host;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.iommuatlas.model.SourceRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads one {@code /sys/kernel/iommu_groups/<N>/reserved_regions} file (REFERENCE §6.1): one
 * merged region per line, {@code 0x<start> 0x<inclusive end> <type word>}.
 *
 * <p>The kernel prints exactly 16 lowercase hex digits; text that was copied from a forum post or
 * retyped often has other widths or uppercase, so such lines are accepted with a note rather than
 * refused. An empty file is valid (a group whose IOMMU reports nothing).
 */
public final class SysfsReservedRegionsParser {
    /** The kernel's own output; anything else is read leniently. */
    static final Pattern STRICT_LINE =
            Pattern.compile("^0x([0-9a-f]{16}) 0x([0-9a-f]{16}) (direct|direct-relaxable|reserved|msi)$");

    /** Recognises a line of this format for sniffing, whatever its width or case. */
    static final Pattern LENIENT_LINE =
            Pattern.compile("^\\s*0[xX][0-9a-fA-F]+\\s+0[xX][0-9a-fA-F]+\\s+[A-Za-z][A-Za-z_-]*\\s*$");

    private SysfsReservedRegionsParser() {
    }

    /**
     * @param group the IOMMU group the file belongs to, or {@link ReservedRegion#NO_GROUP}
     * @throws ParseException for a line that is not {@code 0x<hex> 0x<hex> <word>}, a value
     *                        over 64 bits, or an end below its start
     */
    public static HostReadout parse(String sourceName, String text, int group) throws ParseException {
        List<ReservedRegion> regions = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        KernelRegionLine kernelLine = new KernelRegionLine();
        int lenientLines = 0;
        int length = text.length();
        int pos = 0;
        int lineNumber = 0;
        while (pos < length) {
            lineNumber++;
            int end;
            if (kernelLine.read(text, pos) && !Address.lessThan(kernelLine.last, kernelLine.start)) {
                end = kernelLine.end;
                regions.add(new ReservedRegion(kernelLine.start, kernelLine.last, kernelLine.type, kernelLine.word,
                        group, List.of(), new SourceRef(sourceName, lineNumber)));
            } else {
                end = TextLines.lineEnd(text, pos);
                String line = text.substring(pos, end);
                if (!line.isBlank()) {
                    regions.add(parseLine(sourceName, lineNumber, line, group, warnings));
                    if (!STRICT_LINE.matcher(line).matches()) {
                        lenientLines++;
                    }
                }
            }
            pos = TextLines.nextLineStart(text, end);
        }
        if (lenientLines > 0) {
            warnings.add(sourceName + ": " + lenientLines + " line(s) not in the kernel's exact form "
                    + "(0x + 16 lowercase hex digits, one space, a known word); read leniently");
        }
        HostModel host = HostModel.EMPTY.withRegions(regions);
        return new HostReadout(host, warnings);
    }

    private static ReservedRegion parseLine(String file, int lineNumber, String line, int group,
                                            List<String> warnings) throws ParseException {
        LineCursor c = new LineCursor(file, lineNumber, line);
        c.skipBlanks();
        c.expect("0x", "start of a reserved_regions line: 0x<start> 0x<end> <type>");
        long start = c.hex("the region start");
        c.requireBlanks("the end address");
        int endColumn = c.column();
        c.expect("0x", "the inclusive end address");
        long last = c.hex("the region end");
        c.requireBlanks("the type word");
        int wordColumn = c.column();
        String word = c.word();
        if (word.isEmpty()) {
            throw c.error("expected a type word (direct, direct-relaxable, reserved, msi), found " + c.found());
        }
        c.skipBlanks();
        if (!c.atEnd()) {
            throw c.error("expected the end of the line after the type word '" + word + "', found " + c.found());
        }
        if (Address.lessThan(last, start)) {
            throw c.errorAt(endColumn, "region end " + Address.hex16(last) + " is below its start "
                    + Address.hex16(start));
        }
        String reported = word.toLowerCase(Locale.ROOT);
        ReservedType type = typeOf(reported);
        if (type != null) {
            // The shared constant, not this line's copy: a big host holds one per region.
            reported = type.word();
        }
        if (type == null) {
            type = ReservedType.RESERVED;
            warnings.add(file + ":" + lineNumber + ":" + wordColumn + ": unknown type word '" + word
                    + "' read as reserved (the kernel knows direct, direct-relaxable, reserved, msi)");
        }
        return new ReservedRegion(start, last, type, reported, group, List.of(), new SourceRef(file, lineNumber));
    }

    /** The five words the kernel prints or has proposed; null for anything else. */
    private static ReservedType typeOf(String word) {
        switch (word) {
            case "direct":
                return ReservedType.DIRECT;
            case "direct-relaxable":
                return ReservedType.DIRECT_RELAXABLE;
            case "reserved":
                return ReservedType.RESERVED;
            case "msi":
                return ReservedType.MSI;
            case "sw-msi":
                // Proposed in 2024, believed unmerged (REFERENCE §2.1); accepted defensively.
                return ReservedType.SW_MSI;
            default:
                return null;
        }
    }
}
