package org.iommuatlas.format.host;

import org.iommuatlas.model.HostPlatform;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The byte-level reader of kernel-form reserved_regions files (issue #4) reads exactly what the
 * text parser reads, line numbers included, and declines everything else so that the text path,
 * with its lenient reading and its error messages, handles it.
 */
class KernelRegionBytesTest {
    private static final String KERNEL = """
            0x00000000fee00000 0x00000000feefffff msi
            0x000000fd00000000 0x000000ffffffffff reserved
            0x000000003e2e0000 0x000000003e2fffff direct-relaxable
            0x00000000000e8000 0x00000000000e8fff direct
            0x0123456789abcdef 0xfedcba9876543210 reserved
            """;

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static List<ReservedRegion> textParser(String text) throws ParseException {
        return SysfsReservedRegionsParser.parse("rr", text, 7).host().regions();
    }

    @Test
    void kernelLinesGiveTheTextParsersRegionsWithTypesWordsAndLines() throws ParseException {
        List<ReservedRegion> regions = KernelRegionBytes.read("rr", ascii(KERNEL), 7);
        assertEquals(textParser(KERNEL), regions);
        assertEquals(5, regions.size());
        assertEquals(ReservedType.DIRECT_RELAXABLE, regions.get(2).type());
        assertEquals(0xfedcba9876543210L, regions.get(4).last());
        assertEquals(5, regions.get(4).source().line());
        assertEquals(7, regions.get(4).group());
        // The shared constant word, not a copy per region (issue #4 memory).
        assertSame(ReservedType.MSI.sysfsWord(), regions.get(0).reportedAs());
    }

    @Test
    void crLfALoneCrBlankLinesAndAMissingLastBreakNumberLinesAsTheTextParserDoes() throws ParseException {
        String text = "\r\n0x00000000fee00000 0x00000000feefffff msi\r\n\r\n0x0000000008000000 0x00000000080fffff msi\r"
                + "\n0x000000003e2e0000 0x000000003e2fffff direct\r0x00000000000e8000 0x00000000000e8fff direct";
        List<ReservedRegion> regions = KernelRegionBytes.read("rr", ascii(text), 7);
        assertEquals(textParser(text), regions);
        assertEquals(List.of(2, 4, 5, 6), regions.stream().map(r -> r.source().line()).toList());
        assertEquals(ReservedType.DIRECT, regions.get(3).type());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",                                                       // empty: the text path says "is empty"
        "\n\n",                                                   // no region at all
        "0x00000000FEE00000 0x00000000FEEFFFFF msi",              // uppercase hex
        "0xfee00000 0xfeefffff msi",                              // another width
        "0x00000000fee00000 0x00000000feefffff MSI",              // uppercase word
        "0x00000000fee00000 0x00000000feefffff msi ",             // trailing blank
        "0x00000000fee00000  0x00000000feefffff msi",             // two spaces
        "0x00000000fee00000 0x00000000feefffff direct-foo",       // unknown word after a known prefix
        "0x00000000fee00000 0x00000000feefffff sw-msi",           // a word the text path warns about
        "0x00000000fee00000 0x00000000feefffff ms",               // cut short
        "0x00000000000e9000 0x00000000000e8fff direct",           // end below start: an error there
        "   \n0x00000000fee00000 0x00000000feefffff msi",         // a blank line of spaces
        "\uFEFF0x00000000fee00000 0x00000000feefffff msi",        // a byte-order mark
        "0x00000000fee00000 0x00000000feefffff msi\nnot a region" // a bad line after good ones
    })
    void anyOtherContentIsLeftToTheTextPath(String text) {
        assertNull(KernelRegionBytes.read("rr", text.getBytes(StandardCharsets.UTF_8), 7));
    }

    @Test
    void nonAsciiBytesAreLeftToTheTextPath() {
        byte[] bytes = ascii("0x00000000fee00000 0x00000000feefffff msi\n0x00000000fee00000 0x00000000feefffff msi");
        bytes[bytes.length - 1] = (byte) 0xe9;
        assertNull(KernelRegionBytes.read("rr", bytes, 7));
        bytes[bytes.length - 1] = 'i';
        bytes[5] = (byte) 0xb0;
        assertNull(KernelRegionBytes.read("rr", bytes, 7));
    }

    @Test
    void hostInputsGivesTheReadoutOfTheTextPathIncludingThePlatformGuess() throws ParseException {
        Optional<HostReadout> fast = HostInputs.parseKernelRegions("rr", ascii(KERNEL));
        HostReadout text = HostInputs.parse(HostFormat.SYSFS_RESERVED_REGIONS, "rr", KERNEL);
        assertTrue(fast.isPresent());
        assertEquals(text, fast.get());
        assertEquals(HostPlatform.AMD, fast.get().host().platform());
        assertEquals(1, fast.get().warnings().size(), fast.get().warnings().toString());
        assertTrue(HostInputs.parseKernelRegions("rr", ascii("0xfee00000 0xfeefffff msi\n")).isEmpty());
    }

    @Test
    void theArmSoftwareMsiWindowIsRelabelledOnTheFastPathToo() throws ParseException {
        String arm = "0x0000000008000000 0x00000000080fffff msi\n";
        HostReadout fast = HostInputs.parseKernelRegions("rr", ascii(arm)).orElseThrow();
        assertEquals(HostInputs.parse(HostFormat.SYSFS_RESERVED_REGIONS, "rr", arm), fast);
        assertEquals(ReservedType.SW_MSI, fast.host().regions().get(0).type());
        assertEquals("msi", fast.host().regions().get(0).reportedAs());
    }
}
