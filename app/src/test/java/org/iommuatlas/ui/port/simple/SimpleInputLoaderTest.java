package org.iommuatlas.ui.port.simple;

import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.iommuatlas.model.Scenario;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SimpleInputLoaderTest {
    private final SimpleInputLoader loader = new SimpleInputLoader(new JsonScenarioStore());
    private final Scenario current = SampleScenarios.armGuestOnAmdHost();

    @Test
    void pastedSysfsLinesReplaceTheHostRegionsWithTheirLineNumbers() throws ParseException {
        Scenario s = loader.paste("0x00000000000e8000 0x00000000000e8fff direct\n"
                + "0x00000000fee00000 0x00000000feefffff msi\n", "<pasted>", current);
        List<ReservedRegion> r = s.host().regions();
        assertEquals(2, r.size());
        assertEquals(0xe8000L, r.get(0).start());
        assertEquals(0xe8fffL, r.get(0).last());
        assertEquals(ReservedType.DIRECT, r.get(0).type());
        assertEquals(2, r.get(1).source().line());
        assertEquals(current.guest(), s.guest());
    }

    @Test
    void aMalformedLineIsRefusedWithItsLineNumber() {
        ParseException e = assertThrows(ParseException.class, () -> loader.paste(
                "0x00000000fee00000 0x00000000feefffff msi\nthis is not a region\n", "bad.txt", current));
        assertEquals("bad.txt", e.file());
        assertEquals(2, e.line());
    }

    @Test
    void anUnknownRegionTypeNamesTheWordAndItsColumn() {
        ParseException e = assertThrows(ParseException.class, () -> loader.paste(
                "0x00000000fee00000 0x00000000feefffff banana\n", "t.txt", current));
        assertEquals(1, e.line());
        assertEquals(39, e.column());
    }

    @Test
    void anEndBelowTheStartIsRefused() {
        ParseException e = assertThrows(ParseException.class, () -> loader.paste(
                "0x00000000feefffff 0x00000000fee00000 msi\n", "t.txt", current));
        assertEquals(1, e.line());
    }

    @Test
    void emptyInputIsRefused() {
        assertThrows(ParseException.class, () -> loader.paste("\n\n", "empty.txt", current));
    }
}
