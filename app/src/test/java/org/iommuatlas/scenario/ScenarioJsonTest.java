package org.iommuatlas.scenario;

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
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioJsonTest {
    private static final GuestSpecResolver NO_PRESETS = spec -> {
        throw new ParseException("<spec>", 0, "no presets in this test");
    };

    private final ScenarioJson json = new ScenarioJson(NO_PRESETS);

    static Scenario amdHostWithArmGuest() {
        SourceRef src = new SourceRef("groups/28/reserved_regions", 1);
        HostModel host = new HostModel(HostPlatform.AMD, List.of(
                new ReservedRegion(0xfee00000L, 0xfeefffffL, ReservedType.MSI, "msi", 28, List.of("0000:29:00.0"), src),
                new ReservedRegion(0xfd00000000L, 0xffffffffffL, ReservedType.RESERVED, "reserved", 28,
                        List.of("0000:29:00.0"), new SourceRef("groups/28/reserved_regions", 2)),
                new ReservedRegion(0x8000000L, 0x80fffffL, ReservedType.SW_MSI, "msi", ReservedRegion.NO_GROUP,
                        List.of(), SourceRef.COMPUTED),
                new ReservedRegion(0xfffffffffffff000L, Address.MAX, ReservedType.DIRECT, "direct", 3,
                        List.of(), new SourceRef("top", 9))),
                List.of(new HostMemoryRange(0x100000000L, 0x23fffffffL, HostMemoryKind.SYSTEM_RAM, "System RAM", 0,
                        new SourceRef("iomem", 4))),
                List.of(new HostDevice("0000:29:00.0", 28, "vfio-pci", 0x0c0330)),
                AddressRange.of(0, 0xffffffffffffL), 48);
        GuestLayout guest = new GuestLayout("virt", GuestArch.AARCH64, "virt:ram=4G",
                List.of(new RamBank("ram", "mach-virt.ram", 0x40000000L, 0x100000000L, SourceRef.preset("virt"))),
                List.of(new GuestRegion("gic-its", 0x08080000L, 0x0809ffffL, GuestRegionKind.INTERRUPT_CONTROLLER,
                        false, false, SourceRef.preset("virt"))),
                false, 0, false);
        return new Scenario("aarch64 on AMD", "fails at 4 GiB", host, guest, List.of("0000:29:00.0"),
                new ViewSettings(0x40000000L, 0x13fffffffL, true, 0x40000000L, "dark"));
    }

    @Test
    void theBytesWrittenAreTheTextEncodedAsUtf8(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Scenario s = amdHostWithArmGuest().withTitle("Gr\u00fc\u00dfe \u2013 4 GiB", "\u26a0 fails");
        byte[] bytes = json.writeBytes(s);
        org.junit.jupiter.api.Assertions.assertArrayEquals(json.write(s).getBytes(java.nio.charset.StandardCharsets.UTF_8), bytes);
        java.nio.file.Path file = dir.resolve("s.json");
        new ScenarioFiles(json).save(s, file);
        assertEquals(s, new ScenarioFiles(json).open(file));
    }

    @Test
    void roundTripKeepsEveryValueExactly() throws ParseException {
        Scenario original = amdHostWithArmGuest();
        Scenario back = json.read("s.json", json.write(original));
        assertEquals(original, back);
    }

    @Test
    void writesAddressesAsHexStrings() {
        String text = json.write(amdHostWithArmGuest());
        assertTrue(text.contains("\"start\" : \"0xfffffffffffff000\""), text);
        assertTrue(text.contains("\"last\" : \"0xffffffffffffffff\""), text);
        assertTrue(text.contains("\"schema\" : \"iommu-atlas/scenario\""), text);
    }

    @Test
    void refusesUnknownFieldsNamingLineAndPath() {
        String text = json.write(amdHostWithArmGuest()).replace("\"reportedAs\" : \"msi\"", "\"colour\" : \"red\"");
        ParseException e = assertThrows(ParseException.class, () -> json.read("bad.json", text));
        assertTrue(e.getMessage().startsWith("bad.json:"), e.getMessage());
        assertTrue(e.line() > 1, "line is reported");
        assertTrue(e.problem().contains("unknown field 'colour'"), e.problem());
        assertTrue(e.problem().contains("host.regions[2]"), e.problem());
    }

    @Test
    void refusesANewerVersion() {
        String text = json.write(amdHostWithArmGuest()).replace("\"version\" : 1", "\"version\" : 7");
        ParseException e = assertThrows(ParseException.class, () -> json.read("new.json", text));
        assertTrue(e.problem().contains("newer IOMMU Atlas"), e.problem());
    }

    @Test
    void refusesAFileThatIsNotAScenario() {
        ParseException e = assertThrows(ParseException.class, () -> json.read("x.json", "{\"a\": 1}"));
        assertTrue(e.problem().contains("unknown field 'a'"), e.problem());
        ParseException notJson = assertThrows(ParseException.class, () -> json.read("x.json", "0x1 0x2 msi"));
        assertTrue(notJson.problem().startsWith("not valid JSON"), notJson.problem());
        ParseException empty = assertThrows(ParseException.class, () -> json.read("x.json", ""));
        assertEquals("x.json", empty.file());
    }

    @Test
    void namesTheValueThatIsNotHex() {
        String text = json.write(amdHostWithArmGuest()).replace("\"0xfd00000000\"", "\"fd00000000\"");
        ParseException e = assertThrows(ParseException.class, () -> json.read("s.json", text));
        assertTrue(e.problem().startsWith("host.regions[1].start: expected a 0x-prefixed hex"), e.problem());
    }

    @Test
    void refusesAReversedRangeAndAnOversizedValue() {
        String reversed = json.write(amdHostWithArmGuest()).replace("\"0xfeefffff\"", "\"0xfe000000\"");
        ParseException e = assertThrows(ParseException.class, () -> json.read("s.json", reversed));
        assertTrue(e.problem().contains("host.regions[0]: end 0xfe000000 is below start 0xfee00000"), e.problem());
        String huge = json.write(amdHostWithArmGuest()).replace("\"0xfee00000\"", "\"0x1fee00000000000000\"");
        ParseException h = assertThrows(ParseException.class, () -> json.read("s.json", huge));
        assertTrue(h.problem().contains("does not fit in 64 bits"), h.problem());
    }

    @Test
    void refusesUnknownRegionTypes() {
        String text = json.write(amdHostWithArmGuest()).replace("\"type\" : \"reserved\"", "\"type\" : \"lava\"");
        ParseException e = assertThrows(ParseException.class, () -> json.read("s.json", text));
        assertTrue(e.problem().contains("host.regions[1].type"), e.problem());
    }

    @Test
    void refusesDeepNesting() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        ParseException e = assertThrows(ParseException.class, () -> json.read("deep.json", deep));
        assertEquals("deep.json", e.file());
    }

    @Test
    void expandsAGuestGivenOnlyAsASpec() throws ParseException {
        GuestLayout fromPreset = amdHostWithArmGuest().guest();
        ScenarioJson withPresets = new ScenarioJson(spec -> {
            assertEquals("virt:ram=4G", spec);
            return fromPreset;
        });
        String text = "{\"schema\":\"iommu-atlas/scenario\",\"version\":1,\"host\":{\"regions\":[]},"
                + "\"guest\":{\"spec\":\"virt:ram=4G\"}}";
        Scenario s = withPresets.read("spec.json", text);
        assertEquals(fromPreset, s.guest());
        assertEquals(ViewSettings.DEFAULT, s.view());
    }

    @Test
    void reportsABadSpecAsTheGuestSpecField() {
        String text = "{\"schema\":\"iommu-atlas/scenario\",\"version\":1,\"host\":{},\"guest\":{\"spec\":\"vax:ram=1G\"}}";
        ParseException e = assertThrows(ParseException.class, () -> json.read("spec.json", text));
        assertTrue(e.problem().startsWith("guest.spec: no presets in this test"), e.problem());
    }
}
