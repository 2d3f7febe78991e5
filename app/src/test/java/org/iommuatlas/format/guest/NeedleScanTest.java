package org.iommuatlas.format.guest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pre-filter that lets sniffing skip a pattern on a big host file (issue #4) must find its
 * fixed text wherever a pattern could match: at the very start and end of the text, next to
 * near-misses, in any case for the case-insensitive message, and for every message kind.
 */
class NeedleScanTest {
    private static boolean found(Needle needle, String text) {
        return new NeedleScan(List.of(needle)).find(text).any(List.of(needle));
    }

    @Test
    void aLiteralIsFoundAtTheStartAtTheEndAndAloneWhateverItsAnchor() {
        Needle vfio = Needle.of("vfio_", '_');
        Needle flatView = Needle.of("FlatView #", 'F');
        assertTrue(found(vfio, "vfio_"));
        assertTrue(found(vfio, "vfio_dma_map(0x1, 0x0, 0x1000, 0x2)"));
        assertTrue(found(vfio, "Region pc.ram: vfio_"));
        assertTrue(found(flatView, "FlatView #0"));
        assertTrue(found(flatView, "x\nFlatView #"));
    }

    @Test
    void nearMissesAroundTheAnchorAreNotTakenForTheLiteral() {
        Needle vfio = Needle.of("vfio_", '_');
        assertFalse(found(vfio, "_vfio vfio- vfi_ fio_ \\_SB_.PCI0 xhci_hcd"));
        assertFalse(found(vfio, "vfio"));
        assertFalse(found(vfio, ""));
        // Anchors before the literal could start (index 0 of the text) are skipped safely.
        assertFalse(found(Needle.of("RLIMIT_MEMLOCK (", '_'), "_MEMLOCK (RLIMIT_MEMLOCK"));
        // A false candidate right before a true one does not hide it.
        assertTrue(found(vfio, "vfiovfio_"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"failed to set iommu for container", "Failed to set iommu for container",
        "FAILED TO SET IOMMU FOR CONTAINER", "fAiLeD tO sEt IoMmU fOr CoNtAiNeR"})
    void theCaseInsensitiveNeedleIsFoundInAnyCaseAsItsPatternMatches(String text) {
        Needle needle = Needle.ignoringCase("failed to set iommu for container", 'u');
        assertTrue(found(needle, "qemu: vfio: " + text + ": Operation not permitted"));
        assertTrue(found(needle, text));
    }

    @Test
    void theCaseInsensitiveNeedleStillWantsEveryOtherCharacter() {
        Needle needle = Needle.ignoringCase("failed to set iommu for container", 'u');
        assertFalse(found(needle, "failed to set iommu for containers".substring(0, 32)));
        assertFalse(found(needle, "failed_to set iommu for container"));
    }

    @Test
    void theCharacterAfterTheAnchorIsComparedInEitherCaseForACaseInsensitiveNeedle() {
        // The scan skips an anchor whose next character no needle has there; for a
        // case-insensitive needle both cases of that character must pass.
        Needle needle = Needle.ignoringCase("iommu for", 'i');
        assertTrue(found(needle, "x IOMMU FOR y"));
        assertTrue(found(needle, "x iOmmu For y"));
        assertFalse(found(needle, "x i0mmu for y"));
        // An anchor at the very end of the text, and a needle that ends with its anchor.
        assertFalse(found(Needle.of("-m", '-'), "qemu-"));
        assertTrue(found(Needle.of("FlatView #", '#'), "FlatView #"));
        assertFalse(found(Needle.of("FlatView #", '#'), "Flatview #"));
    }

    @Test
    void needlesSharingAnAnchorAreEachFoundOrNot() {
        Needle a = Needle.of("address-space: ", '-');
        Needle m = Needle.of("-m", '-');
        Needle p = Needle.of("peer-to-peer transactions on BARs", '-');
        NeedleScan scan = new NeedleScan(List.of(a, m, p));
        NeedleScan.Found found = scan.find("e1000e: Flow Control: Rx/Tx\naddress-space: memory\n");
        assertTrue(found.any(List.of(a)));
        assertFalse(found.any(List.of(m)));
        assertFalse(found.any(List.of(p)));
        assertTrue(scan.find("qemu -m 4G").any(List.of(m)));
    }

    @Test
    void aNeedleMustHoldItsAnchorAndAScanAtMost64Needles() {
        assertThrows(IllegalArgumentException.class, () -> Needle.of("vfio_", 'x'));
        List<Needle> many = new ArrayList<>();
        for (int i = 0; i < 65; i++) {
            many.add(Needle.of("n" + i, 'n'));
        }
        assertThrows(IllegalArgumentException.class, () -> new NeedleScan(many));
        NeedleScan scan = new NeedleScan(List.of(Needle.of("qemu-", 'q')));
        assertThrows(IllegalArgumentException.class, () -> scan.find("x").any(List.of(Needle.of("-m", '-'))));
    }

    /** One message of every kind QemuErrorParser knows, with no other kind's marker in it. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Region pc.ram: vfio_dma_map(0x55ceedea1610, 0x0, 0xa0000, 0x7efcc7e00000) = -12 (Cannot allocate memory)",
        "Region mem: vfio_container_dma_map((nil), 0x40000000, 0x100000000, (nil)) = -22 (Invalid argument)",
        "vfio_dma_unmap(0x55d5c8a3e400, 0xfee00000, 0x1000) = -22 (Invalid argument)",
        "[ 1234.567890] pin_pages_remote: RLIMIT_MEMLOCK (65536) exceeded",
        "vfio 0000:06:00.0: group 7 is not viable",
        "Failed to set group container: Invalid argument",
        "vfio-pci 0000:02:00.0: Firmware has requested this device have a 1:1 IOMMU mapping, rejecting",
        "vfio-pci 0000:00:1f.3: Device is ineligible for IOMMU domain attach due to platform RMRR requirement.",
        "vfio: failed to set iommu for container: Operation not permitted",
        "vfio: FAILED TO SET IOMMU FOR CONTAINER",
        "attach_group: No interrupt remapping support.",
        "VFIO_MAP_DMA failed: Invalid argument",
        "IOMMU_IOAS_MAP failed: Bad address",
        "vfio: DMA mapping failed, unable to continue",
        "vfio 0000:01:00.0: PCI peer-to-peer transactions on BARs are not supported.",
        "vfio 0000:01:00.0: failed to setup container for group 3: oops"
    })
    void everyKindOfMessageIsSniffedAloneAndAtTheEndOfABigHostFile(String message) {
        assertEquals(Optional.of(GuestFormat.QEMU_ERROR), GuestInputs.sniff(message));
        StringBuilder host = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            host.append("[    1.000000] pci 0000:00:14.0: Adding to iommu group 5\n");
        }
        assertEquals(Optional.empty(), GuestInputs.sniff(host.toString()));
        assertEquals(Optional.of(GuestFormat.QEMU_ERROR), GuestInputs.sniff(host + message));
        assertEquals(Optional.of(GuestFormat.QEMU_ERROR), GuestInputs.sniff(message + "\n" + host));
    }

    @ParameterizedTest
    @ValueSource(strings = {"address-space: memory", "memory-region: system", "FlatView #1"})
    void mtreeHeadersAreFoundAfterAThousandLines(String header) {
        String text = "[    1.000000] usb 1-1: new high-speed USB device\n".repeat(1000) + header;
        assertEquals(Optional.of(GuestFormat.QEMU_MTREE), GuestInputs.sniff(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/usr/bin/qemu-system-x86_64 -name x", "qemu-kvm -name x", "  -machine q35",
        "\t-M virt", "-m 4G"})
    void commandLineMarkersAreFoundAfterAThousandLines(String marker) {
        String text = "[    1.000000] usb 1-1: new high-speed USB device\n".repeat(1000) + marker;
        assertEquals(Optional.of(GuestFormat.QEMU_COMMAND_LINE), GuestInputs.sniff(text));
    }

    @Test
    void kernelFormReservedRegionsHoldNoGuestMarker() {
        // InputLoader relies on this to skip sniffing for such files: all four words, every digit.
        String text = "0x0123456789abcdef 0xfedcba9876543210 msi\r\n0x00000000fee00000 0x00000000feefffff reserved\n"
                + "0x000000003e2e0000 0x000000003e2fffff direct-relaxable\r0x00000000000e8000 0x00000000000e8fff direct";
        assertEquals(Optional.empty(), GuestInputs.sniff(text));
        assertEquals(Optional.empty(), GuestInputs.sniff(text.repeat(100)));
    }
}
