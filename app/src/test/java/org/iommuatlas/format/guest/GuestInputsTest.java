package org.iommuatlas.format.guest;

import org.iommuatlas.model.ParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GuestInputsTest {
    @ParameterizedTest
    @CsvSource({
        "mtree-pc-8g-tree.txt, QEMU_MTREE", "mtree-pc-8g-flat.txt, QEMU_MTREE", "mtree-virt-4g-flat.txt, QEMU_MTREE",
        "qemu-error-seed-000.txt, QEMU_ERROR", "qemu-errors-mixed.log, QEMU_ERROR",
        "libvirt-q35-amd.xml, LIBVIRT_XML", "libvirt-virt-aarch64-numa.xml, LIBVIRT_XML",
        "qemu-cmdline-seed-000.txt, QEMU_COMMAND_LINE", "qemu-cmdline-q35-multiline.sh, QEMU_COMMAND_LINE"
    })
    void everySampleIsRecognisedAndReadAsItsFormat(String sample, GuestFormat format) throws ParseException {
        String text = GuestSamples.read(sample);
        assertEquals(Optional.of(format), GuestInputs.sniff(text));
        assertEquals(format, GuestInputs.parse(sample, text).format());
    }

    @Test
    void theTableAboveCoversEverySample() {
        // Keeps the sniff table honest when a sample is added to GuestSamples.ALL.
        assertEquals(9, Arrays.stream(GuestSamples.ALL).distinct().count());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "<domain type='kvm'><name>x</name></domain>|LIBVIRT_XML",
        "<?xml version='1.0'?>\\n<!-- c -->\\n<domain>\\n</domain>|LIBVIRT_XML",
        "address-space: memory|QEMU_MTREE",
        "FlatView #0|QEMU_MTREE",
        "Region pc.ram: vfio_container_dma_map((nil), 0x0, 0xa0000, (nil)) = -12 (Cannot allocate memory)|QEMU_ERROR",
        "vfio 0000:01:00.0: failed to setup container for group 3: oops|QEMU_ERROR",
        "vfio-pci 0000:02:00.0: Firmware has requested this device have a 1:1 IOMMU mapping|QEMU_ERROR",
        "vfio 0000:06:00.0: group 7 is not viable|QEMU_ERROR",
        "qemu-kvm -m 2G|QEMU_COMMAND_LINE",
        "/usr/bin/qemu-system-x86_64 -name x|QEMU_COMMAND_LINE",
        "-machine q35|QEMU_COMMAND_LINE",
        "-m 4G|QEMU_COMMAND_LINE"
    })
    void sniffRecognisesEachFormatFromItsMarkers(String text, GuestFormat format) {
        assertEquals(Optional.of(format), GuestInputs.sniff(text.replace("\\n", "\n")));
    }

    @Test
    void errorLineThatQuotesACommandLineIsAnErrorNotACommandLine() {
        assertEquals(Optional.of(GuestFormat.QEMU_ERROR), GuestInputs.sniff(
                "qemu-system-x86_64: -device vfio-pci,host=0000:01:00.0: VFIO_MAP_DMA: -22"));
    }

    @Test
    void doctypeDomainIsSniffedAsXmlSoItsRefusalIsExplained() {
        String evil = "<!DOCTYPE domain [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><domain>&x;</domain>";
        assertEquals(Optional.of(GuestFormat.LIBVIRT_XML), GuestInputs.sniff(evil));
        ParseException e = assertThrows(ParseException.class, () -> GuestInputs.parse("evil.xml", evil));
        assertTrue(e.problem().startsWith("DOCTYPE declarations are refused"), e.problem());
    }

    @Test
    void unrelatedTextIsNotSniffedAndParseSaysWhatWasExpected() {
        assertEquals(Optional.empty(), GuestInputs.sniff("0x00000000fee00000 0x00000000feefffff msi\n"));
        ParseException e = assertThrows(ParseException.class, () -> GuestInputs.parse("x.txt", "hello"));
        assertTrue(e.problem().contains("info mtree"), e.problem());
    }

    @Test
    void parseHandsBackTheReadersRecords() throws ParseException {
        assertInstanceOf(MtreeReadout.class, GuestInputs.parse("m", GuestSamples.read("mtree-pc-8g-flat.txt")));
        assertInstanceOf(QemuErrorLog.class, GuestInputs.parse("e", GuestSamples.read("qemu-errors-mixed.log")));
        assertInstanceOf(LibvirtDomain.class, GuestInputs.parse("x", GuestSamples.read("libvirt-q35-amd.xml")));
        assertInstanceOf(QemuCommandLine.class, GuestInputs.parse("c", GuestSamples.read("qemu-cmdline-seed-000.txt")));
    }
}
