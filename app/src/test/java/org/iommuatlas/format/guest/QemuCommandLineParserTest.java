package org.iommuatlas.format.guest;

import org.iommuatlas.model.MachineConfig;
import org.iommuatlas.model.MachineType;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.Sizes;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QemuCommandLineParserTest {
    @Test
    void seedCommandLineGivesAarch64VirtWith2GiBAndTwoAssignedDevices() throws ParseException {
        QemuCommandLine c = parse("qemu-cmdline-seed-000.txt");
        MachineConfig m = c.machine();
        assertEquals("/usr/bin/qemu-system-aarch64", c.binary());
        assertEquals(MachineType.VIRT_AARCH64, m.type());
        assertEquals("virt-4.2", m.machineName());
        assertEquals("4.2", m.version());
        assertEquals(2048 * Sizes.MIB, m.ramBytes());
        assertEquals("tcg", c.accel());
        assertEquals("cortex-a57", c.cpuModel());
        assertTrue(c.cpuVendorKnown());
        assertFalse(m.amdVcpu());
        assertFalse(m.viommu());
        assertEquals(List.of("0000:29:00.0", "0000:28:00.0"), m.hostDevices());
        assertFalse(c.ramDefaulted());
    }

    @Test
    void multiLineQ35WithJsonObjectsBackendAndVirtualIommu() throws ParseException {
        QemuCommandLine c = parse("qemu-cmdline-q35-multiline.sh");
        MachineConfig m = c.machine();
        assertEquals(MachineType.Q35, m.type());
        assertEquals("7.0", m.version());
        assertEquals(2 * Sizes.GIB, m.maxRamBelow4g());
        assertEquals(4 * Sizes.GIB, m.ramBytes());
        assertEquals(4, m.slots());
        assertEquals(16 * Sizes.GIB, m.maxRamBytes());
        assertEquals("pc.ram", m.ramRegionName());
        assertTrue(m.amdVcpu());
        assertEquals(42, m.physBits());
        assertEquals(List.of("0000:01:00.0", "0000:02:00.1"), m.hostDevices());
        assertTrue(m.viommu());
        assertEquals("intel-iommu", c.viommuDevice());
        assertEquals("kvm", c.accel());
        assertEquals(List.of(new QemuCommandLine.MemoryBackend("memory-backend-ram", "pc.ram", 4 * Sizes.GIB)),
                c.backends());
    }

    @Test
    void bareMinusMIsMiBAndX86DefaultsToPc() throws ParseException {
        MachineConfig m = line("qemu-system-x86_64 -m 4096 -enable-kvm").machine();
        assertEquals(MachineType.PC, m.type());
        assertEquals("pc", m.machineName());
        assertNull(m.version());
        assertEquals(4096 * Sizes.MIB, m.ramBytes());
    }

    @Test
    void minusMWithUnitAndHotplugKeys() throws ParseException {
        assertEquals(4 * Sizes.GIB, line("qemu-system-x86_64 -M q35 -m 4G").machine().ramBytes());
        MachineConfig m = line("qemu-system-x86_64 -M q35 -m size=4G,slots=4,maxmem=16G").machine();
        assertEquals(4 * Sizes.GIB, m.ramBytes());
        assertEquals(4, m.slots());
        assertEquals(16 * Sizes.GIB, m.maxRamBytes());
    }

    @Test
    void armVirtOptionsHighmemAndSmmu() throws ParseException {
        QemuCommandLine c = line("qemu-system-aarch64 -machine virt-8.2,highmem=off,iommu=smmuv3 -m 3G");
        assertEquals(MachineType.VIRT_AARCH64, c.machine().type());
        assertEquals(Boolean.FALSE, c.machine().highmem());
        assertTrue(c.machine().viommu());
        assertEquals("iommu=smmuv3", c.viommuDevice());
    }

    @Test
    void binaryDecidesTheDefaultMachine() throws ParseException {
        assertEquals(MachineType.VIRT_AARCH64, line("qemu-system-aarch64 -m 1G").machine().type());
        assertEquals(MachineType.RISCV64_VIRT, line("qemu-system-riscv64 -m 2G").machine().type());
        assertEquals(MachineType.PC, line("/usr/libexec/qemu-kvm -m 2G").machine().type());
    }

    @Test
    void hostCpuLeavesTheVendorUnknown() throws ParseException {
        QemuCommandLine c = line("qemu-kvm -machine pc-i440fx-8.2 -cpu host -m 2G");
        assertEquals(MachineType.PC, c.machine().type());
        assertEquals("8.2", c.machine().version());
        assertEquals("host", c.cpuModel());
        assertFalse(c.cpuVendorKnown());
        assertFalse(c.machine().amdVcpu());
        assertFalse(line("qemu-kvm -cpu Skylake-Server -m 2G").machine().amdVcpu());
    }

    @Test
    void psLineSkipsTheProcessColumns() throws ParseException {
        QemuCommandLine c = line("qemu      4321  12.3  4.1 9876543 654321 ?  Sl   10:11  1:23 "
                + "/usr/bin/qemu-system-x86_64 -name guest=w,debug-threads=on -S -machine q35,accel=kvm -m 8192");
        assertEquals("/usr/bin/qemu-system-x86_64", c.binary());
        assertEquals(MachineType.Q35, c.machine().type());
        assertEquals(8 * Sizes.GIB, c.machine().ramBytes());
    }

    @Test
    void optionsWithoutBinaryAreEnoughWhenTheMachineIsGiven() throws ParseException {
        QemuCommandLine c = line("-machine type=q35 -m 4G");
        assertEquals("", c.binary());
        assertEquals(MachineType.Q35, c.machine().type());
    }

    @Test
    void memoryBackendSizeIsTheRamWhenMinusMIsAbsent() throws ParseException {
        MachineConfig m = line("qemu-system-x86_64 -machine q35,memory-backend=mem "
                + "-object memory-backend-memfd,id=mem,size=6G").machine();
        assertEquals(6 * Sizes.GIB, m.ramBytes());
        assertEquals("mem", m.ramRegionName());
    }

    @Test
    void numaMemdevsAreRecorded() throws ParseException {
        QemuCommandLine c = line("qemu-system-x86_64 -m 4G -object memory-backend-ram,id=m0,size=2G "
                + "-object memory-backend-file,id=m1,size=2G,mem-path=/dev/hugepages "
                + "-numa node,nodeid=0,memdev=m0 -numa node,nodeid=1,memdev=m1");
        assertEquals(List.of("m0", "m1"), c.numaMemdevs());
        assertEquals(2, c.backends().size());
    }

    @Test
    void withoutMinusMRamIsQemusDefault() throws ParseException {
        QemuCommandLine c = line("qemu-system-x86_64 -machine q35");
        assertTrue(c.ramDefaulted());
        assertEquals(128 * Sizes.MIB, c.machine().ramBytes());
    }

    @Test
    void sysfsdevNamesTheHostDeviceToo() throws ParseException {
        assertEquals(List.of("0000:03:00.0"), line("qemu-system-x86_64 -m 1G "
                + "-device vfio-pci,sysfsdev=/sys/bus/pci/devices/0000:03:00.0").machine().hostDevices());
    }

    @Test
    void badSizeIsReportedAtItsWord() {
        ParseException e = assertThrows(ParseException.class, () -> line("qemu-system-x86_64 -M q35 -m lots"));
        assertEquals(1, e.line());
        assertEquals(30, e.column());
    }

    @Test
    void badHostAddressIsReportedAtItsWordOnItsLine() {
        ParseException e = assertThrows(ParseException.class, () -> line("qemu-system-x86_64 \\\n  -m 1G \\\n"
                + "  -device vfio-pci,host=zz\n"));
        assertEquals(3, e.line());
        assertEquals(11, e.column());
        assertTrue(e.problem().contains("host=zz"), e.problem());
    }

    @Test
    void unknownMachineIsReportedAtItsWord() {
        ParseException e = assertThrows(ParseException.class, () -> line("qemu-system-x86_64 -machine microvm -m 1G"));
        assertEquals(29, e.column());
        assertTrue(e.problem().contains("microvm"), e.problem());
    }

    @Test
    void virtOnAnX86BinaryIsRefused() {
        assertThrows(ParseException.class, () -> line("qemu-system-x86_64 -machine virt -m 1G"));
    }

    @Test
    void badHighmemAndPhysBitsAreRefused() {
        assertThrows(ParseException.class, () -> line("qemu-system-aarch64 -machine virt,highmem=maybe"));
        assertThrows(ParseException.class, () -> line("qemu-system-x86_64 -cpu host,phys-bits=abc"));
    }

    @Test
    void unterminatedQuoteIsReportedWhereItOpens() {
        ParseException e = assertThrows(ParseException.class, () -> line("qemu-system-x86_64 -name 'oops -m 1G"));
        assertEquals(1, e.line());
        assertEquals(26, e.column());
    }

    @Test
    void optionWithoutItsValueIsRefused() {
        assertThrows(ParseException.class, () -> line("qemu-system-x86_64 -m"));
    }

    @Test
    void textWithoutBinaryOrOptionsIsRefused() {
        assertThrows(ParseException.class, () -> line("just some words"));
        assertThrows(ParseException.class, () -> line("-name guest=x"));
    }

    @Test
    void doubledCommaIsALiteralComma() {
        assertEquals("a,b", QemuOptions.parse("memory-backend-file,mem-path=a,,b", "qom-type").get("mem-path"));
    }

    private static QemuCommandLine parse(String sample) throws ParseException {
        return QemuCommandLineParser.parse(sample, GuestSamples.read(sample));
    }

    private static QemuCommandLine line(String text) throws ParseException {
        return QemuCommandLineParser.parse("cmd", text);
    }
}
