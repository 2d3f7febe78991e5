package org.iommuatlas.format.guest;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.ParseException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds QEMU, libvirt and kernel VFIO failure messages in a pasted blob (REFERENCE §4, §6.10).
 *
 * <p>Messages are searched anywhere in a line, not matched whole, because pastes arrive with
 * libvirt timestamps, the {@code qemu-system-x86_64: -device vfio-pci,...: vfio <BDF>: failed to
 * setup container for group <N>: ... Region <mr>: } prefix chain, and often several messages run
 * together on one line (bug trackers flatten newlines). The context of a message is the text
 * between it and the previous message on the same line; its device, group and region are read
 * from there.
 */
public final class QemuErrorParser {
    /** strerror() texts: the one with a slash, or a capitalised phrase of lowercase words. */
    private static final String ERRNO = "(Input/output error|[A-Z][a-z]+(?: [a-z]+){0,6})";
    private static final String POINTER = "(0x[0-9a-fA-F]+|\\(nil\\))";

    private static final Pattern DMA_MAP = Pattern.compile("\\b(vfio_dma_map|vfio_container_dma_map)\\(" + POINTER
            + ", 0x([0-9a-fA-F]+), 0x([0-9a-fA-F]+), " + POINTER + "\\) = (-?\\d+) \\(([^)]*)\\)");
    private static final Pattern DMA_UNMAP = Pattern.compile("\\b(vfio_dma_unmap|vfio_container_dma_unmap)\\("
            + POINTER + ", 0x([0-9a-fA-F]+), 0x([0-9a-fA-F]+)\\) = (-?\\d+) \\(([^)]*)\\)");
    /** A call with real-looking arguments; if the full pattern fails there, the line is damaged. */
    private static final Pattern CALL_START = Pattern.compile(
            "\\b(vfio_dma_map|vfio_container_dma_map|vfio_dma_unmap|vfio_container_dma_unmap)\\((0x|\\(nil\\))");
    private static final Pattern SET_GROUP_CONTAINER = Pattern.compile("Failed to set group container(?:: " + ERRNO + ")?");
    private static final Pattern RMRR = Pattern.compile(
            "Device is ineligible for IOMMU domain attach due to platform RMRR requirement");
    private static final Pattern FIRMWARE_1TO1 = Pattern.compile(
            "Firmware has requested this device have a 1:1 IOMMU mapping");
    private static final Pattern NOT_VIABLE = Pattern.compile("\\bgroup (\\d+) is not viable");
    private static final Pattern SET_IOMMU = Pattern.compile("(?i:failed to set iommu for container)(?:: " + ERRNO + ")?");
    private static final Pattern NO_INTR_REMAP = Pattern.compile("No interrupt remapping support");
    private static final Pattern MEMLOCK = Pattern.compile("RLIMIT_MEMLOCK \\((\\d+)\\) exceeded");
    private static final Pattern LOW_LEVEL = Pattern.compile(
            "\\b(VFIO_MAP_DMA|VFIO_UNMAP_DMA|IOMMU_IOAS_MAP|IOMMU_IOAS_UNMAP)(?:: (-?\\d+)| failed: " + ERRNO + ")");
    private static final Pattern ABORTED = Pattern.compile("DMA mapping failed, unable to continue");
    private static final Pattern P2P = Pattern.compile("PCI peer-to-peer transactions on BARs are not supported");

    private static final Pattern VFIO_DEVICE = Pattern.compile("vfio (\\S+?):? ");
    private static final Pattern HOST_OPTION = Pattern.compile("host=([^,\\s:]+(?::[^,\\s:]+){0,2})");
    private static final Pattern SETUP_GROUP = Pattern.compile("failed to setup container for group (\\d+)");
    private static final Pattern ERROR_HEAD = Pattern.compile("(?i:error opening /dev/vfio/)(\\d+)");

    private static final Map<String, Integer> ERRNO_NUMBERS = Map.ofEntries(
            Map.entry("Operation not permitted", 1), Map.entry("No such file or directory", 2),
            Map.entry("Input/output error", 5), Map.entry("Bad file descriptor", 9),
            Map.entry("Cannot allocate memory", 12), Map.entry("Permission denied", 13),
            Map.entry("Bad address", 14), Map.entry("Device or resource busy", 16), Map.entry("File exists", 17),
            Map.entry("No such device", 19), Map.entry("Invalid argument", 22),
            Map.entry("Inappropriate ioctl for device", 25), Map.entry("No space left on device", 28),
            Map.entry("Function not implemented", 38), Map.entry("Operation not supported", 95),
            Map.entry("Address already in use", 98));

    static final String EXAMPLE = "expected e.g. 'vfio_dma_map(0x563169753c80, 0x40000000, 0x100000000,"
            + " 0x7fb2a3e00000) = -22 (Invalid argument)', 'vfio 0000:06:00.0: group 7 is not viable' or"
            + " 'Failed to set group container: Invalid argument'";

    private QemuErrorParser() {
    }

    /**
     * Which text announces which kind of message, and fixed text every match of the pattern
     * contains (one of the needles), so that sniffing a big file skips patterns that cannot match.
     * Anchors are shared ('(', '-', 'q', 'M', 'u', 'b' with GuestInputs' needles) so that a scan
     * makes few passes; see {@link NeedleScan}.
     */
    private record Rule(QemuErrorKind kind, Pattern pattern, List<Needle> needles) {
        Rule(QemuErrorKind kind, Pattern pattern, Needle needle) {
            this(kind, pattern, List.of(needle));
        }
    }

    /** Every map call name ends with {@code _map}, every unmap call name with {@code _unmap}, and a '(' follows. */
    private static final Needle MAP_CALL = Needle.of("_map(", '(');
    private static final Needle UNMAP_CALL = Needle.of("_unmap(", '(');

    private static final List<Rule> RULES = List.of(
            new Rule(QemuErrorKind.DMA_MAP, DMA_MAP, MAP_CALL),
            new Rule(QemuErrorKind.DMA_UNMAP, DMA_UNMAP, UNMAP_CALL),
            new Rule(QemuErrorKind.SET_GROUP_CONTAINER_FAILED, SET_GROUP_CONTAINER,
                    Needle.of("Failed to set group container", 'u')),
            new Rule(QemuErrorKind.RMRR_INELIGIBLE, RMRR, Needle.of("platform RMRR requirement", 'M')),
            new Rule(QemuErrorKind.FIRMWARE_REQUIRES_1TO1, FIRMWARE_1TO1, Needle.of("Firmware has requested", 'q')),
            new Rule(QemuErrorKind.GROUP_NOT_VIABLE, NOT_VIABLE, Needle.of(" is not viable", 'b')),
            new Rule(QemuErrorKind.SET_IOMMU_FAILED, SET_IOMMU,
                    Needle.ignoringCase("failed to set iommu for container", 'u')),
            new Rule(QemuErrorKind.NO_INTERRUPT_REMAPPING, NO_INTR_REMAP, Needle.of("No interrupt remapping", 'u')),
            new Rule(QemuErrorKind.MEMLOCK, MEMLOCK, Needle.of("RLIMIT_MEMLOCK (", '(')),
            new Rule(QemuErrorKind.LOW_LEVEL, LOW_LEVEL, List.of(Needle.of("MAP_DMA", 'M'), Needle.of("IOMMU_IOAS_", 'M'))),
            new Rule(QemuErrorKind.DMA_MAPPING_ABORTED, ABORTED, Needle.of("DMA mapping failed,", 'M')),
            new Rule(QemuErrorKind.P2P_NOT_SUPPORTED, P2P, Needle.of("peer-to-peer transactions on BARs", '-')),
            new Rule(QemuErrorKind.CONTAINER_SETUP_FAILED, SETUP_GROUP,
                    Needle.of("failed to setup container for group ", 'u')));

    /** A recognised message on one line: where it is and how it was matched. */
    private record Hit(QemuErrorKind kind, MatchResult match) {
        int start() {
            return match.start();
        }
    }

    /**
     * Every recognised message, in input order.
     *
     * @throws ParseException when nothing is recognised, or a map/unmap call has real-looking
     *                        arguments but not QEMU's format (a damaged or truncated line)
     */
    public static QemuErrorLog parse(String file, String text) throws ParseException {
        List<QemuErrorLine> found = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            readLine(file, i + 1, line, found);
        }
        if (found.isEmpty()) {
            throw new ParseException(file, 0, "no QEMU/VFIO error line found; " + EXAMPLE);
        }
        return new QemuErrorLog(file, found);
    }

    /** True when the text holds at least one message this parser recognises (for sniffing). */
    static boolean mentionsKnownMessage(String text) {
        return mentionsKnownMessage(text, new NeedleScan(NEEDLES).find(text));
    }

    /** As {@link #mentionsKnownMessage(String)}, given which of {@link #NEEDLES} occur in {@code text}. */
    static boolean mentionsKnownMessage(String text, NeedleScan.Found found) {
        if (found.any(List.of(MAP_CALL, UNMAP_CALL)) && CALL_START.matcher(text).find()) {
            return true;
        }
        for (Rule rule : RULES) {
            // A pattern whose fixed text is absent cannot match: skip its full-text search.
            if (found.any(rule.needles()) && rule.pattern().matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** Fixed text of every message pattern, for {@link NeedleScan}. */
    static final List<Needle> NEEDLES = needles();

    private static List<Needle> needles() {
        List<Needle> all = new ArrayList<>(List.of(MAP_CALL, UNMAP_CALL));
        for (Rule rule : RULES) {
            all.addAll(rule.needles());
        }
        return List.copyOf(all);
    }

    private static void readLine(String file, int lineNo, String line, List<QemuErrorLine> found) throws ParseException {
        checkCallsAreWhole(file, lineNo, line);
        List<Hit> hits = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(line);
            while (m.find()) {
                hits.add(new Hit(rule.kind(), m.toMatchResult()));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        int contextStart = 0;
        for (int i = 0; i < hits.size(); i++) {
            Hit hit = hits.get(i);
            if (hit.start() < contextStart || explainedLater(hits, i)) {
                continue;
            }
            String context = line.substring(contextStart, hit.start());
            found.add(toLine(file, lineNo, line, hit, context));
            contextStart = hit.match().end();
        }
    }

    /** A container-setup failure is only the prefix of the next message when one follows before the next setup. */
    private static boolean explainedLater(List<Hit> hits, int i) {
        return hits.get(i).kind() == QemuErrorKind.CONTAINER_SETUP_FAILED && i + 1 < hits.size()
                && hits.get(i + 1).kind() != QemuErrorKind.CONTAINER_SETUP_FAILED;
    }

    private static void checkCallsAreWhole(String file, int lineNo, String line) throws ParseException {
        Matcher call = CALL_START.matcher(line);
        while (call.find()) {
            boolean unmap = call.group(1).endsWith("unmap");
            Matcher whole = (unmap ? DMA_UNMAP : DMA_MAP).matcher(line).region(call.start(), line.length());
            if (!whole.lookingAt()) {
                throw new ParseException(file, lineNo, call.start() + 1, "expected '" + call.group(1)
                        + (unmap ? "(<container>, 0x<iova>, 0x<size>) = <ret> (<error text>)'"
                                 : "(<container>, 0x<iova>, 0x<size>, <host address>) = <ret> (<error text>)'")
                        + ", found '" + abbreviate(line.substring(call.start())) + "'");
            }
        }
    }

    private static QemuErrorLine toLine(String file, int lineNo, String raw, Hit hit, String context)
            throws ParseException {
        MatchResult m = hit.match();
        int column = m.start() + 1;
        String device = deviceIn(context);
        Integer group = lastNumber(SETUP_GROUP, context);
        if (group == null) {
            group = lastNumber(ERROR_HEAD, context);
        }
        switch (hit.kind()) {
            case DMA_MAP:
            case DMA_UNMAP: {
                long iova = hex(file, lineNo, m, 3);
                long size = hex(file, lineNo, m, 4);
                int retGroup = hit.kind() == QemuErrorKind.DMA_MAP ? 6 : 5;
                int ret = decimal(file, lineNo, m, retGroup);
                if (size == 0 || Address.lessThan(iova + size - 1, iova)) {
                    throw new ParseException(file, lineNo, m.start(4) + 1, "a map of size " + Address.hex(size)
                            + " at " + Address.hex(iova) + " is not a range of addresses");
                }
                return new QemuErrorLine(hit.kind(), m.group(1), iova, size, ret, m.group(retGroup + 1),
                        regionBefore(context), group, device, null, lineNo, column, raw);
            }
            case CONTAINER_SETUP_FAILED:
                return new QemuErrorLine(hit.kind(), null, null, null, null, null, null,
                        decimal(file, lineNo, m, 1), device, null, lineNo, column, raw);
            case GROUP_NOT_VIABLE:
                return new QemuErrorLine(hit.kind(), null, null, null, null, null, null,
                        decimal(file, lineNo, m, 1), device, null, lineNo, column, raw);
            case SET_GROUP_CONTAINER_FAILED:
            case SET_IOMMU_FAILED: {
                String text = m.group(1);
                return new QemuErrorLine(hit.kind(), null, null, null, errnoNumber(text), text, null, group, device,
                        null, lineNo, column, raw);
            }
            case MEMLOCK: {
                long limit;
                try {
                    limit = Long.parseLong(m.group(1));
                } catch (NumberFormatException e) {
                    throw new ParseException(file, lineNo, m.start(1) + 1, "RLIMIT_MEMLOCK value '" + m.group(1)
                            + "' does not fit in 64 bits");
                }
                return new QemuErrorLine(hit.kind(), null, null, null, -12, "Cannot allocate memory", null, group,
                        device, limit, lineNo, column, raw);
            }
            case LOW_LEVEL: {
                // Integer.valueOf keeps the conditional boxed: an errno text we do not know gives a
                // null ret, which an int branch would unbox into a NullPointerException (fuzzer finding).
                Integer ret = m.group(2) != null ? Integer.valueOf(decimal(file, lineNo, m, 2))
                        : errnoNumber(m.group(3));
                return new QemuErrorLine(hit.kind(), m.group(1), null, null, ret, m.group(3), null, group, device,
                        null, lineNo, column, raw);
            }
            case RMRR_INELIGIBLE:
            case NO_INTERRUPT_REMAPPING:
                return new QemuErrorLine(hit.kind(), null, null, null, -1, "Operation not permitted", null, group,
                        device, null, lineNo, column, raw);
            default:
                return new QemuErrorLine(hit.kind(), null, null, null, null, null, null, group, device, null,
                        lineNo, column, raw);
        }
    }

    /** The device a message is about: {@code vfio <BDF>:}, else {@code host=<BDF>}, else the last BDF before it. */
    private static String deviceIn(String context) {
        String found = null;
        Matcher vfio = VFIO_DEVICE.matcher(context);
        while (vfio.find()) {
            String candidate = PciAddresses.normalize(vfio.group(1)).orElse(null);
            if (candidate != null) {
                found = candidate;
            }
        }
        if (found != null) {
            return found;
        }
        Matcher host = HOST_OPTION.matcher(context);
        while (host.find()) {
            String candidate = PciAddresses.normalize(host.group(1)).orElse(null);
            if (candidate != null) {
                found = candidate;
            }
        }
        if (found != null) {
            return found;
        }
        Matcher any = PciAddresses.BDF.matcher(context);
        while (any.find()) {
            found = PciAddresses.fromMatch(any);
        }
        return found;
    }

    /** {@code ... Region <name>: } right before the call; names may hold spaces and colons, never ": ". */
    private static String regionBefore(String context) {
        if (!context.endsWith(": ")) {
            return null;
        }
        String head = context.substring(0, context.length() - 2);
        int at = head.lastIndexOf("Region ");
        if (at < 0) {
            return null;
        }
        String name = head.substring(at + "Region ".length());
        return name.isEmpty() || name.contains(": ") ? null : name;
    }

    private static Integer lastNumber(Pattern pattern, String context) {
        Matcher m = pattern.matcher(context);
        Integer last = null;
        while (m.find()) {
            try {
                last = Integer.parseInt(m.group(1));
            } catch (NumberFormatException e) {
                last = null;
            }
        }
        return last;
    }

    private static Integer errnoNumber(String text) {
        Integer n = text == null ? null : ERRNO_NUMBERS.get(text);
        return n == null ? null : -n;
    }

    private static long hex(String file, int lineNo, MatchResult m, int group) throws ParseException {
        try {
            return Address.parseHex(m.group(group));
        } catch (NumberFormatException e) {
            // Point at the "0x" the message quotes.
            throw new ParseException(file, lineNo, m.start(group) - 1, "expected a 64-bit hex number, found '0x"
                    + m.group(group) + "'");
        }
    }

    private static int decimal(String file, int lineNo, MatchResult m, int group) throws ParseException {
        try {
            return Integer.parseInt(m.group(group));
        } catch (NumberFormatException e) {
            throw new ParseException(file, lineNo, m.start(group) + 1, "expected a 32-bit decimal number, found '"
                    + m.group(group) + "'");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
