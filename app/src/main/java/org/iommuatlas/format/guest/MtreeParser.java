package org.iommuatlas.format.guest;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.ParseException;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads QEMU HMP {@code info mtree} (tree) and {@code info mtree -f} (flat view) output, in the
 * formats of {@code system/memory.c} ({@code mtree_print_mr()}, {@code mtree_print_flatview()})
 * from 2013 to today: priority optional (a 2022 patch proposed dropping it from the flat view),
 * {@code nv-} prefix, alias lines with offsets, {@code @offset}, trailing {@code KVM}/{@code kvm},
 * {@code -o} owner suffixes, the {@code [DETECTED OVERFLOW!] } prefix, {@code [disabled]}, and
 * 2013-era {@code RW}/{@code R-} flags in place of a type word.
 *
 * <p>Region names may contain spaces (VFIO names BAR mmaps {@code 0000:01:00.0 BAR 0 mmaps[0]}),
 * so the name is whatever remains after the known suffixes are taken off the end of the line.
 */
public final class MtreeParser {
    private static final Pattern ENTRY = Pattern.compile(
            "^([ \\t]*)(\\[DETECTED OVERFLOW!] )?([0-9a-fA-F]{1,16})-([0-9a-fA-F]{1,16}) "
                    + "\\((?:prio (-?\\d+), )?(nv-)?([a-z/]+|[R-][W-])\\): (.*)$");
    /** Anything that starts like a region line, so a damaged one is reported rather than skipped. */
    private static final Pattern ENTRY_LIKE = Pattern.compile("^[ \\t]*(\\[DETECTED OVERFLOW!] )?[0-9a-fA-F]{4,}-");
    private static final Pattern SHARED_HEADER = Pattern.compile("^address-space shared \\d+ times:$");
    private static final Pattern FLATVIEW_HEADER = Pattern.compile("^FlatView #(\\d+)\\s*$");
    private static final Pattern FLAT_AS = Pattern.compile("^ AS \"(.*)\", root: (.*?)(?:, alias (.*))?$");
    private static final Pattern FLAT_ROOT = Pattern.compile("^ Root memory region: (.*)$");
    private static final Pattern ACCEL_TAG = Pattern.compile("^(.*) (KVM|kvm)$");
    private static final Pattern OWNER_SUFFIX = Pattern.compile(
            "^(.*?)((?: owner:\\{[^}]*})?(?: parent:\\{[^}]*})?(?: orphan)?)$");
    private static final Pattern FLAT_OFFSET = Pattern.compile("^(.*) @([0-9a-fA-F]{1,16})$");
    private static final Pattern OFFSETS = Pattern.compile("([0-9a-fA-F]{1,16})-([0-9a-fA-F]{1,16})");
    /** QEMU's lines are a few hundred characters; a longer one is not mtree output, and is refused rather than scanned. */
    static final int MAX_LINE = 4096;
    private static final String LINE_SHAPE =
            "'<start>-<end> (prio <n>, <type>): <name>' with 16-digit hex addresses";

    private MtreeParser() {
    }

    /**
     * Reads every block of the paste. Lines before the first header that do not look like region
     * lines (a monitor banner, the {@code (qemu) info mtree} prompt) are skipped; inside a block
     * every non-blank line must be understood.
     *
     * @throws ParseException for a damaged region line (with its column), a region line before any
     *                        header, or output with no block at all
     */
    public static MtreeReadout parse(String file, String text) throws ParseException {
        return new Reader(file).read(text);
    }

    /**
     * The guest-physical map of the {@code memory} address space: from its flat view when the
     * paste has one, otherwise by rendering the tree the way QEMU does. See {@link MtreeLayoutBuilder}.
     */
    public static GuestLayout toGuestLayout(MtreeReadout readout) throws ParseException {
        return MtreeLayoutBuilder.build(readout);
    }

    private static final class Reader {
        private final String file;
        private final List<MtreeBlock> blocks = new ArrayList<>();
        private MtreeBlock.Kind kind;
        private List<String> names;
        private String root;
        private int flatViewNumber;
        private boolean rendered;
        private List<MtreeEntry> entries;
        private int blockLine;
        private boolean inDispatchDump;
        private final Deque<Integer> indents = new ArrayDeque<>();

        Reader(String file) {
            this.file = file;
        }

        MtreeReadout read(String text) throws ParseException {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                readLine(i + 1, stripEnd(lines[i]));
            }
            closeBlock();
            if (blocks.isEmpty()) {
                throw new ParseException(file, 0, "no 'address-space:', 'memory-region:' or 'FlatView #' header found;"
                        + " expected the output of the QEMU monitor command 'info mtree' or 'info mtree -f'");
            }
            return new MtreeReadout(file, blocks);
        }

        private void readLine(int lineNo, String line) throws ParseException {
            if (line.length() > MAX_LINE) {
                throw new ParseException(file, lineNo, MAX_LINE + 1, "line is " + line.length() + " characters long;"
                        + " 'info mtree' lines are far shorter (at most " + MAX_LINE + " accepted)");
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("(qemu)")) {
                return;
            }
            if (line.startsWith("address-space: ")) {
                String name = line.substring("address-space: ".length()).strip();
                // Address spaces sharing one root are listed one per line above a single tree.
                if (kind == MtreeBlock.Kind.ADDRESS_SPACE_TREE && entries.isEmpty()) {
                    names.add(name);
                } else {
                    openBlock(MtreeBlock.Kind.ADDRESS_SPACE_TREE, name, lineNo);
                }
                return;
            }
            // A 2019 proposal printed "address-space shared N times:" above the shared names; accept it.
            if (SHARED_HEADER.matcher(line).matches()) {
                openBlock(MtreeBlock.Kind.ADDRESS_SPACE_TREE, null, lineNo);
                return;
            }
            if (line.startsWith("memory-region: ")) {
                openBlock(MtreeBlock.Kind.MEMORY_REGION_TREE, line.substring("memory-region: ".length()).strip(), lineNo);
                return;
            }
            Matcher header = FLATVIEW_HEADER.matcher(line);
            if (header.matches()) {
                openBlock(MtreeBlock.Kind.FLAT_VIEW, null, lineNo);
                flatViewNumber = parseDecimal(header.group(1), lineNo, header.start(1) + 1);
                return;
            }
            if (kind == MtreeBlock.Kind.FLAT_VIEW && readFlatViewHeader(line, trimmed)) {
                return;
            }
            if (inDispatchDump) {
                return;
            }
            Matcher m = ENTRY.matcher(line);
            if (m.matches()) {
                if (kind == null) {
                    throw new ParseException(file, lineNo, 1, "found a region line before any 'address-space:',"
                            + " 'memory-region:' or 'FlatView #' header; paste the whole 'info mtree' output");
                }
                entries.add(entry(m, lineNo, line));
                return;
            }
            if (ENTRY_LIKE.matcher(line).find()) {
                throw new ParseException(file, lineNo, firstNonBlank(line), "expected a region line " + LINE_SHAPE
                        + ", found '" + trimmed + "'");
            }
            if (kind != null) {
                throw new ParseException(file, lineNo, firstNonBlank(line), "expected a region line " + LINE_SHAPE
                        + " or a block header, found '" + trimmed + "'");
            }
            // Before the first header: monitor banner or other chatter, nothing with addresses.
        }

        /** Handles the lines under {@code FlatView #n} that are not regions; true when it used the line. */
        private boolean readFlatViewHeader(String line, String trimmed) {
            Matcher as = FLAT_AS.matcher(line);
            if (as.matches()) {
                names.add(as.group(1));
                if (root.isEmpty()) {
                    root = as.group(2);
                }
                return true;
            }
            Matcher rootLine = FLAT_ROOT.matcher(line);
            if (rootLine.matches()) {
                root = rootLine.group(1).strip();
                return true;
            }
            if (trimmed.equals("No rendered FlatView")) {
                rendered = false;
                return true;
            }
            // 'info mtree -f -d' appends the dispatch tree (sections, nodes); it has no regions we need.
            if (trimmed.equals("Dispatch")) {
                inDispatchDump = true;
                return true;
            }
            return false;
        }

        private MtreeEntry entry(Matcher m, int lineNo, String line) throws ParseException {
            boolean overflow = m.group(2) != null;
            long start = hex(m.group(3), lineNo, m.start(3) + 1);
            long last = hex(m.group(4), lineNo, m.start(4) + 1);
            if (Address.lessThan(last, start) && !overflow) {
                throw new ParseException(file, lineNo, m.start(4) + 1, "region end " + m.group(4)
                        + " is below its start " + m.group(3));
            }
            Integer prio = m.group(5) == null ? null : parseDecimal(m.group(5), lineNo, m.start(5) + 1);
            boolean nonVolatile = m.group(6) != null;
            String typeWord = m.group(7);
            MtreeRegionType type = MtreeRegionType.fromWord(typeWord);
            if (type == null) {
                throw new ParseException(file, lineNo, m.start(7) + 1, "expected a region type (ram, rom, romd, ramd,"
                        + " i/o, container, or RW-style flags), found '" + typeWord + "'");
            }
            String rest = m.group(8);
            int restColumn = m.start(8) + 1;

            String accelerator = null;
            Matcher accel = ACCEL_TAG.matcher(rest);
            if (kind == MtreeBlock.Kind.FLAT_VIEW && accel.matches()) {
                accelerator = accel.group(2);
                rest = accel.group(1);
            }
            Matcher owner = OWNER_SUFFIX.matcher(rest);
            String ownerSuffix = "";
            if (owner.matches()) {
                ownerSuffix = owner.group(2).strip();
                rest = owner.group(1);
            }
            boolean disabled = false;
            if (rest.endsWith(" [disabled]")) {
                disabled = true;
                rest = rest.substring(0, rest.length() - " [disabled]".length());
            }

            String aliasTarget = null;
            long aliasStart = 0;
            long aliasLast = 0;
            long offsetInRegion = 0;
            String name;
            if (rest.startsWith("alias ")) {
                // alias <name> @<target> <offset start>-<offset end>; names may hold spaces, so split by hand.
                int at = rest.indexOf(" @", "alias ".length());
                int lastSpace = rest.lastIndexOf(' ');
                Matcher offsets = OFFSETS.matcher(rest).region(lastSpace + 1, rest.length());
                if (at < 0 || lastSpace <= at + 2 || !offsets.matches() || at == "alias ".length()) {
                    throw new ParseException(file, lineNo, restColumn, "expected 'alias <name> @<target>"
                            + " <offset start>-<offset end>', found '" + rest + "'");
                }
                name = rest.substring("alias ".length(), at);
                aliasTarget = rest.substring(at + 2, lastSpace);
                aliasStart = hex(offsets.group(1), lineNo, restColumn + offsets.start(1));
                aliasLast = hex(offsets.group(2), lineNo, restColumn + offsets.start(2));
                if (!overflow && aliasLast - aliasStart != last - start) {
                    throw new ParseException(file, lineNo, restColumn + offsets.start(1), "alias " + name
                            + " covers " + Address.hex(last - start + 1) + " bytes but its offsets "
                            + offsets.group(1) + "-" + offsets.group(2) + " span a different size");
                }
            } else {
                Matcher offset = kind == MtreeBlock.Kind.FLAT_VIEW ? FLAT_OFFSET.matcher(rest) : null;
                if (offset != null && offset.matches()) {
                    offsetInRegion = hex(offset.group(2), lineNo, restColumn + offset.start(2));
                    rest = offset.group(1);
                }
                name = rest;
            }
            if (name.isBlank()) {
                throw new ParseException(file, lineNo, restColumn, "the region line has no region name");
            }
            int depth = kind == MtreeBlock.Kind.FLAT_VIEW ? 0 : depthOf(m.group(1).length());
            return new MtreeEntry(lineNo, depth, start, last, prio, nonVolatile, typeWord, type, name, aliasTarget,
                    aliasStart, aliasLast, offsetInRegion, disabled, overflow, accelerator, ownerSuffix);
        }

        /**
         * Nesting from indentation: deeper than the line above = its child, equal = sibling.
         * QEMU indents two spaces per level, but a stack tolerates pastes that changed the width.
         */
        private int depthOf(int indent) {
            while (!indents.isEmpty() && indents.peek() > indent) {
                indents.pop();
            }
            if (indents.isEmpty() || indents.peek() < indent) {
                indents.push(indent);
            }
            return indents.size() - 1;
        }

        private void openBlock(MtreeBlock.Kind newKind, String name, int lineNo) {
            closeBlock();
            kind = newKind;
            names = new ArrayList<>();
            if (name != null) {
                names.add(name);
            }
            root = "";
            flatViewNumber = -1;
            rendered = true;
            entries = new ArrayList<>();
            blockLine = lineNo;
            inDispatchDump = false;
            indents.clear();
        }

        private void closeBlock() {
            if (kind != null) {
                blocks.add(new MtreeBlock(kind, names, root, flatViewNumber, rendered, entries, blockLine));
            }
            kind = null;
        }

        private long hex(String digits, int lineNo, int column) throws ParseException {
            try {
                return Address.parseHex(digits);
            } catch (NumberFormatException e) {
                throw new ParseException(file, lineNo, column, "expected a 64-bit hex address, found '" + digits + "'");
            }
        }

        private int parseDecimal(String digits, int lineNo, int column) throws ParseException {
            try {
                return Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                throw new ParseException(file, lineNo, column, "expected a 32-bit decimal number, found '" + digits + "'");
            }
        }
    }

    private static String stripEnd(String line) {
        int end = line.length();
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end);
    }

    private static int firstNonBlank(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i + 1;
    }
}
