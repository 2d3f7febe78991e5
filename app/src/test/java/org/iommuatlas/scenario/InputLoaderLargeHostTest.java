package org.iommuatlas.scenario;

import org.iommuatlas.format.host.HostFormat;
import org.iommuatlas.format.host.HostInputs;
import org.iommuatlas.format.host.HostReadout;
import org.iommuatlas.model.ParseException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A large host text is parsed while the guest scan runs (issue #4): whatever thread parses it,
 * the answer and every error must be the ones of parsing it in order, and a guest marker anywhere
 * still wins.
 */
class InputLoaderLargeHostTest {
    private final InputLoader loader = new InputLoader();

    /** A dmesg longer than the parallel threshold, with one identity map and one group line. */
    private static String largeDmesg(String extraLine) {
        StringBuilder text = new StringBuilder();
        text.append("[    0.000000] Linux version 6.8.0 (build@host) #1 SMP\n");
        text.append("[    0.500000] DMAR: Setting identity map for device 0000:00:14.0 [0x3e2e0000 - 0x3e2fffff]\n");
        text.append("[    1.000000] pci 0000:00:14.0: Adding to iommu group 5\n");
        int i = 0;
        while (text.length() < InputLoader.PARALLEL_HOST_PARSE_CHARS + 1000) {
            text.append(String.format("[%12.6f] usb 1-%d: new high-speed USB device number %d using xhci_hcd%n",
                    2.0 + i * 0.001, i % 8, i));
            i++;
        }
        text.append(extraLine);
        return text.toString();
    }

    @Test
    void aLargeDmesgLoadsAsParsingItInOrderWould() throws Exception {
        String text = largeDmesg("");
        assertTrue(text.length() >= InputLoader.PARALLEL_HOST_PARSE_CHARS);
        LoadedInput loaded = loader.loadText("dmesg.txt", text);
        HostReadout inOrder = HostInputs.parse(HostFormat.DMESG, "dmesg.txt", text);
        assertNotNull(loaded.host());
        assertEquals(inOrder.host(), loaded.host());
        assertEquals(inOrder.warnings(), loaded.warnings());
        assertEquals(1, loaded.host().regions().size());
        assertNull(loaded.errors());
    }

    @Test
    void aQemuErrorLineAtTheEndOfALargeDmesgStillMakesItAQemuErrorLog() throws Exception {
        LoadedInput loaded = loader.loadText("log.txt", largeDmesg(
                "qemu-system-aarch64: VFIO_MAP_DMA failed: Invalid argument\n"
                        + "qemu-system-aarch64: vfio_dma_map(0xaaaadc3b8e20, 0x40000000, 0x100000000, 0xffff57e00000)"
                        + " = -22 (Invalid argument)\n"));
        assertNotNull(loaded.errors(), "a QEMU error log, format " + loaded.format());
        assertNull(loaded.host());
    }

    @Test
    void aMalformedLineInALargeDmesgIsReportedAsTheOrderedParseReportsIt() {
        String text = largeDmesg("[   99.000000] pci 0000:00:1f.0: Adding to iommu group five\n");
        ParseException inOrder = assertThrows(ParseException.class,
                () -> HostInputs.parse(HostFormat.DMESG, "dmesg.txt", text));
        ParseException loaded = assertThrows(ParseException.class, () -> loader.loadText("dmesg.txt", text));
        assertEquals(inOrder.getMessage(), loaded.getMessage());
        assertTrue(loaded.getMessage().contains("dmesg.txt:"), loaded.getMessage());
    }
}
