package org.iommuatlas.format.host;

import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.ReservedRegion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One entry point for host-side text: parse a known format, or recognise the format from the
 * text itself (for pasted input and files with arbitrary names).
 */
public final class HostInputs {
    /** How many non-blank lines sniffing looks at: iasl headers and dmesg noise come first. */
    private static final int SNIFF_LINES = 60;

    private HostInputs() {
    }

    /**
     * Parses {@code text} as {@code format}. A sysfs file read this way has no group number; the
     * platform is inferred from the regions when the input does not name it (REFERENCE §2.1).
     */
    public static HostReadout parse(HostFormat format, String sourceName, String text) throws ParseException {
        HostReadout readout = switch (format) {
            case SYSFS_RESERVED_REGIONS -> SysfsReservedRegionsParser.parse(sourceName, text, ReservedRegion.NO_GROUP);
            case DMESG -> DmesgParser.parse(sourceName, text);
            case PROC_IOMEM -> ProcIomemParser.parse(sourceName, text);
            case IASL_DMAR -> IaslDmarParser.parse(sourceName, text);
            case IASL_IVRS -> IaslIvrsParser.parse(sourceName, text);
            case IASL_IORT -> IaslIortParser.parse(sourceName, text);
        };
        return PlatformInference.apply(readout);
    }

    /**
     * A reserved_regions file read straight from its bytes when every line of it is in the
     * kernel's exact form (blank lines aside): the same readout as
     * {@code parse(SYSFS_RESERVED_REGIONS, sourceName, text)} on the decoded text, without
     * decoding or copying it (issue #4: a million-line dump). Empty for any other content (other
     * widths, uppercase, an error, another format), which the caller then decodes, sniffs and
     * parses as text, with that path's warnings and error messages.
     */
    public static Optional<HostReadout> parseKernelRegions(String sourceName, byte[] bytes) {
        List<ReservedRegion> regions = KernelRegionBytes.read(sourceName, bytes, ReservedRegion.NO_GROUP);
        if (regions == null) {
            return Optional.empty();
        }
        return Optional.of(PlatformInference.apply(
                new HostReadout(HostModel.EMPTY.withRegions(regions), List.of())));
    }

    /** Recognises the format from content, or empty when the text is none of them. */
    public static Optional<HostFormat> sniff(String text) {
        List<String> head = firstNonBlankLines(text);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        String signature = IaslDump.signature(String.join("\n", head));
        if (signature != null) {
            switch (signature) {
                case "DMAR":
                    return Optional.of(HostFormat.IASL_DMAR);
                case "IVRS":
                    return Optional.of(HostFormat.IASL_IVRS);
                case "IORT":
                    return Optional.of(HostFormat.IASL_IORT);
                default:
                    return Optional.empty();
            }
        }
        String first = head.get(0);
        if (SysfsReservedRegionsParser.LENIENT_LINE.matcher(first).matches()) {
            return Optional.of(HostFormat.SYSFS_RESERVED_REGIONS);
        }
        if (ProcIomemParser.LINE.matcher(first).matches()) {
            return Optional.of(HostFormat.PROC_IOMEM);
        }
        for (String line : head) {
            if (DmesgParser.isRecognisedMessage(line.substring(DmesgPrefixes.messageStart(line)))) {
                return Optional.of(HostFormat.DMESG);
            }
        }
        return Optional.empty();
    }

    /**
     * The first {@link #SNIFF_LINES} non-blank lines, split as {@link TextLines} splits them; the
     * rest of the text is not touched (a million-line file is not cut into lines to look at 60).
     */
    private static List<String> firstNonBlankLines(String text) {
        List<String> out = new ArrayList<>();
        int pos = 0;
        while (pos < text.length() && out.size() < SNIFF_LINES) {
            int end = TextLines.lineEnd(text, pos);
            String line = text.substring(pos, end);
            if (!line.isBlank()) {
                out.add(line);
            }
            pos = TextLines.nextLineStart(text, end);
        }
        return out;
    }
}
