package org.iommuatlas.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.iommuatlas.analysis.AnalysisResult;
import org.iommuatlas.analysis.BankFit;
import org.iommuatlas.analysis.Conflict;
import org.iommuatlas.analysis.DeviceVerdict;
import org.iommuatlas.analysis.FailingMap;
import org.iommuatlas.analysis.IsolationSet;
import org.iommuatlas.analysis.MachineAdvice;
import org.iommuatlas.model.Address;
import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.ReservedRegion;

import java.util.List;
import java.util.Locale;

/**
 * The {@code check --json} document: one object with {@code conflicts}, {@code failingMaps},
 * {@code firstFailingMap}, {@code predictedError}, {@code devices} and {@code fits}, addresses and
 * sizes as {@code 0x} lowercase hex strings and {@code maxBytes} as a decimal integer. Field
 * names are a contract with scripts; add, never rename.
 */
public final class CheckJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CheckJson() {
    }

    public static String render(AnalysisResult result, List<MachineAdvice.Suggestion> suggestions) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode conflicts = root.putArray("conflicts");
        for (Conflict c : result.conflicts()) {
            ObjectNode o = conflicts.addObject();
            o.put("severity", c.severity().name().toLowerCase(Locale.ROOT));
            o.put("rule", c.rule().name());
            o.put("title", c.rule().title());
            if (c.sectionRange() != null) {
                ObjectNode guest = o.putObject("guest");
                guest.put("name", c.section());
                guest.put("start", Address.hex(c.sectionRange().start()));
                guest.put("end", Address.hex(c.sectionRange().last()));
                if (c.bankId() != null) {
                    guest.put("bank", c.bankId());
                }
            } else {
                o.putNull("guest");
            }
            if (c.hostRegion() != null) {
                o.set("host", region(c.hostRegion()));
            } else {
                o.putNull("host");
            }
            if (c.overlap() != null) {
                o.set("overlap", range(c.overlap()));
            } else {
                o.putNull("overlap");
            }
            o.put("message", c.message());
            o.put("explanation", c.explanation());
        }
        ArrayNode failing = root.putArray("failingMaps");
        for (FailingMap f : result.failingMaps()) {
            ObjectNode o = failing.addObject();
            o.put("iova", Address.hex(f.map().iova()));
            o.put("size", Address.hex(f.map().size()));
            o.put("region", f.map().regionName());
            o.put("rule", f.rule().name());
            if (f.region() != null) {
                o.set("host", region(f.region()));
            }
        }
        if (result.firstFailingMap().isPresent()) {
            FailingMap first = result.firstFailingMap().get();
            ObjectNode o = root.putObject("firstFailingMap");
            o.put("iova", Address.hex(first.map().iova()));
            o.put("size", Address.hex(first.map().size()));
        } else {
            root.putNull("firstFailingMap");
        }
        if (result.predictedError().isPresent()) {
            root.put("predictedError", result.predictedError().get());
        } else {
            root.putNull("predictedError");
        }
        root.put("verdict", result.verdict().map(Enum::name).orElse(null));
        ArrayNode also = root.putArray("alsoFailing");
        result.alsoFailing().forEach(r -> also.add(r.name()));
        ArrayNode devices = root.putArray("devices");
        for (DeviceVerdict d : result.devices()) {
            ObjectNode o = devices.addObject();
            o.put("device", d.device());
            o.put("group", d.group());
            o.put("assignable", d.assignable());
            o.put("reason", d.reason());
        }
        ArrayNode fits = root.putArray("fits");
        for (BankFit f : result.fits()) {
            ObjectNode o = fits.addObject();
            o.put("bank", f.bankId());
            o.put("start", Address.hex(f.start()));
            o.put("size", Address.hex(f.currentSize()));
            o.put("maxBytes", Long.toUnsignedString(f.maxBytes()));
            o.put("fits", f.fits());
            if (f.limitingSectionStart() != f.start()) {
                // x86 low RAM: the map that hits the limit starts after vga-lowmem (0xc0000).
                o.put("limitingSectionStart", Address.hex(f.limitingSectionStart()));
                o.put("sectionMaxBytes", Long.toUnsignedString(f.sectionMaxBytes()));
            }
            if (f.limitedBy() != null) {
                o.set("limitedBy", region(f.limitedBy()));
            }
            f.placementBelow().ifPresent(p -> o.put("placementBelow", Address.hex(p)));
            f.placementAbove().ifPresent(p -> o.put("placementAbove", Address.hex(p)));
        }
        ArrayNode isolation = root.putArray("isolation");
        for (IsolationSet s : result.isolation()) {
            ObjectNode o = isolation.addObject();
            ArrayNode members = o.putArray("devices");
            s.members().forEach(members::add);
            ArrayNode groups = o.putArray("groups");
            s.groups().forEach(groups::add);
            ArrayNode shared = o.putArray("shared");
            s.shared().forEach(r -> shared.add(range(r)));
        }
        ArrayNode usable = root.putArray("usableIova");
        result.usableIova().forEach(r -> usable.add(range(r)));
        ArrayNode machine = root.putArray("machineSuggestions");
        for (MachineAdvice.Suggestion s : suggestions) {
            ObjectNode o = machine.addObject();
            o.put("spec", s.spec());
            o.put("description", s.description());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode region(ReservedRegion r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("type", r.type().word());
        o.put("reportedAs", r.reportedAs());
        o.put("start", Address.hex(r.start()));
        o.put("end", Address.hex(r.last()));
        if (r.hasGroup()) {
            o.put("group", r.group());
        } else {
            o.putNull("group");
        }
        o.put("source", r.source().toString());
        return o;
    }

    private static ObjectNode range(AddressRange r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("start", Address.hex(r.start()));
        o.put("end", Address.hex(r.last()));
        return o;
    }
}
