package org.iommuatlas.format.host;

import org.iommuatlas.model.ParseException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an {@code iasl -d} disassembly (REFERENCE §6.12–6.14) into its field lines. A field line
 * is {@code [<offset>h <offset> <length>]}, a right-aligned name, {@code " : "}, a value and an
 * optional {@code [decoded text]}; newer iasl prints the length as {@code 008h}, older as
 * {@code   8}. Comments, the raw hex dump and blank lines are skipped.
 */
final class IaslDump {
    private static final Pattern PREFIX = Pattern.compile("^\\s*\\[[0-9A-Fa-f]+h [0-9]+ +[0-9A-Fa-f]+h?\\]");
    private static final Pattern DECODED = Pattern.compile("^\\s+(\\S[^:\\[]*?)\\s+:\\s+(\\S.*)$");
    private static final Pattern SIGNATURE = Pattern.compile("Signature\\s*:\\s*\"(\\w{4})\"");

    private IaslDump() {
    }

    static List<IaslField> fields(String file, String text) throws ParseException {
        List<IaslField> fields = new ArrayList<>();
        List<String> lines = TextLines.of(text);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNumber = i + 1;
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("/*") || trimmed.startsWith("*")) {
                continue;
            }
            Matcher prefix = PREFIX.matcher(line);
            if (prefix.lookingAt()) {
                int sep = line.indexOf(" : ", prefix.end());
                if (sep < 0) {
                    throw new ParseException(file, lineNumber, prefix.end() + 1,
                            "expected '<field name> : <value>' after the offset prefix, found '"
                                    + line.substring(prefix.end()).trim() + "'");
                }
                String name = line.substring(prefix.end(), sep).trim();
                fields.add(field(file, lineNumber, line, name, sep + 3, true));
                continue;
            }
            Matcher decoded = DECODED.matcher(line);
            if (decoded.matches()) {
                fields.add(field(file, lineNumber, line, decoded.group(1).trim(), decoded.start(2), false));
            }
        }
        if (fields.isEmpty()) {
            throw new ParseException(file, 0, "no '[offset] Field : value' lines found; expected the output of"
                    + " 'iasl -d' for an ACPI table");
        }
        return fields;
    }

    /** Fails when the dump names a different table than {@code expected}; a dump without a header passes. */
    static void requireSignature(List<IaslField> fields, String expected) throws ParseException {
        for (IaslField f : fields) {
            if (f.name().equals("Signature")) {
                String sig = f.value().replace("\"", "").trim();
                int space = sig.indexOf(' ');
                sig = space > 0 ? sig.substring(0, space) : sig;
                if (!sig.toUpperCase(Locale.ROOT).equals(expected)) {
                    throw f.error("expected an ACPI " + expected + " table, found Signature \"" + sig + "\"");
                }
                return;
            }
        }
    }

    /** The table signature in the first lines of a dump, for sniffing; null when there is none. */
    static String signature(String text) {
        Matcher m = SIGNATURE.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static IaslField field(String file, int lineNumber, String line, String name, int valueIndex,
                                   boolean prefixed) {
        while (valueIndex < line.length() && line.charAt(valueIndex) == ' ') {
            valueIndex++;
        }
        String value = line.substring(Math.min(valueIndex, line.length()));
        int bracket = value.indexOf('[');
        String bare = (bracket >= 0 ? value.substring(0, bracket) : value).trim();
        return new IaslField(file, lineNumber, line, name, bare, valueIndex + 1, prefixed);
    }
}
