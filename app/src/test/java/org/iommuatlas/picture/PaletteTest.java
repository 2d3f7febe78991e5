package org.iommuatlas.picture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaletteTest {
    @ParameterizedTest
    @ValueSource(strings = {"light", "dark", "presentation"})
    void everyThemeDefinesAColourForEveryStyleAndConnector(String theme) {
        Palette p = Palette.load(theme);
        for (Style s : Style.values()) {
            p.fill(s);
            p.ink(s);
        }
        for (ConnectorStyle c : ConnectorStyle.values()) {
            p.connector(c);
        }
        assertNotEquals(p.background(), p.text());
    }

    @Test
    void lightThemeReadsTheDeclaredHexValues() {
        Palette p = Palette.load("light");
        assertEquals(Rgb.parse("#b0001e"), p.fill(Style.CONFLICT));
        assertEquals(Rgb.parse("#d55e00"), p.fill(Style.DIRECT));
        assertEquals(13.0, p.fontSize());
        assertEquals(1.0, p.lineWidth());
    }

    @Test
    void presentationImportsLightAndOverridesTypeAndLines() {
        Palette light = Palette.load("light");
        Palette p = Palette.load("presentation");
        assertEquals(18.0, p.fontSize());
        assertEquals(2.5, p.lineWidth());
        assertEquals(light.fill(Style.ROM), p.fill(Style.ROM), "not overridden: inherited from light.css");
        assertEquals(Rgb.parse("#000000"), p.text());
    }

    @Test
    void conflictIsTheDarkestFillInTheLightThemeSoItLeadsInGreyPrint() {
        Palette p = Palette.load("light");
        double conflict = p.fill(Style.CONFLICT).luminance();
        for (Style s : Style.values()) {
            if (s != Style.CONFLICT) {
                assertTrue(p.fill(s).luminance() > conflict, s + " is darker than conflict");
            }
        }
    }

    @Test
    void anUnknownThemeNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Palette.load("neon"));
        assertTrue(e.getMessage().contains("light"), e.getMessage());
    }

    @Test
    void aThemeMissingAColourIsRefusedWithTheKeyNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Palette.parse("partial", ".root { -atlas-background: #ffffff; }"));
        assertTrue(e.getMessage().contains("-atlas-conflict"), e.getMessage());
    }

    @Test
    void aMalformedColourSaysWhatWasExpected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Palette.parse("bad", ".root { -atlas-msi: #12345g; }"));
        assertTrue(e.getMessage().contains("-atlas-msi") && e.getMessage().contains("#12345g"), e.getMessage());
    }

    @Test
    void rgbParsesShortLongAndAlphaForms() {
        assertEquals(Rgb.of(0xff, 0xff, 0xff), Rgb.parse("#fff"));
        assertEquals(new Rgb(0x56, 0xb4, 0xe9, 0x66), Rgb.parse("#56b4e966"));
        assertEquals("#56b4e966", Rgb.parse("#56B4E966").hex());
        assertThrows(IllegalArgumentException.class, () -> Rgb.parse("red"));
    }

    @Test
    void everyStyleHasATagAndAPatternAsSecondCues() {
        for (Style s : Style.values()) {
            assertTrue(!s.tag().isEmpty() && s.pattern() != null && !s.meaning().isEmpty(), s.name());
        }
        assertEquals("-atlas-direct-relaxable", Style.DIRECT_RELAXABLE.paletteKey());
        assertEquals("-atlas-link-ram-backing", ConnectorStyle.RAM_BACKING.paletteKey());
    }
}
