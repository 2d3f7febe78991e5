package org.iommuatlas.format.host;

import org.iommuatlas.model.HostMemoryKind;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Maps the type text of an e820 line to a memory kind (REFERENCE §6.5), for both the classic
 * words ({@code usable}, {@code reserved}, {@code ACPI data}, {@code ACPI NVS}, {@code persistent
 * (type 7)}) and the 2025 wording ({@code System RAM}, {@code device reserved}, with size columns
 * such as {@code 639   KB} in front).
 */
final class E820Types {
    /** Leading size columns of the 2025 rework: a number and a unit. */
    private static final Pattern SIZE_COLUMNS = Pattern.compile("^\\d+(?:\\.\\d+)?\\s*[KMGTPE]?i?B\\s+");

    private E820Types() {
    }

    /** The type text without size columns or the parentheses very old kernels used. */
    static String typeText(String rest) {
        String t = rest.trim();
        t = SIZE_COLUMNS.matcher(t).replaceFirst("");
        if (t.startsWith("(") && t.endsWith(")")) {
            t = t.substring(1, t.length() - 1).trim();
        }
        return t;
    }

    static HostMemoryKind kindOf(String typeText) {
        String t = typeText.toLowerCase(Locale.ROOT);
        if (t.contains("unusable")) {
            // Type 5, RAM the firmware marks bad: never usable, treat as reserved.
            return HostMemoryKind.RESERVED;
        }
        if (t.contains("usable") || t.contains("system ram")) {
            return HostMemoryKind.SYSTEM_RAM;
        }
        if (t.startsWith("acpi") || t.contains("acpi data") || t.contains("acpi nvs")) {
            return HostMemoryKind.ACPI;
        }
        if (t.contains("persistent")) {
            return HostMemoryKind.PERSISTENT;
        }
        if (t.contains("reserved")) {
            return HostMemoryKind.RESERVED;
        }
        return HostMemoryKind.OTHER;
    }
}
