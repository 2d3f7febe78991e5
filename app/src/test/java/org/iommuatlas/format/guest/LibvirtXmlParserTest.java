package org.iommuatlas.format.guest;

import org.iommuatlas.model.MachineConfig;
import org.iommuatlas.model.MachineType;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.Sizes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LibvirtXmlParserTest {
    @Test
    void q35DomainGivesMachineRamHotplugCpuAndHostdev() throws ParseException {
        LibvirtDomain d = parse("libvirt-q35-amd.xml");
        MachineConfig m = d.machine();
        assertEquals("win11", d.name());
        assertEquals(MachineType.Q35, m.type());
        assertEquals("pc-q35-7.0", m.machineName());
        assertEquals("7.0", m.version());
        assertEquals(1524288L * 1024, m.ramBytes());
        assertEquals(16777216L * 1024, m.maxRamBytes());
        assertEquals(16, m.slots());
        assertTrue(m.amdVcpu());
        assertTrue(d.cpuVendorKnown());
        assertEquals("EPYC-Rome", d.cpuModel());
        assertEquals(42, m.physBits());
        assertFalse(m.viommu());
        assertTrue(d.hugepages());
        assertEquals(List.of("1 G"), d.hugepageSizes());
        assertTrue(d.locked());
        assertEquals("x86_64", d.arch());
        assertEquals(List.of("0000:01:00.0"), m.hostDevices());
    }

    @Test
    void pciHostdevKeepsHostAndGuestAddressesAndSkipsUsb() throws ParseException {
        List<LibvirtHostdev> hostdevs = parse("libvirt-q35-amd.xml").hostdevs();
        assertEquals(1, hostdevs.size());
        LibvirtHostdev h = hostdevs.get(0);
        assertEquals("0000:01:00.0", h.hostAddress());
        assertEquals("0000:06:00.0", h.guestAddress());
        assertTrue(h.managed());
        assertEquals(26, h.line());
    }

    @Test
    void aarch64DomainTakesRamFromNumaCellsAndSeesTheSmmu() throws ParseException {
        LibvirtDomain d = parse("libvirt-virt-aarch64-numa.xml");
        MachineConfig m = d.machine();
        assertEquals(MachineType.VIRT_AARCH64, m.type());
        assertEquals("4.2", m.version());
        // 2097152 KiB + 2 G: the cells win over <memory>, as libvirt recomputes it from them.
        assertEquals(4 * Sizes.GIB, m.ramBytes());
        assertEquals(2, d.numaCells());
        assertEquals("host-passthrough", d.cpuMode());
        assertFalse(d.cpuVendorKnown());
        assertFalse(m.amdVcpu());
        assertTrue(m.viommu());
        assertEquals("smmuv3", d.viommuModel());
        assertEquals(List.of("0000:29:00.0", "0000:28:00.0"), m.hostDevices());
        assertNull(d.hostdevs().get(1).guestAddress());
        assertFalse(d.hostdevs().get(1).managed());
    }

    @ParameterizedTest
    @CsvSource({
        "b, 1000, 1000", "bytes, 4096, 4096", "KB, 3, 3000", "k, 3, 3072", "KiB, 1524288, 1560870912",
        "MB, 2, 2000000", "M, 2, 2097152", "MiB, 2, 2097152", "GB, 1, 1000000000", "G, 1, 1073741824",
        "GiB, 4, 4294967296", "TB, 1, 1000000000000", "T, 1, 1099511627776", "TiB, 1, 1099511627776"
    })
    void memoryUnitsFollowLibvirt(String unit, String value, long bytes) throws ParseException {
        assertEquals(bytes, LibvirtXmlParser.parse("d.xml", domain("<memory unit='" + unit + "'>" + value
                + "</memory>", "pc-i440fx-8.2")).machine().ramBytes());
    }

    @Test
    void memoryWithoutUnitIsKiB() throws ParseException {
        assertEquals(1524288L * 1024, LibvirtXmlParser.parse("d.xml",
                domain("<memory>1524288</memory>", "pc")).machine().ramBytes());
    }

    @ParameterizedTest
    @CsvSource({
        "x86_64, pc-i440fx-8.2, PC, 8.2", "x86_64, pc, PC, ''", "x86_64, q35, Q35, ''",
        "x86_64, pc-q35-7.0, Q35, 7.0", "aarch64, virt-8.2, VIRT_AARCH64, 8.2", "riscv64, virt, RISCV64_VIRT, ''"
    })
    void machineNamesMapToFamiliesAndVersions(String arch, String machine, MachineType type, String version)
            throws ParseException {
        String xml = "<domain><memory unit='GiB'>1</memory><os><type arch='" + arch + "' machine='" + machine
                + "'>hvm</type></os></domain>";
        MachineConfig m = LibvirtXmlParser.parse("d.xml", xml).machine();
        assertEquals(type, m.type());
        assertEquals(version.isEmpty() ? null : version, m.version());
    }

    @Test
    void unknownMachineIsRefusedAtTheTypeLine() {
        ParseException e = assertThrows(ParseException.class, () -> LibvirtXmlParser.parse("d.xml",
                "<domain>\n<memory>1024</memory>\n<os>\n<type arch='x86_64' machine='microvm'>hvm</type>\n</os>\n</domain>"));
        assertEquals(4, e.line());
        assertTrue(e.problem().contains("microvm"), e.problem());
    }

    @Test
    void externalEntityIsRefusedAndTheFileIsNeverRead(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET-MARKER-4711");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE domain [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<domain><name>&xxe;</name><memory>1024</memory><os><type arch='x86_64' machine='pc'>hvm</type></os>"
                + "</domain>";
        ParseException e = assertThrows(ParseException.class, () -> LibvirtXmlParser.parse("evil.xml", xml));
        assertTrue(e.problem().startsWith("DOCTYPE declarations are refused"), e.problem());
        assertFalse(e.getMessage().contains("SECRET-MARKER"));
        assertEquals(2, e.line());
    }

    @Test
    void etcPasswdEntityIsRefused() {
        String xml = "<!DOCTYPE domain [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<domain><name>&xxe;</name></domain>";
        ParseException e = assertThrows(ParseException.class, () -> LibvirtXmlParser.parse("evil.xml", xml));
        assertTrue(e.problem().startsWith("DOCTYPE declarations are refused"), e.problem());
        assertFalse(e.getMessage().contains("root:"));
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                xml.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            }
            xml.append("\">\n");
        }
        xml.append("]>\n<domain><name>&lol9;</name></domain>\n");
        ParseException e = assertThrows(ParseException.class, () -> LibvirtXmlParser.parse("lolz.xml", xml.toString()));
        assertTrue(e.problem().startsWith("DOCTYPE declarations are refused"), e.problem());
    }

    @Test
    void malformedXmlReportsLineAndColumn() {
        ParseException e = assertThrows(ParseException.class, () -> LibvirtXmlParser.parse("bad.xml",
                "<domain>\n  <name>x</name>\n  <memory unit='KiB'>1024</memry>\n</domain>\n"));
        assertEquals(3, e.line());
        assertTrue(e.column() > 0);
        assertTrue(e.problem().startsWith("not well-formed XML"), e.problem());
    }

    @Test
    void documentThatIsNotADomainIsRefused() {
        ParseException e = assertThrows(ParseException.class, () -> LibvirtXmlParser.parse("net.xml",
                "<network><name>default</name></network>"));
        assertTrue(e.problem().contains("<network>"), e.problem());
    }

    @Test
    void badMemoryValueAndUnitAreReportedAtTheMemoryLine() {
        ParseException value = assertThrows(ParseException.class, () -> LibvirtXmlParser.parse("d.xml",
                domain("\n<memory unit='KiB'>lots</memory>", "pc")));
        assertEquals(2, value.line());
        ParseException unit = assertThrows(ParseException.class, () -> LibvirtXmlParser.parse("d.xml",
                domain("\n<memory unit='furlong'>1</memory>", "pc")));
        assertTrue(unit.problem().contains("furlong"), unit.problem());
    }

    @Test
    void hostdevBusOutOfRangeIsReportedAtItsAddressLine() {
        String xml = "<domain>\n<memory>1024</memory>\n<os><type arch='x86_64' machine='q35'>hvm</type></os>\n"
                + "<devices>\n<hostdev mode='subsystem' type='pci'>\n<source>\n"
                + "<address domain='0x0000' bus='0x100' slot='0x00' function='0x0'/>\n</source>\n</hostdev>\n"
                + "</devices>\n</domain>";
        ParseException e = assertThrows(ParseException.class, () -> LibvirtXmlParser.parse("d.xml", xml));
        assertEquals(7, e.line());
        assertTrue(e.problem().contains("bus='0x100'"), e.problem());
    }

    @Test
    void domainWithoutMemoryOrCellsIsRefused() {
        ParseException e = assertThrows(ParseException.class, () -> LibvirtXmlParser.parse("d.xml",
                "<domain><os><type arch='x86_64' machine='pc'>hvm</type></os></domain>"));
        assertTrue(e.problem().contains("<memory"), e.problem());
    }

    private static LibvirtDomain parse(String sample) throws ParseException {
        return LibvirtXmlParser.parse(sample, GuestSamples.read(sample));
    }

    private static String domain(String memory, String machine) {
        return "<domain>" + memory + "<os><type arch='x86_64' machine='" + machine + "'>hvm</type></os></domain>";
    }
}
