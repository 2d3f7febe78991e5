package org.iommuatlas.format.guest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One option value in QEMU's two syntaxes: QemuOpts {@code q35,accel=kvm,max-ram-below-4g=2G}
 * (a leading bare word is the option's implied key; {@code ,,} is a literal comma) or the JSON
 * object libvirt writes for {@code -object} and {@code -device} ({@code {"driver":"vfio-pci",...}}).
 */
final class QemuOptions {
    private static final ObjectMapper JSON = new ObjectMapper();

    private QemuOptions() {
    }

    /**
     * @param impliedKey key for a leading element without {@code =} ({@code type} for -machine, {@code size} for -m)
     * @return keys in order; JSON numbers as their decimal text, booleans as {@code on}/{@code off}
     * @throws IllegalArgumentException for a value starting with {@code {} that is not a JSON object
     */
    static Map<String, String> parse(String value, String impliedKey) {
        if (value.startsWith("{")) {
            return json(value);
        }
        Map<String, String> options = new LinkedHashMap<>();
        boolean first = true;
        for (String element : splitOnCommas(value)) {
            int eq = element.indexOf('=');
            if (eq < 0) {
                options.put(first && impliedKey != null ? impliedKey : element, first && impliedKey != null ? element : "on");
            } else {
                options.put(element.substring(0, eq), element.substring(eq + 1));
            }
            first = false;
        }
        return options;
    }

    private static Map<String, String> json(String value) {
        JsonNode node;
        try {
            node = JSON.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("expected a JSON object, found '" + value + "' ("
                    + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("expected a JSON object, found '" + value + "'");
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> f : node.properties()) {
            JsonNode v = f.getValue();
            if (v.isBoolean()) {
                options.put(f.getKey(), v.asBoolean() ? "on" : "off");
            } else if (v.isValueNode()) {
                options.put(f.getKey(), v.asText());
            }
        }
        return options;
    }

    private static List<String> splitOnCommas(String value) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',') {
                if (i + 1 < value.length() && value.charAt(i + 1) == ',') {
                    current.append(',');
                    i++;
                    continue;
                }
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        parts.removeIf(String::isEmpty);
        return parts;
    }

    /** QEMU's boolean words: on/off, yes/no, true/false. */
    static Boolean bool(String value) {
        switch (value) {
            case "on":
            case "yes":
            case "true":
                return Boolean.TRUE;
            case "off":
            case "no":
            case "false":
                return Boolean.FALSE;
            default:
                return null;
        }
    }
}
