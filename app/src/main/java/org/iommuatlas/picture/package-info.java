/**
 * The picture: what the window, the PNG/SVG export and the headless {@code render} command all
 * draw, with no JavaFX in it.
 *
 * <p>The flow is one way:
 * <ol>
 *   <li>{@link org.iommuatlas.picture.PictureInput} says <em>what</em> is drawn: {@link
 *       org.iommuatlas.picture.Item}s in three {@link org.iommuatlas.picture.Lane}s (GPA, IOVA,
 *       HPA), {@link org.iommuatlas.picture.Connector}s between lanes, title and status.
 *       {@link org.iommuatlas.picture.PictureInputs} builds one from model objects; analysis
 *       results arrive as {@link org.iommuatlas.picture.Highlight}s.</li>
 *   <li>{@link org.iommuatlas.picture.PictureIndex} (built once per input) sorts items and
 *       builds the {@link org.iommuatlas.picture.FoldedAxis}.</li>
 *   <li>{@link org.iommuatlas.picture.PictureLayout#layout} turns input + viewport + size into
 *       a {@link org.iommuatlas.picture.Drawing}: primitives in pixels ({@link
 *       org.iommuatlas.picture.Shape}), using an {@link org.iommuatlas.picture.AxisScale}
 *       (linear or folded) and {@link org.iommuatlas.picture.HexTicks}.</li>
 *   <li>{@link org.iommuatlas.picture.DrawingRenderer} paints a drawing with a {@link
 *       org.iommuatlas.picture.Palette} (read from the theme CSS) on any {@link
 *       org.iommuatlas.picture.Painter}: {@link org.iommuatlas.picture.SvgPainter}, {@link
 *       org.iommuatlas.picture.Java2dPainter}, or the JavaFX Canvas painter in the UI.</li>
 * </ol>
 */
package org.iommuatlas.picture;
