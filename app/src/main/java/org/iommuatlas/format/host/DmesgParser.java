package org.iommuatlas.format.host;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.HostDevice;
import org.iommuatlas.model.HostMemoryKind;
import org.iommuatlas.model.HostMemoryRange;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.HostPlatform;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.iommuatlas.model.SourceRef;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the host facts out of a kernel log (REFERENCE §6.3–6.6): identity-map lines and DMAR RMRR
 * lines (direct regions), the e820 memory map, device-to-group lines, and the IOMMU vendor.
 *
 * <p>A kernel log is mostly lines about other things; those are skipped. A line that carries one
 * of our markers but does not have the expected shape is an error, because skipping it would
 * silently lose a reserved region.
 */
public final class DmesgParser {
    private static final Pattern IDENTITY_MARKER = Pattern.compile("(?:Setting|Ignoring) identity map for ");
    private static final String SETTING_IDENTITY = "Setting identity map for ";
    private static final String IGNORING_IDENTITY = "Ignoring identity map for ";
    private static final Pattern E820_TABLE = Pattern.compile("^(BIOS-e820|e820|modified|user): ?(?=\\[(?:mem|gap) |[0-9a-fA-F]{8})");
    private static final Pattern GROUP_LINE = Pattern.compile("^(?:\\S+ )?(\\S+): Adding to iommu group (\\S+)\\s*$");
    private static final Pattern OLD_GROUP_LINE = Pattern.compile("^iommu: Adding device (\\S+) to group (\\S+)\\s*$");
    private static final Pattern GROUP_NUMBER = Pattern.compile("\\d{1,9}");

    private DmesgParser() {
    }

    public static HostReadout parse(String sourceName, String text) throws ParseException {
        return new Run(sourceName).parse(text);
    }

    /** True when the message (prefixes removed) is a line this parser reads, for sniffing. */
    static boolean isRecognisedMessage(String message) {
        return IDENTITY_MARKER.matcher(message).find() || message.contains("RMRR base:")
                || E820_TABLE.matcher(message).find() || message.contains("Adding to iommu group")
                || message.startsWith("DMAR:") || message.startsWith("AMD-Vi:")
                || message.startsWith("BIOS-provided physical RAM map") || message.startsWith("Linux version ")
                || message.startsWith("e820: BIOS-provided physical RAM map");
    }

    /** State of one parse: what was read so far. */
    private static final class Run {
        private final String file;
        private final List<ReservedRegion> regions = new ArrayList<>();
        private final Map<String, List<HostMemoryRange>> e820Tables = new LinkedHashMap<>();
        private final Map<String, HostDevice> devices = new LinkedHashMap<>();
        private final List<String> warnings = new ArrayList<>();
        private final Set<HostPlatform> contradictions = EnumSet.noneOf(HostPlatform.class);
        private HostPlatform platform = HostPlatform.UNKNOWN;
        private int identityLines;

        Run(String file) {
            this.file = file;
        }

        /**
         * Walks the lines as {@link TextLines} splits them, by index: only a line that may be
         * read is copied out of the text (a log runs to 100,000 lines, one in twenty of them ours).
         */
        HostReadout parse(String text) throws ParseException {
            Phrases phrases = new Phrases(text);
            boolean lfOnly = text.indexOf('\r') < 0;
            int length = text.length();
            int pos = 0;
            int lineNumber = 0;
            while (pos < length) {
                lineNumber++;
                int end = lfOnly ? lfLineEnd(text, pos) : TextLines.lineEnd(text, pos);
                int at = DmesgPrefixes.messageStart(text, pos, end);
                PhrasesSeen seen = phrases.inMessage(at, end);
                if (seen.any() || phrases.startsWithReadWord(at, end)) {
                    parseLine(lineNumber, text.substring(pos, end), at - pos, seen);
                }
                pos = TextLines.nextLineStart(text, end);
            }
            return result();
        }

        private static int lfLineEnd(String text, int from) {
            int lf = text.indexOf('\n', from);
            return lf < 0 ? text.length() : lf;
        }

        /**
         * Reads one line whose message starts at {@code at}; {@code seen} says which of the
         * phrases the message holds, so that a message without them is not searched for them
         * again (each search is a scan of the line).
         */
        private void parseLine(int lineNumber, String line, int at, PhrasesSeen seen) throws ParseException {
            String message = line.substring(at);
            // Both identity markers hold "identity map for ".
            int identityEnd = seen.identity() ? identityMarkerEnd(message) : -1;
            if (identityEnd >= 0) {
                identityMap(new LineCursor(file, lineNumber, line, at + identityEnd), message, lineNumber);
                return;
            }
            int rmrr = seen.rmrr() ? message.indexOf("RMRR base:") : -1;
            if (rmrr >= 0) {
                rmrrLine(new LineCursor(file, lineNumber, line, at + rmrr), lineNumber);
                noteVendor(HostPlatform.INTEL, lineNumber);
                return;
            }
            if (startsWithE820Word(message)) {
                Matcher e820 = E820_TABLE.matcher(message);
                if (e820.find()) {
                    e820Line(e820.group(1), new LineCursor(file, lineNumber, line, at + e820.end()), lineNumber);
                    return;
                }
            }
            if (seen.group() || message.startsWith("iommu: Adding device ")) {
                groupLine(message, lineNumber, at);
                return;
            }
            if (message.startsWith("DMAR:") || message.startsWith("DMAR-IR:")) {
                noteVendor(HostPlatform.INTEL, lineNumber);
            } else if (message.startsWith("AMD-Vi:")) {
                noteVendor(HostPlatform.AMD, lineNumber);
            } else if (message.startsWith("arm-smmu")) {
                noteVendor(HostPlatform.ARM_SMMU, lineNumber);
            }
        }

        /**
         * Where {@link #IDENTITY_MARKER} would end its first match in {@code message}, -1 for none;
         * two plain searches instead of the regular expression's scan.
         */
        private static int identityMarkerEnd(String message) {
            int setting = message.indexOf(SETTING_IDENTITY);
            int ignoring = message.indexOf(IGNORING_IDENTITY);
            if (setting >= 0 && (ignoring < 0 || setting < ignoring)) {
                return setting + SETTING_IDENTITY.length();
            }
            return ignoring >= 0 ? ignoring + IGNORING_IDENTITY.length() : -1;
        }

        /** {@link #E820_TABLE} is anchored on one of these words; the cheap test comes first. */
        private static boolean startsWithE820Word(String message) {
            return message.startsWith("BIOS-e820") || message.startsWith("e820") || message.startsWith("modified")
                    || message.startsWith("user");
        }

        /**
         * Says, by plain tests, whether a message may be one that {@link #parseLine} reads: most
         * of a long log is other lines, and the regular expressions there would cost a scan of
         * each. Every branch needs one of these phrases in the message or one of these starts.
         */
        private static final class Phrases {
            private final String text;
            private final PhraseCursor identity;
            private final PhraseCursor rmrr;
            private final PhraseCursor group;

            Phrases(String text) {
                this.text = text;
                // Anchors: characters of each phrase that are rare in kernel logs.
                identity = new PhraseCursor(text, "identity map for ", 'y');
                rmrr = new PhraseCursor(text, "RMRR base:", 'M');
                group = new PhraseCursor(text, "Adding to iommu group", 'A');
            }

            /**
             * The word a read message may start with, by its first character (each starts with a
             * different one). A table rather than a switch: the JIT compiles a switch for the
             * cases it has seen, and a log's first lines (the e820 table) are read before it
             * profiles, so a compiled walk met "BIOS-e820" as new at the next load and fell back
             * to the interpreter (the dmesg load benchmark's JIT log).
             */
            private static final String[] READ_WORDS = readWords("BIOS-e820", "e820", "modified", "user",
                    "iommu: Adding device ", "DMAR", "AMD-Vi:", "arm-smmu");

            private static String[] readWords(String... words) {
                String[] byFirst = new String[128];
                for (String w : words) {
                    if (byFirst[w.charAt(0)] != null) {
                        throw new IllegalStateException("two read words start with " + w.charAt(0));
                    }
                    byFirst[w.charAt(0)] = w;
                }
                return byFirst;
            }

            /**
             * Which phrases the message that starts at {@code at} and ends at {@code end}
             * (exclusive) holds. A phrase holds no line break, so one that starts in the message
             * ends in it: this is {@code message.contains(phrase)}.
             */
            PhrasesSeen inMessage(int at, int end) {
                return PhrasesSeen.of(identity.occursIn(at, end), rmrr.occursIn(at, end), group.occursIn(at, end));
            }

            boolean startsWithReadWord(int at, int end) {
                if (at >= end) {
                    return false;
                }
                char first = text.charAt(at);
                String word = first < READ_WORDS.length ? READ_WORDS[first] : null;
                return word != null && starts(word, at, end);
            }

            private boolean starts(String word, int at, int end) {
                return at + word.length() <= end && text.startsWith(word, at);
            }
        }

        /** Which of {@link Phrases}' phrases a message holds; the eight answers are shared, not allocated per line. */
        private record PhrasesSeen(boolean identity, boolean rmrr, boolean group) {
            private static final PhrasesSeen[] ALL = new PhrasesSeen[8];

            static {
                for (int i = 0; i < ALL.length; i++) {
                    ALL[i] = new PhrasesSeen((i & 1) != 0, (i & 2) != 0, (i & 4) != 0);
                }
            }

            static PhrasesSeen of(boolean identity, boolean rmrr, boolean group) {
                return ALL[(identity ? 1 : 0) | (rmrr ? 2 : 0) | (group ? 4 : 0)];
            }

            boolean any() {
                return identity || rmrr || group;
            }
        }

        /** {@code Setting identity map for device <name> [0x<start> - 0x<end>]} (§6.4). */
        private void identityMap(LineCursor c, String message, int lineNumber) throws ParseException {
            c.tryConsume("HW passthrough ");
            c.expect("device ", "'identity map for device <name> [0x<start> - 0x<end>]'");
            int nameColumn = c.column();
            String rest = c.rest();
            int space = rest.indexOf(' ');
            if (space <= 0) {
                throw c.errorAt(nameColumn, "expected a device name and then ' [0x<start> - 0x<end>]', found "
                        + c.found());
            }
            String device = rest.substring(0, space);
            c.expect(device, "device name");
            c.skipBlanks();
            c.expect("[", "the range '[0x<start> - 0x<end>]'");
            c.expect("0x", "the range start");
            long start = c.hex("the identity-map start");
            c.skipBlanks();
            c.expect("-", "between start and end");
            c.skipBlanks();
            int endColumn = c.column();
            c.expect("0x", "the inclusive range end");
            long last = c.hex("the identity-map end");
            c.expect("]", "the closing bracket of the range");
            checkOrder(start, last, lineNumber, endColumn);
            regions.add(new ReservedRegion(start, last, ReservedType.DIRECT, ReservedType.DIRECT.sysfsWord(),
                    ReservedRegion.NO_GROUP, List.of(device), new SourceRef(file, lineNumber)));
            identityLines++;
            if ((last & 0xfff) == 0 && last != start) {
                // Current kernels print the inclusive end (...fff); a page-aligned end suggests a
                // kernel that printed end + 1. Read as printed, but say so.
                warnings.add(file + ":" + lineNumber + ":" + endColumn + ": identity-map end " + Address.hex(last)
                        + " is page aligned; if this kernel printed an exclusive end the region ends at "
                        + Address.hex(last - 1));
            }
            if (message.startsWith("IOMMU:") || message.startsWith("DMAR:")) {
                // Both prefixes are the Intel driver's (IOMMU: before about v4.1).
                noteVendor(HostPlatform.INTEL, lineNumber);
            }
        }

        /** {@code DMAR: RMRR base: 0x<start> end: 0x<end>} (§6.3); names no device. */
        private void rmrrLine(LineCursor c, int lineNumber) throws ParseException {
            c.expect("RMRR base:", "'RMRR base: 0x<start> end: 0x<end>'");
            c.skipBlanks();
            c.expect("0x", "the RMRR base");
            long start = c.hex("the RMRR base");
            c.requireBlanks("'end:'");
            c.expect("end:", "'end: 0x<inclusive end>'");
            c.skipBlanks();
            int endColumn = c.column();
            c.expect("0x", "the RMRR end");
            long last = c.hex("the RMRR end");
            checkOrder(start, last, lineNumber, endColumn);
            regions.add(new ReservedRegion(start, last, ReservedType.DIRECT, ReservedType.DIRECT.sysfsWord(),
                    ReservedRegion.NO_GROUP, List.of(), new SourceRef(file, lineNumber)));
        }

        /**
         * {@code BIOS-e820: [mem 0x<start>-0x<end>] <type>} and the 2025 {@code [gap ...]} lines;
         * also the pre-3.x form {@code BIOS-e820: <start> - <end> (<type>)} whose end is exclusive.
         */
        private void e820Line(String who, LineCursor c, int lineNumber) throws ParseException {
            long start;
            long last;
            boolean gap = false;
            if (c.tryConsume("[mem ") || (gap = c.tryConsume("[gap "))) {
                c.expect("0x", "the range start");
                start = c.hex("the e820 start");
                c.expect("-", "between start and end");
                int endColumn = c.column();
                c.expect("0x", "the inclusive range end");
                last = c.hex("the e820 end");
                c.expect("]", "the closing bracket of the range");
                checkOrder(start, last, lineNumber, endColumn);
            } else {
                start = c.hex("the e820 start");
                c.skipBlanks();
                c.expect("-", "between start and end");
                c.skipBlanks();
                int endColumn = c.column();
                long end = c.hex("the e820 end (exclusive in this old form)");
                if (!Address.lessThan(start, end)) {
                    throw c.errorAt(endColumn, "e820 end " + Address.hex(end) + " (exclusive) is not above its start "
                            + Address.hex(start));
                }
                last = end - 1;
            }
            if (gap) {
                return;
            }
            String typeText = E820Types.typeText(c.rest());
            if (typeText.isEmpty()) {
                throw c.error("expected an e820 type (usable, reserved, ACPI data, ACPI NVS, ...) after the range,"
                        + " found the end of the line");
            }
            HostMemoryKind kind = E820Types.kindOf(typeText);
            e820Tables.computeIfAbsent(who, k -> new ArrayList<>())
                    .add(new HostMemoryRange(start, last, kind, typeText, 0, new SourceRef(file, lineNumber)));
        }

        /** {@code pci 0000:01:00.0: Adding to iommu group 14}; older {@code iommu: Adding device X to group N}. */
        private void groupLine(String message, int lineNumber, int at) throws ParseException {
            HostDevice usual = GroupLineShape.read(message);
            if (usual != null) {
                devices.putIfAbsent(usual.name(), usual);
                return;
            }
            Matcher m = GROUP_LINE.matcher(message);
            if (!m.matches()) {
                m = OLD_GROUP_LINE.matcher(message);
                if (!m.matches()) {
                    throw new ParseException(file, lineNumber, at + 1,
                            "expected '<bus> <device>: Adding to iommu group <N>', found '" + message + "'");
                }
            }
            String name = m.group(1);
            String number = m.group(2);
            if (!GROUP_NUMBER.matcher(number).matches()) {
                throw new ParseException(file, lineNumber, at + m.start(2) + 1,
                        "expected a decimal IOMMU group number, found '" + number + "'");
            }
            devices.putIfAbsent(name, HostDevice.of(name, Integer.parseInt(number)));
        }

        private void checkOrder(long start, long last, int lineNumber, int endColumn) throws ParseException {
            if (Address.lessThan(last, start)) {
                throw new ParseException(file, lineNumber, endColumn,
                        "range end " + Address.hex(last) + " is below its start " + Address.hex(start));
            }
        }

        private void noteVendor(HostPlatform seen, int lineNumber) {
            if (platform == HostPlatform.UNKNOWN) {
                platform = seen;
            } else if (platform != seen && contradictions.add(seen)) {
                warnings.add(file + ":" + lineNumber + ": " + seen.label() + " line after " + platform.label()
                        + " lines; keeping " + platform.label() + " (is this one boot of one machine?)");
            }
        }

        private HostReadout result() {
            List<ReservedRegion> withGroups = new ArrayList<>(regions.size());
            for (ReservedRegion r : regions) {
                if (r.devices().size() == 1 && devices.containsKey(r.devices().get(0))) {
                    withGroups.add(r.withGroup(devices.get(r.devices().get(0)).group()));
                } else {
                    withGroups.add(r);
                }
            }
            if (identityLines > 0) {
                warnings.add(file + ": " + identityLines + " identity-map line(s) read as direct; the line does not"
                        + " say whether the device is USB or display, which kernels since v5.3 report as"
                        + " direct-relaxable (check the device class)");
            }
            HostModel host = HostModel.EMPTY.withPlatform(platform).withRegions(withGroups)
                    .withMemory(e820Map()).withDevices(List.copyOf(devices.values()));
            return new HostReadout(host, warnings);
        }

        /**
         * The last word on the memory map: a {@code user:} table (memmap= on the command line) or
         * the kernel's {@code modified:} table replaces the firmware's {@code BIOS-e820:} one.
         */
        private List<HostMemoryRange> e820Map() {
            for (String who : List.of("user", "modified")) {
                if (e820Tables.containsKey(who)) {
                    warnings.add(file + ": using the '" + who + ":' e820 table, which replaces the firmware map");
                    return e820Tables.get(who);
                }
            }
            List<HostMemoryRange> firmware = new ArrayList<>();
            firmware.addAll(e820Tables.getOrDefault("BIOS-e820", List.of()));
            firmware.addAll(e820Tables.getOrDefault("e820", List.of()));
            return firmware;
        }
    }
}
