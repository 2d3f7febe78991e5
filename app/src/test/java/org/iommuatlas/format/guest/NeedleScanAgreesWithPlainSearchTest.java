package org.iommuatlas.format.guest;

import org.iommuatlas.bench.SyntheticDmesg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scan skips an anchor whose neighbouring characters no needle has there (issue #4). Whatever
 * it skips, it must report exactly the needles that a plain search finds, or sniffing would miss
 * a guest format: checked for every sniffed needle on real host and guest samples, a long
 * synthetic dmesg, and texts built around each needle's edges.
 */
class NeedleScanAgreesWithPlainSearchTest {
    private static final NeedleScan SCAN = new NeedleScan(GuestInputs.SNIFFED_NEEDLES);

    /** The literal at some index, compared as the needle compares: ASCII letters in either case if it ignores case. */
    private static boolean plainSearch(String text, Needle needle) {
        String literal = needle.literal();
        for (int start = 0; start + literal.length() <= text.length(); start++) {
            int i = 0;
            while (i < literal.length() && same(text.charAt(start + i), literal.charAt(i), needle.ignoreCase())) {
                i++;
            }
            if (i == literal.length()) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(char a, char b, boolean ignoreCase) {
        return a == b || ignoreCase && a < 128 && b < 128 && Character.toLowerCase(a) == Character.toLowerCase(b);
    }

    private static void assertAgrees(String text) {
        NeedleScan.Found found = SCAN.find(text);
        for (Needle needle : GuestInputs.SNIFFED_NEEDLES) {
            assertEquals(plainSearch(text, needle), found.any(List.of(needle)),
                    "needle '" + needle.literal() + "' in a text of " + text.length() + " characters");
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = NeedleScanAgreesWithPlainSearchTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/formats/host/intel_boot_dmesg.txt", "/formats/host/rmrr_whitepaper_dmesg.txt",
        "/formats/host/amd_journal_2025_e820.txt", "/formats/host/iomem_root.txt", "/formats/host/dmar_two_rmrr.dsl",
        "/formats/guest/qemu-errors-mixed.log", "/formats/guest/qemu-error-seed-000.txt",
        "/formats/guest/mtree-pc-8g-tree.txt", "/formats/guest/qemu-cmdline-q35-multiline.sh",
        "/formats/guest/libvirt-q35-amd.xml"})
    void everySniffedNeedleIsReportedAsAPlainSearchFindsItInTheSamples(String path) throws IOException {
        assertAgrees(resource(path));
    }

    @Test
    void everySniffedNeedleIsReportedAsAPlainSearchFindsItInALongSyntheticDmesg() {
        assertAgrees(SyntheticDmesg.text(5_000, 5));
    }

    @Test
    void eachNeedleIsFoundAloneAtTheStartAndAtTheEndAndNotWithAnEdgeCharacterChanged() {
        for (Needle needle : GuestInputs.SNIFFED_NEEDLES) {
            String literal = needle.literal();
            assertAgrees(literal);
            assertAgrees("x" + literal);
            assertAgrees(literal + "\n");
            assertTrue(SCAN.find(literal).any(List.of(needle)), literal);
            // The characters on either side of the anchor are what the scan's filters look at.
            for (int offset : new int[] {-1, 1}) {
                int at = needle.anchor() + offset;
                if (at >= 0 && at < literal.length()) {
                    String changed = literal.substring(0, at) + '\u00e9' + literal.substring(at + 1);
                    assertAgrees(changed);
                    assertAgrees("(" + changed + ")");
                }
            }
        }
    }

    @Test
    void theCaseInsensitiveNeedleIsFoundWithEitherCaseAroundItsAnchor() {
        Needle iommu = Needle.ignoringCase("failed to set iommu for container", 'u');
        NeedleScan scan = new NeedleScan(List.of(iommu, Needle.of("No interrupt remapping", 'u')));
        for (String text : List.of("vfio: failed to set iommu for container: Operation not permitted",
                "FAILED TO SET IOMMU FOR CONTAINER", "failed to set iommU for container", "failed to set iomMu for container")) {
            assertTrue(scan.find(text).any(List.of(iommu)), text);
        }
        assertFalse(scan.find("failed to set iomnu for container").any(List.of(iommu)));
    }

    @Test
    void aNeedleEndingWithItsAnchorIsFoundByTheCharacterBeforeIt() {
        Needle map = Needle.of("_map(", '(');
        NeedleScan scan = new NeedleScan(List.of(map, Needle.of("RLIMIT_MEMLOCK (", '(')));
        assertTrue(scan.find("vfio_dma_map(0x55d0c6a4e4b0, 0x0, 0x80000000, 0x7f4c00000000)").any(List.of(map)));
        assertTrue(scan.find("_map(").any(List.of(map)));
        assertFalse(scan.find("(_map (map( _mab(").any(List.of(map)));
        assertFalse(scan.find("(").any(List.of(map)));
    }
}
