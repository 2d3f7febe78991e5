package org.iommuatlas.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.iommuatlas.model.Address;
import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.GuestArch;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.GuestRegion;
import org.iommuatlas.model.GuestRegionKind;
import org.iommuatlas.model.HostDevice;
import org.iommuatlas.model.HostMemoryKind;
import org.iommuatlas.model.HostMemoryRange;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.HostPlatform;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.model.SourceRef;
import org.iommuatlas.model.ViewSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads and writes scenario files: one JSON document holding host, guest, device assignment and
 * view. Unknown fields, a wrong schema, a newer version and invalid values are refused with the
 * file, the line where Jackson saw it, and the JSON path of the offending value.
 *
 * <p>A scenario holds data only: it names no file to read or write, so opening one that a
 * stranger attached to a bug report cannot make the program touch anything else.
 */
public final class ScenarioJson {
    public static final String SCHEMA = "iommu-atlas/scenario";
    public static final int VERSION = 1;
    /** Our schema is five levels deep; anything far deeper is hostile or broken. */
    private static final int MAX_NESTING = 32;

    private final GuestSpecResolver specResolver;

    /**
     * The mapper, built on first use (the JVM initialises this holder class then, once, thread-safely)
     * and shared by every codec: its configuration never varies, and a mapper is thread-safe once
     * configured. WHY lazily: Jackson is about 550 classes and builds its readers by reflection,
     * about half a second of CPU cold; the window's first frame needs no scenario file.
     */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = build();

        private static ObjectMapper build() {
            JsonFactory factory = JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                    .build();
            return new ObjectMapper(factory)
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .enable(SerializationFeature.INDENT_OUTPUT);
        }
    }

    /**
     * @param specResolver expands a guest given only as a preset spec; used by hand-written
     *                     samples, never by files this class writes
     */
    public ScenarioJson(GuestSpecResolver specResolver) {
        this.specResolver = specResolver;
    }

    public Scenario read(String sourceName, String json) throws ParseException {
        if (json.isBlank()) {
            // Jackson's own words for this are "No content to map due to end-of-input".
            throw new ParseException(sourceName, 0, "empty scenario file: expected a JSON object");
        }
        ScenarioDocument.Root root;
        try {
            root = Mapper.INSTANCE.readValue(json, ScenarioDocument.Root.class);
        } catch (UnrecognizedPropertyException e) {
            throw located(sourceName, e, "unknown field '" + e.getPropertyName() + "' at " + path(e)
                    + " (expected one of " + e.getKnownPropertyIds() + ")");
        } catch (JsonMappingException e) {
            throw located(sourceName, e, "unexpected value at " + path(e) + ": " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw located(sourceName, e, "not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null) {
            throw new ParseException(sourceName, 0, "empty scenario file: expected a JSON object");
        }
        return new Reader(sourceName).scenario(root);
    }

    /**
     * The scenario as UTF-8 JSON bytes, exactly {@link #write}'s text encoded: what files get.
     * WHY not the text: the window writes a recovery copy after every edit, and for a host of
     * 100,000 regions building the text and encoding it was most of about 0.4 s of CPU.
     */
    public byte[] writeBytes(Scenario scenario) {
        try {
            byte[] json = Mapper.INSTANCE.writeValueAsBytes(Writer.root(scenario));
            byte[] out = java.util.Arrays.copyOf(json, json.length + 1);
            out[json.length] = '\n';
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("scenario could not be serialised", e);
        }
    }

    public String write(Scenario scenario) {
        try {
            return Mapper.INSTANCE.writeValueAsString(Writer.root(scenario)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("scenario could not be serialised", e);
        }
    }

    private static ParseException located(String sourceName, JsonProcessingException e, String problem) {
        JsonLocation loc = e.getLocation();
        int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
        int column = loc == null ? 0 : Math.max(0, loc.getColumnNr());
        return new ParseException(sourceName, line, column, problem, e);
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "the top level" : sb.toString();
    }

    /** Model → document. */
    private static final class Writer {
        static ScenarioDocument.Root root(Scenario s) {
            return new ScenarioDocument.Root(SCHEMA, VERSION, s.title(), s.description(), host(s.host()),
                    guest(s.guest()), s.assignedDevices(), view(s.view()));
        }

        static ScenarioDocument.Host host(HostModel h) {
            List<ScenarioDocument.Region> regions = new ArrayList<>(h.regions().size());
            for (ReservedRegion r : h.regions()) {
                regions.add(new ScenarioDocument.Region(Address.hex(r.start()), Address.hex(r.last()),
                        r.type().word(), r.typeInferred() ? r.reportedAs() : null,
                        r.hasGroup() ? r.group() : null, r.devices().isEmpty() ? null : r.devices(),
                        r.source().toString()));
            }
            List<ScenarioDocument.Memory> memory = h.memory().stream().map(m -> new ScenarioDocument.Memory(
                    Address.hex(m.start()), Address.hex(m.last()), kindWord(m.kind()), m.name(),
                    m.depth() == 0 ? null : m.depth(), m.source().toString())).toList();
            List<ScenarioDocument.Device> devices = h.devices().stream().map(d -> new ScenarioDocument.Device(
                    d.name(), d.group() == ReservedRegion.NO_GROUP ? null : d.group(), d.driver(),
                    d.pciClass() == HostDevice.UNKNOWN_CLASS ? null : String.format("0x%06x", d.pciClass())))
                    .toList();
            ScenarioDocument.Range aperture = h.aperture().equals(AddressRange.FULL) ? null
                    : new ScenarioDocument.Range(Address.hex(h.aperture().start()), Address.hex(h.aperture().last()));
            return new ScenarioDocument.Host(kindWord(h.platform()), aperture,
                    h.physBits() == 0 ? null : h.physBits(), regions, memory, devices);
        }

        static ScenarioDocument.Guest guest(GuestLayout g) {
            List<ScenarioDocument.Bank> banks = g.banks().stream().map(b -> new ScenarioDocument.Bank(b.id(),
                    b.memoryRegion(), Address.hex(b.start()), Address.hex(b.size()), b.source().toString())).toList();
            List<ScenarioDocument.GuestRegion> regions = g.regions().stream().map(r ->
                    new ScenarioDocument.GuestRegion(r.name(), Address.hex(r.start()), Address.hex(r.last()),
                            kindWord(r.kind()), r.carvesRam() ? true : null, r.dmaMapped() ? true : null,
                            r.source().toString())).toList();
            return new ScenarioDocument.Guest(g.spec().isEmpty() ? null : g.spec(), g.machine(),
                    kindWord(g.arch()), g.viommu() ? true : null,
                    g.physBits() == 0 ? null : g.physBits(), g.amdVcpu() ? true : null, banks, regions);
        }

        static ScenarioDocument.View view(ViewSettings v) {
            return new ScenarioDocument.View(Address.hex(v.viewStart()), Address.hex(v.viewLast()),
                    v.linearScale(), Address.hex(v.snapAlignment()), v.theme());
        }
    }

    /** Document → model, validating every value and naming its JSON path when it is wrong. */
    private final class Reader {
        private final String file;

        Reader(String file) {
            this.file = file;
        }

        Scenario scenario(ScenarioDocument.Root root) throws ParseException {
            if (!SCHEMA.equals(root.schema())) {
                throw fail("schema", "expected \"" + SCHEMA + "\", found "
                        + (root.schema() == null ? "nothing" : "\"" + root.schema() + "\"")
                        + " — this is not an IOMMU Atlas scenario");
            }
            if (root.version() == null) {
                throw fail("version", "missing; expected " + VERSION);
            }
            if (root.version() > VERSION) {
                throw fail("version", "the file was written by a newer IOMMU Atlas (scenario version "
                        + root.version() + "); this one reads version " + VERSION);
            }
            if (root.version() < 1) {
                throw fail("version", "expected " + VERSION + ", found " + root.version());
            }
            if (root.host() == null) {
                throw fail("host", "missing; expected the host's reserved regions");
            }
            if (root.guest() == null) {
                throw fail("guest", "missing; expected a guest spec or layout");
            }
            HostModel host = host(root.host());
            GuestLayout guest = guest(root.guest());
            List<String> assigned = root.assignedDevices() == null ? List.of() : root.assignedDevices();
            ViewSettings view = root.view() == null ? ViewSettings.DEFAULT : view(root.view());
            return new Scenario(root.title() == null ? "Untitled" : root.title(),
                    root.description() == null ? "" : root.description(), host, guest, assigned, view);
        }

        HostModel host(ScenarioDocument.Host h) throws ParseException {
            HostPlatform platform = HostPlatform.UNKNOWN;
            if (h.platform() != null) {
                platform = enumValue(HostPlatform.class, h.platform(), "host.platform");
            }
            List<ReservedRegion> regions = new ArrayList<>();
            List<ScenarioDocument.Region> docRegions = h.regions() == null ? List.of() : h.regions();
            for (int i = 0; i < docRegions.size(); i++) {
                String at = "host.regions[" + i + "]";
                ScenarioDocument.Region r = require(docRegions.get(i), at);
                long start = hex(r.start(), at + ".start");
                long last = hex(r.last(), at + ".last");
                checkOrder(start, last, at);
                ReservedType type = ReservedType.fromWord(require(r.type(), at + ".type"))
                        .orElseThrow(() -> fail(at + ".type", "expected one of direct, direct-relaxable, reserved, "
                                + "msi, sw-msi; found \"" + r.type() + "\""));
                String reportedAs = r.reportedAs() == null ? type.sysfsWord() : r.reportedAs();
                int group = r.group() == null ? ReservedRegion.NO_GROUP : r.group();
                regions.add(new ReservedRegion(start, last, type, reportedAs, group,
                        r.devices() == null ? List.of() : r.devices(), source(r.source(), at)));
            }
            List<HostMemoryRange> memory = new ArrayList<>();
            List<ScenarioDocument.Memory> docMemory = h.memory() == null ? List.of() : h.memory();
            for (int i = 0; i < docMemory.size(); i++) {
                String at = "host.memory[" + i + "]";
                ScenarioDocument.Memory m = require(docMemory.get(i), at);
                long start = hex(m.start(), at + ".start");
                long last = hex(m.last(), at + ".last");
                checkOrder(start, last, at);
                HostMemoryKind kind = enumValue(HostMemoryKind.class, require(m.kind(), at + ".kind"), at + ".kind");
                memory.add(new HostMemoryRange(start, last, kind, m.name() == null ? "" : m.name(),
                        m.depth() == null ? 0 : m.depth(), source(m.source(), at)));
            }
            List<HostDevice> devices = new ArrayList<>();
            List<ScenarioDocument.Device> docDevices = h.devices() == null ? List.of() : h.devices();
            for (int i = 0; i < docDevices.size(); i++) {
                String at = "host.devices[" + i + "]";
                ScenarioDocument.Device d = require(docDevices.get(i), at);
                int pciClass = d.pciClass() == null ? HostDevice.UNKNOWN_CLASS
                        : (int) hex(d.pciClass(), at + ".pciClass");
                devices.add(new HostDevice(require(d.name(), at + ".name"),
                        d.group() == null ? ReservedRegion.NO_GROUP : d.group(), d.driver(), pciClass));
            }
            AddressRange aperture = AddressRange.FULL;
            if (h.aperture() != null) {
                long start = hex(h.aperture().start(), "host.aperture.start");
                long last = hex(h.aperture().last(), "host.aperture.last");
                checkOrder(start, last, "host.aperture");
                aperture = AddressRange.of(start, last);
            }
            int physBits = h.physBits() == null ? 0 : h.physBits();
            if (physBits < 0 || physBits > 64) {
                throw fail("host.physBits", "expected 0 to 64, found " + physBits);
            }
            return new HostModel(platform, regions, memory, devices, aperture, physBits);
        }

        GuestLayout guest(ScenarioDocument.Guest g) throws ParseException {
            if (g.banks() == null) {
                if (g.spec() == null) {
                    throw fail("guest", "expected either \"spec\" (e.g. \"virt:ram=4G\") or \"banks\"");
                }
                try {
                    GuestLayout layout = specResolver.resolve(g.spec());
                    return g.viommu() != null ? layout.withViommu(g.viommu()) : layout;
                } catch (ParseException e) {
                    throw fail("guest.spec", e.problem());
                }
            }
            List<RamBank> banks = new ArrayList<>();
            for (int i = 0; i < g.banks().size(); i++) {
                String at = "guest.banks[" + i + "]";
                ScenarioDocument.Bank b = require(g.banks().get(i), at);
                long start = hex(b.start(), at + ".start");
                long size = hex(b.size(), at + ".size");
                if (size == 0) {
                    throw fail(at + ".size", "a RAM bank needs a size above 0");
                }
                if (Address.lessThan(start + size - 1, start)) {
                    throw fail(at, "bank at " + Address.hex(start) + " of size " + Address.hex(size) + " passes 2^64");
                }
                String id = require(b.id(), at + ".id");
                if (banks.stream().anyMatch(x -> x.id().equals(id))) {
                    throw fail(at + ".id", "two banks are called \"" + id + "\"; ids must be unique");
                }
                banks.add(new RamBank(id, require(b.memoryRegion(), at + ".memoryRegion"), start, size,
                        source(b.source(), at)));
            }
            List<GuestRegion> regions = new ArrayList<>();
            List<ScenarioDocument.GuestRegion> docRegions = g.regions() == null ? List.of() : g.regions();
            for (int i = 0; i < docRegions.size(); i++) {
                String at = "guest.regions[" + i + "]";
                ScenarioDocument.GuestRegion r = require(docRegions.get(i), at);
                long start = hex(r.start(), at + ".start");
                long last = hex(r.last(), at + ".last");
                checkOrder(start, last, at);
                GuestRegionKind kind = enumValue(GuestRegionKind.class, require(r.kind(), at + ".kind"), at + ".kind");
                regions.add(new GuestRegion(require(r.name(), at + ".name"), start, last, kind,
                        Boolean.TRUE.equals(r.carvesRam()), Boolean.TRUE.equals(r.dmaMapped()), source(r.source(), at)));
            }
            GuestArch arch = g.arch() == null ? GuestArch.OTHER : enumValue(GuestArch.class, g.arch(), "guest.arch");
            int physBits = g.physBits() == null ? 0 : g.physBits();
            if (physBits < 0 || physBits > 64) {
                throw fail("guest.physBits", "expected 0 to 64, found " + physBits);
            }
            return new GuestLayout(g.machine() == null ? "custom" : g.machine(), arch,
                    g.spec() == null ? "" : g.spec(), banks, regions, Boolean.TRUE.equals(g.viommu()), physBits,
                    Boolean.TRUE.equals(g.amdVcpu()));
        }

        ViewSettings view(ScenarioDocument.View v) throws ParseException {
            long start = v.viewStart() == null ? 0 : hex(v.viewStart(), "view.viewStart");
            long last = v.viewLast() == null ? Address.MAX : hex(v.viewLast(), "view.viewLast");
            checkOrder(start, last, "view");
            long snap = v.snapAlignment() == null ? ViewSettings.DEFAULT.snapAlignment()
                    : hex(v.snapAlignment(), "view.snapAlignment");
            if (snap == 0 || (snap & (snap - 1)) != 0) {
                throw fail("view.snapAlignment", "expected a power of two such as 0x1000, found " + Address.hex(snap));
            }
            return new ViewSettings(start, last, Boolean.TRUE.equals(v.linearScale()), snap,
                    v.theme() == null ? "light" : v.theme());
        }

        private long hex(String text, String at) throws ParseException {
            if (text == null) {
                throw fail(at, "missing; expected a 0x-prefixed hex string such as \"0xfee00000\"");
            }
            if (!text.startsWith("0x")) {
                throw fail(at, "expected a 0x-prefixed hex string such as \"0xfee00000\", found \"" + text + "\"");
            }
            try {
                return Address.parseHex(text);
            } catch (NumberFormatException e) {
                throw fail(at, e.getMessage());
            }
        }

        private void checkOrder(long start, long last, String at) throws ParseException {
            if (Address.lessThan(last, start)) {
                throw fail(at, "end " + Address.hex(last) + " is below start " + Address.hex(start));
            }
        }

        private SourceRef source(String text, String at) throws ParseException {
            if (text == null || text.isEmpty()) {
                return new SourceRef(file, 0);
            }
            int colon = text.lastIndexOf(':');
            if (colon > 0 && colon < text.length() - 1 && text.substring(colon + 1).chars().allMatch(Character::isDigit)
                    && text.length() - colon - 1 <= 9) {
                return new SourceRef(text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)));
            }
            return new SourceRef(text, 0);
        }

        private <T> T require(T value, String at) throws ParseException {
            if (value == null) {
                throw fail(at, "missing");
            }
            return value;
        }

        private <E extends Enum<E>> E enumValue(Class<E> type, String word, String at) throws ParseException {
            String wanted = word.trim().replace('-', '_').toUpperCase(Locale.ROOT);
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(wanted)) {
                    return e;
                }
            }
            String choices = java.util.Arrays.stream(type.getEnumConstants())
                    .map(e -> kindWord(e)).collect(Collectors.joining(", "));
            throw fail(at, "expected one of " + choices + "; found \"" + word + "\"");
        }

        private ParseException fail(String at, String problem) {
            return new ParseException(file, 0, at + ": " + problem);
        }
    }

    /** Enum constants as lowercase words with dashes ({@code SYSTEM_RAM} → {@code system-ram}). */
    static String kindWord(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
