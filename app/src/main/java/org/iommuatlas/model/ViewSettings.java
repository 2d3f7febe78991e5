package org.iommuatlas.model;

/**
 * What the picture looked like when a scenario was saved: the visible address window, linear or
 * folded scale, drag snap alignment, and theme. Plain data, no JavaFX.
 *
 * @param viewStart first visible address, or 0 with {@code viewLast} = MAX for "fit everything"
 */
public record ViewSettings(long viewStart, long viewLast, boolean linearScale, long snapAlignment, String theme) {
    public static final ViewSettings DEFAULT = new ViewSettings(0, Address.MAX, false, 2 * Sizes.MIB, "light");

    public ViewSettings {
        if (Address.lessThan(viewLast, viewStart)) {
            throw new IllegalArgumentException("view end is below view start");
        }
        if (snapAlignment == 0 || (snapAlignment & (snapAlignment - 1)) != 0) {
            throw new IllegalArgumentException("snap alignment must be a power of two");
        }
        if (theme == null || theme.isBlank()) {
            theme = "light";
        }
    }
}
