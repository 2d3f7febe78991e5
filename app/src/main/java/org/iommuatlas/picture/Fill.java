package org.iommuatlas.picture;

/** A fill: base colour, pattern drawn over it, and the pattern's ink colour. */
public record Fill(Rgb color, Pattern pattern, Rgb ink) {
    public static Fill solid(Rgb color) {
        return new Fill(color, Pattern.SOLID, color);
    }
}
