package org.iommuatlas.ui.theme;

import org.iommuatlas.picture.Palette;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Each theme's palette is read from its stylesheet once and is the one the picture package reads. */
class ThemePaletteTest {
    @Test
    void askingTwiceGivesThePaletteReadTheFirstTime() {
        assertSame(Theme.DARK.palette(), Theme.DARK.palette());
    }

    @Test
    void eachThemeHasItsOwnPaletteAsTheStylesheetDefinesIt() {
        for (Theme t : Theme.values()) {
            Palette fresh = Palette.load(t.key());
            assertEquals(t.key(), t.palette().name());
            assertEquals(fresh.background(), t.palette().background());
            assertEquals(fresh.text(), t.palette().text());
            assertEquals(fresh.fontSize(), t.palette().fontSize());
        }
        assertNotSame(Theme.LIGHT.palette(), Theme.PRESENTATION.palette());
    }
}
