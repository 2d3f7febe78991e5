package org.iommuatlas.trace;

import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.iommuatlas.model.Address;

/**
 * The {@code trace --json} document: {@code gpa}, {@code outcome}, {@code faultReason} (or null),
 * and {@code steps} each with {@code space}, {@code address} ({@code 0x} hex or null when no single
 * address can be named), {@code handler}, {@code outcome} and {@code caption}. Enum values are
 * lowercase with underscores ({@code interrupt_remapping}, {@code its_doorbell}, {@code not_mapped}).
 */
public final class TraceJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TraceJson() {
    }

    public static String render(Trace trace) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("gpa", Address.hex(trace.gpa()));
        root.put("outcome", word(trace.outcome()));
        if (trace.faultReason().isPresent()) {
            root.put("faultReason", word(trace.faultReason().get()));
        } else {
            root.putNull("faultReason");
        }
        ArrayNode steps = root.putArray("steps");
        for (TraceStep s : trace.steps()) {
            ObjectNode o = steps.addObject();
            o.put("space", s.space().name());
            if (s.address().isPresent()) {
                o.put("address", Address.hex(s.address().getAsLong()));
            } else {
                o.putNull("address");
            }
            o.put("handler", s.handler());
            o.put("outcome", word(s.outcome()));
            o.put("caption", s.caption());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }

    private static String word(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
