package org.iommuatlas.format.guest;

import org.iommuatlas.model.ParseException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One door for guest-side text: tells which of the four formats a paste or file is from its
 * content, and reads it with the matching parser.
 *
 * <p>Checked in this order, because the formats quote each other: libvirt XML (it may embed a
 * {@code <qemu:commandline>}); mtree (headers are unambiguous); error logs (their lines start
 * with {@code qemu-system-x86_64: -device ...}, which also looks like a command line); and last
 * the command line.
 */
public final class GuestInputs {
    private static final Pattern XML_DOMAIN = Pattern.compile("<domain[\\s>/]");
    private static final Pattern MTREE = Pattern.compile("(?m)^(address-space: |memory-region: |FlatView #\\d)");
    private static final Pattern COMMAND_LINE = Pattern.compile(
            "(?m)(qemu-system-[A-Za-z0-9_]+|(^|[/\\s])qemu-kvm(\\s|$)|^\\s*-(machine|M) |^\\s*-m )");

    private GuestInputs() {
    }

    public static Optional<GuestFormat> sniff(String text) {
        if (startsWithTag(text)) {
            String start = text.startsWith("\uFEFF") ? text.substring(1).strip() : text.strip();
            if (XML_DOMAIN.matcher(start).find()) {
                return Optional.of(GuestFormat.LIBVIRT_XML);
            }
        }
        // Each pattern runs only if the fixed text it needs occurs (see Needle: on a big host
        // file, where none occurs, each full-text search would cost a match attempt per position).
        NeedleScan.Found found = SCAN.find(text);
        if (found.any(MTREE_NEEDLES) && MTREE.matcher(text).find()) {
            return Optional.of(GuestFormat.QEMU_MTREE);
        }
        if (QemuErrorParser.mentionsKnownMessage(text, found)) {
            return Optional.of(GuestFormat.QEMU_ERROR);
        }
        if (found.any(COMMAND_LINE_NEEDLES) && COMMAND_LINE.matcher(text).find()) {
            return Optional.of(GuestFormat.QEMU_COMMAND_LINE);
        }
        return Optional.empty();
    }

    /** Text every {@link #MTREE} match contains: one of its three headers. */
    private static final List<Needle> MTREE_NEEDLES = List.of(Needle.of("address-space: ", '-'),
            Needle.of("memory-region: ", '-'), Needle.of("FlatView #", '#'));

    /**
     * Text every {@link #COMMAND_LINE} match contains: {@code qemu-system-} and {@code qemu-kvm}
     * share {@code qemu-}; {@code -machine }, {@code -M } and {@code -m } begin {@code -m} or are {@code -M }.
     */
    private static final List<Needle> COMMAND_LINE_NEEDLES = List.of(Needle.of("qemu-", 'q'), Needle.of("-m", '-'),
            Needle.of("-M ", 'M'));

    /** Every needle of the sniffed patterns: when none occurs, no pattern is run and no format is found. */
    static final List<Needle> SNIFFED_NEEDLES = concat(MTREE_NEEDLES, QemuErrorParser.NEEDLES, COMMAND_LINE_NEEDLES);

    /** {@link #SNIFFED_NEEDLES}, found in one scan. */
    private static final NeedleScan SCAN = new NeedleScan(SNIFFED_NEEDLES);

    @SafeVarargs
    private static List<Needle> concat(List<Needle>... lists) {
        List<Needle> all = new ArrayList<>();
        for (List<Needle> l : lists) {
            all.addAll(l);
        }
        return all;
    }

    /** Whether the text, after a byte-order mark and white space, starts with '<' (as {@code strip} sees it). */
    private static boolean startsWithTag(String text) {
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '<';
    }

    /** Sniffs and reads; unrecognised text is a {@link ParseException} naming what was expected. */
    public static GuestInput parse(String file, String text) throws ParseException {
        GuestFormat format = sniff(text).orElseThrow(() -> new ParseException(file, 0, "not a guest input the tool"
                + " reads; expected libvirt domain XML (<domain ...>), QEMU 'info mtree' output (address-space: /"
                + " FlatView #), a QEMU/VFIO error log (vfio_dma_map(...) = -22 ...) or a QEMU command line"
                + " (qemu-system-x86_64 -machine ...)"));
        return parse(file, text, format);
    }

    public static GuestInput parse(String file, String text, GuestFormat format) throws ParseException {
        switch (format) {
            case QEMU_MTREE:
                return MtreeParser.parse(file, text);
            case QEMU_ERROR:
                return QemuErrorParser.parse(file, text);
            case LIBVIRT_XML:
                return LibvirtXmlParser.parse(file, text);
            case QEMU_COMMAND_LINE:
                return QemuCommandLineParser.parse(file, text);
            default:
                throw new IllegalStateException("unhandled format " + format);
        }
    }
}
