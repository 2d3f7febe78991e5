package org.iommuatlas.picture;

/**
 * One drawing primitive in pixel coordinates (origin top left, y down). A {@link Drawing} is an
 * ordered list of these; later shapes paint over earlier ones. Painters (JavaFX Canvas, SVG,
 * Java2D) only ever see these, so the window and the exports show the same picture.
 */
public sealed interface Shape permits PanelShape, RectShape, AggregateShape, BandShape, LineShape, TextShape,
        BreakMark {
}
