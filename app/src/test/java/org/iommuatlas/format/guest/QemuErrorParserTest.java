package org.iommuatlas.format.guest;

import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.ParseException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QemuErrorParserTest {
    @Test
    void seedReportYieldsTheMachVirtRamMapFailureWithGroupAndDevice() throws ParseException {
        List<QemuErrorLine> lines = parse("qemu-error-seed-000.txt").lines();
        List<QemuErrorLine> maps = lines.stream().filter(l -> l.kind() == QemuErrorKind.DMA_MAP).toList();
        // libvirt repeats the message inside the Python traceback, so it occurs twice.
        assertEquals(2, maps.size());
        QemuErrorLine map = maps.get(0);
        assertEquals("vfio_dma_map", map.function());
        assertEquals(0x40000000L, map.iova());
        assertEquals(0x100000000L, map.size());
        assertEquals(-22, map.ret());
        assertEquals("Invalid argument", map.errnoText());
        assertEquals("mach-virt.ram", map.regionName());
        assertEquals(28, map.group());
        assertEquals("0000:29:00.0", map.device());
        assertEquals(1, map.line());
        assertEquals(AddressRange.of(0x40000000L, 0x13fffffffL), map.range().orElseThrow());
        assertTrue(map.raw().startsWith("Błąd podczas"));
        assertEquals(map.iova(), maps.get(1).iova());
    }

    @Test
    void seedReportAlsoYieldsTheOldLowLevelVfioMapDmaLine() throws ParseException {
        List<QemuErrorLine> low = parse("qemu-error-seed-000.txt").lines().stream()
                .filter(l -> l.kind() == QemuErrorKind.LOW_LEVEL).toList();
        assertEquals(2, low.size());
        assertEquals("VFIO_MAP_DMA", low.get(0).function());
        assertEquals(-22, low.get(0).ret());
        assertEquals("0000:29:00.0", low.get(0).device());
        // The first message of the line comes before the DMA map message that shares the line.
        List<QemuErrorLine> all = parse("qemu-error-seed-000.txt").lines();
        assertEquals(QemuErrorKind.LOW_LEVEL, all.get(0).kind());
        assertEquals(QemuErrorKind.DMA_MAP, all.get(1).kind());
    }

    @Test
    void seedShortHostAddressIsNormalisedAndNoRegionIsInvented() throws ParseException {
        QemuErrorLine line = single("my qemu complains with the similar message: -device vfio-pci,host=07:00.0,"
                + "id=hostdev0,bus=pci.4,addr=0x0: vfio_dma_map(0x556eb57939f0, 0xc0000, 0x3ff40000, 0x7f6fc7ec0000)"
                + " = -22 (Invalid argument)");
        assertEquals("0000:07:00.0", line.device());
        assertEquals(0xc0000L, line.iova());
        assertEquals(0x3ff40000L, line.size());
        assertNull(line.regionName());
        assertNull(line.group());
    }

    @Test
    void memlockExamplesOfReference610AreReadWithTheirNumbers() throws ParseException {
        List<QemuErrorLine> maps = parse("qemu-errors-mixed.log").lines().stream()
                .filter(l -> l.kind() == QemuErrorKind.DMA_MAP && l.ret() == -12).toList();
        assertEquals(3, maps.size());
        assertEquals(List.of(0x0L, 0xc0000L, 0x100000000L), maps.stream().map(QemuErrorLine::iova).toList());
        assertEquals(List.of(0xa0000L, 0x7ff40000L, 0x80000000L), maps.stream().map(QemuErrorLine::size).toList());
        assertEquals("Cannot allocate memory", maps.get(0).errnoText());
        assertEquals("pc.ram", maps.get(0).regionName());
        assertEquals(54, maps.get(0).group());
        assertEquals("0000:03:10.2", maps.get(0).device());
        assertEquals(2, maps.get(0).line());
    }

    @Test
    void newerContainerWordingWithNilPointersIsRead() throws ParseException {
        QemuErrorLine line = ofKind(parse("qemu-errors-mixed.log").lines(), QemuErrorKind.DMA_MAP, 6);
        assertEquals("vfio_container_dma_map", line.function());
        assertEquals(0x40000000L, line.iova());
        assertEquals(0x100000000L, line.size());
        assertEquals("mem", line.regionName());
        assertEquals(3, line.group());
        assertEquals("0000:01:00.0", line.device());
    }

    @Test
    void everyKindInTheMixedLogIsRecognisedInOrder() throws ParseException {
        List<QemuErrorKind> kinds = parse("qemu-errors-mixed.log").lines().stream().map(QemuErrorLine::kind).toList();
        assertEquals(List.of(QemuErrorKind.DMA_MAP, QemuErrorKind.DMA_MAP, QemuErrorKind.DMA_MAP,
                QemuErrorKind.MEMLOCK, QemuErrorKind.DMA_MAP, QemuErrorKind.GROUP_NOT_VIABLE,
                QemuErrorKind.SET_GROUP_CONTAINER_FAILED, QemuErrorKind.FIRMWARE_REQUIRES_1TO1,
                QemuErrorKind.RMRR_INELIGIBLE, QemuErrorKind.SET_IOMMU_FAILED, QemuErrorKind.NO_INTERRUPT_REMAPPING,
                QemuErrorKind.LOW_LEVEL, QemuErrorKind.LOW_LEVEL, QemuErrorKind.DMA_UNMAP,
                QemuErrorKind.DMA_MAPPING_ABORTED), kinds);
    }

    @Test
    void refusalLinesCarryGroupDeviceAndErrno() throws ParseException {
        List<QemuErrorLine> lines = parse("qemu-errors-mixed.log").lines();
        QemuErrorLine notViable = ofKind(lines, QemuErrorKind.GROUP_NOT_VIABLE, 7);
        assertEquals(7, notViable.group());
        assertEquals("0000:06:00.0", notViable.device());

        QemuErrorLine setContainer = ofKind(lines, QemuErrorKind.SET_GROUP_CONTAINER_FAILED, 9);
        assertEquals(1, setContainer.group());
        assertEquals("0000:02:00.0", setContainer.device());
        assertEquals("Invalid argument", setContainer.errnoText());
        assertEquals(-22, setContainer.ret());

        assertEquals("0000:02:00.0", ofKind(lines, QemuErrorKind.FIRMWARE_REQUIRES_1TO1, 10).device());
        assertEquals("0000:00:1f.3", ofKind(lines, QemuErrorKind.RMRR_INELIGIBLE, 11).device());

        QemuErrorLine setIommu = ofKind(lines, QemuErrorKind.SET_IOMMU_FAILED, 12);
        assertEquals("Operation not permitted", setIommu.errnoText());
        assertEquals(-1, setIommu.ret());
        assertEquals("0000:00:1f.3", setIommu.device());
    }

    @Test
    void memlockAndLowLevelAndUnmapLinesCarryTheirNumbers() throws ParseException {
        List<QemuErrorLine> lines = parse("qemu-errors-mixed.log").lines();
        assertEquals(65536L, ofKind(lines, QemuErrorKind.MEMLOCK, 5).memlockLimit());
        QemuErrorLine mapFailed = ofKind(lines, QemuErrorKind.LOW_LEVEL, 14);
        assertEquals("VFIO_MAP_DMA", mapFailed.function());
        assertEquals("Invalid argument", mapFailed.errnoText());
        assertEquals(-22, mapFailed.ret());
        QemuErrorLine ioas = ofKind(lines, QemuErrorKind.LOW_LEVEL, 15);
        assertEquals("IOMMU_IOAS_MAP", ioas.function());
        assertEquals("Bad address", ioas.errnoText());
        assertEquals(-14, ioas.ret());
        QemuErrorLine unmap = ofKind(lines, QemuErrorKind.DMA_UNMAP, 16);
        assertEquals("vfio_dma_unmap", unmap.function());
        assertEquals(0xfee00000L, unmap.iova());
        assertEquals(0x1000L, unmap.size());
    }

    @Test
    void regionNamesWithSpacesAreKeptWhole() throws ParseException {
        QemuErrorLine line = single("vfio 0000:01:00.0: failed to setup container for group 4: memory listener"
                + " initialization failed: Region 0000:02:00.0 BAR 0 mmaps[0]: vfio_container_dma_map(0x5600,"
                + " 0x8000000000, 0x4000, 0x7f00) = -22 (Invalid argument)");
        assertEquals("0000:02:00.0 BAR 0 mmaps[0]", line.regionName());
        assertEquals("0000:01:00.0", line.device());
    }

    @Test
    void containerSetupFailureWithItsCauseCutOffIsStillReported() throws ParseException {
        QemuErrorLine line = single("qemu-system-x86_64: -device vfio-pci,host=0000:03:10.2,id=hostdev0,bus=pci.6,"
                + "addr=0x0: vfio 0000:03:10.2: failed to setup container for group 54: \u2026");
        assertEquals(QemuErrorKind.CONTAINER_SETUP_FAILED, line.kind());
        assertEquals(54, line.group());
        assertEquals("0000:03:10.2", line.device());
    }

    @Test
    void containerSetupPrefixIsNotReportedSeparatelyFromTheMessageItIntroduces() throws ParseException {
        QemuErrorLine line = single("vfio 0000:02:00.0: failed to setup container for group 1: Failed to set group"
                + " container: Invalid argument");
        assertEquals(QemuErrorKind.SET_GROUP_CONTAINER_FAILED, line.kind());
        assertEquals(1, line.group());
    }

    @Test
    void truncatedMapLineIsAParseErrorAtTheCall() {
        ParseException e = assertThrows(ParseException.class, () -> QemuErrorParser.parse("err.txt",
                "Region pc.ram: vfio_dma_map(0x563169753c80, 0x40000000, 0x100000000) = -22 (Invalid argument)"));
        assertEquals(1, e.line());
        assertEquals(16, e.column());
        assertTrue(e.problem().contains("expected 'vfio_dma_map("), e.problem());
    }

    @Test
    void hexNumberBeyond64BitsIsAParseErrorAtTheNumber() {
        ParseException e = assertThrows(ParseException.class, () -> QemuErrorParser.parse("err.txt",
                "vfio_dma_map(0x1, 0x11111111111111111, 0x1000, 0x2) = -22 (Invalid argument)"));
        assertEquals(19, e.column());
    }

    @Test
    void zeroSizeMapIsRefused() {
        assertThrows(ParseException.class, () -> QemuErrorParser.parse("err.txt",
                "vfio_dma_map(0x1, 0x40000000, 0x0, 0x2) = -22 (Invalid argument)"));
    }

    @Test
    void textWithoutRecognisedLinesIsRefusedWithAnExample() {
        ParseException e = assertThrows(ParseException.class, () -> QemuErrorParser.parse("err.txt",
                "The 2nd and 3rd args of the vfio_dma_map error report are the IOVA and size.\n"
                        + "It will explode on vfio_dma_map() anyway.\n"));
        assertTrue(e.problem().startsWith("no QEMU/VFIO error line found; expected e.g."), e.problem());
        assertTrue(e.problem().contains("vfio_dma_map(0x563169753c80, 0x40000000, 0x100000000, 0x7fb2a3e00000)"));
    }

    private static QemuErrorLog parse(String sample) throws ParseException {
        return QemuErrorParser.parse(sample, GuestSamples.read(sample));
    }

    private static QemuErrorLine single(String text) throws ParseException {
        List<QemuErrorLine> lines = QemuErrorParser.parse("one.txt", text).lines();
        assertEquals(1, lines.size(), lines.toString());
        return lines.get(0);
    }

    private static QemuErrorLine ofKind(List<QemuErrorLine> lines, QemuErrorKind kind, int line) {
        return lines.stream().filter(l -> l.kind() == kind && l.line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " on line " + line + " in " + lines));
    }
}
