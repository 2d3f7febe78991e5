package org.iommuatlas.format.host;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.iommuatlas.model.SourceRef;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a reserved_regions file straight from its bytes when every line is in the kernel's exact
 * form ({@code 0x} + 16 lowercase hex digits, a space, the same again, a space, one of the four
 * words) or empty, as every file the kernel writes is. Such a file is pure ASCII, so it needs no
 * decoding and no text copy: a million-line dump is read in one pass over the bytes (issue #4).
 *
 * <p>Anything else (another width, uppercase, blanks, an end below its start, a BOM, any other
 * format) makes {@link #read} answer null, and the caller decodes the text and takes the general
 * path, which reads lenient lines and reports errors with their line and column.
 */
final class KernelRegionBytes {
    /** Length of {@code 0x<16> 0x<16> } before the word. */
    private static final int WORD_OFFSET = 38;
    /** The shortest line: the offset plus {@code msi}. */
    private static final int SHORTEST = WORD_OFFSET + 3;

    private KernelRegionBytes() {
    }

    /**
     * The regions of {@code bytes}, each with its 1-based line, or null when some line is not in
     * the kernel's exact form or there is no region at all (an empty file is reported by the
     * general path).
     */
    static List<ReservedRegion> read(String sourceName, byte[] bytes, int group) {
        // Every region line takes at least SHORTEST bytes and its line break: sized once, the
        // list is not regrown and copied some 35 times on the way to a million regions. Made at
        // the first region, so that other input (a dmesg, refused at its first line) does not
        // pay for a list sized to its length.
        List<ReservedRegion> regions = null;
        int length = bytes.length;
        int pos = 0;
        int lineNumber = 0;
        while (pos < length) {
            lineNumber++;
            byte first = bytes[pos];
            if (first == '\n') {
                pos++;
                continue;
            }
            if (first == '\r') {
                pos += pos + 1 < length && bytes[pos + 1] == '\n' ? 2 : 1;
                continue;
            }
            if (pos + SHORTEST > length || first != '0' || bytes[pos + 1] != 'x' || bytes[pos + 18] != ' '
                    || bytes[pos + 19] != '0' || bytes[pos + 20] != 'x' || bytes[pos + 37] != ' ') {
                return null;
            }
            long start = 0;
            long last = 0;
            for (int i = 0; i < 16; i++) {
                int ds = KernelRegionLine.digit(bytes[pos + 2 + i] & 0xff);
                int dl = KernelRegionLine.digit(bytes[pos + 21 + i] & 0xff);
                if ((ds | dl) < 0) {
                    return null;
                }
                start = (start << 4) | ds;
                last = (last << 4) | dl;
            }
            if (Address.lessThan(last, start)) {
                return null;
            }
            int w = pos + WORD_OFFSET;
            ReservedType type = typeAt(bytes, w);
            if (type == null) {
                return null;
            }
            String word = type.sysfsWord();
            int end = w + word.length();
            // The word must end the line: "direct" is not the start of "direct-relaxable" here.
            if (end < length && bytes[end] != '\n' && bytes[end] != '\r') {
                return null;
            }
            if (regions == null) {
                regions = new ArrayList<>(bytes.length / SHORTEST + 1);
            }
            regions.add(new ReservedRegion(start, last, type, word, group, List.of(),
                    new SourceRef(sourceName, lineNumber)));
            pos = end;
            if (pos < length && bytes[pos] == '\r') {
                pos++;
            }
            if (pos < length && bytes[pos] == '\n') {
                pos++;
            }
        }
        return regions;
    }

    /** The type whose kernel word starts at {@code at}, or null; the word's end is checked by the caller. */
    private static ReservedType typeAt(byte[] bytes, int at) {
        switch (bytes[at]) {
            case 'm':
                return startsWith(bytes, at, "msi") ? ReservedType.MSI : null;
            case 'r':
                return startsWith(bytes, at, "reserved") ? ReservedType.RESERVED : null;
            case 'd':
                if (startsWith(bytes, at, "direct-relaxable")) {
                    return ReservedType.DIRECT_RELAXABLE;
                }
                return startsWith(bytes, at, "direct") ? ReservedType.DIRECT : null;
            default:
                return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int at, String word) {
        if (at + word.length() > bytes.length) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (bytes[at + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
