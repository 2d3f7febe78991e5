package org.iommuatlas.ui.canvas;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.paint.ImagePattern;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.iommuatlas.picture.Fill;
import org.iommuatlas.picture.FontSpec;
import org.iommuatlas.picture.Pattern;
import org.iommuatlas.picture.Rgb;
import org.iommuatlas.picture.Stroke;
import org.iommuatlas.picture.TextShape.TextAnchor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class NodePainterTest {
    private static final Fill RED = Fill.solid(Rgb.of(255, 0, 0));

    @Start
    void start(Stage stage) {
        // The toolkit only (fonts, images).
    }

    @Test
    void shapesBecomeNodesWithTheFillsStrokesAndPlacesTheCanvasWouldUse(FxRobot robot) {
        robot.interact(() -> {
            NodePainter p = new NodePainter(1);
            p.fillRect(10, 20, 30, 10, RED);
            p.fillRect(0, 0, 14, 14, new Fill(Rgb.of(200, 0, 0).withAlpha(90), Pattern.CROSS_HATCH, Rgb.BLACK));
            p.line(0, 50, 100, 50, Stroke.solid(Rgb.BLACK, 2));
            p.text(100, 60, "tag", new FontSpec(12, true, false), TextAnchor.END, Rgb.WHITE);
            List<Node> out = p.shapes(0).stream().map(ShapeSpec::create).toList();
            assertEquals(4, out.size());
            Rectangle solid = (Rectangle) out.get(0);
            assertEquals(javafx.scene.paint.Color.rgb(255, 0, 0), solid.getFill());
            assertEquals(10, solid.getX());
            assertEquals(10, solid.getHeight());
            // The pattern is one tile paint anchored at the origin, laid over the fill colour.
            ImagePattern tile = assertInstanceOf(ImagePattern.class, ((Rectangle) out.get(1)).getFill());
            assertEquals(0, tile.getX());
            assertEquals(Pattern.SPACING, tile.getWidth());
            Line line = (Line) out.get(2);
            assertEquals(2, line.getStrokeWidth());
            assertEquals(100, line.getEndX());
            // END-anchored text ends at x.
            Text tag = (Text) out.get(3);
            Bounds b = tag.getBoundsInParent();
            assertEquals(100, b.getMaxX(), 1.0);
            assertTrue(b.getMinY() < 60 && b.getMaxY() > 60, "centred on its line: " + b);
        });
    }

    @Test
    void aTallFillIsCutAtGridLinesIntoPiecesThatTogetherCoverExactlyIt(FxRobot robot) {
        robot.interact(() -> {
            // At a render scale of 2, half a logical pixel is a whole device pixel.
            NodePainter p = new NodePainter(2);
            p.fillRect(5, 10.5, 40, 50, RED);
            List<ShapeSpec.FilledRect> pieces = p.shapes(0).stream().map(ShapeSpec.FilledRect.class::cast).toList();
            // 10.5 .. 60.5 crosses the grid lines 16, 32 and 48.
            assertEquals(List.of(10.5, 16.0, 32.0, 48.0), pieces.stream().map(ShapeSpec.FilledRect::y).toList());
            double covered = 0;
            for (ShapeSpec.FilledRect r : pieces) {
                assertEquals(5, r.x());
                assertEquals(40, r.w());
                covered += r.h();
            }
            assertEquals(50, covered, 1e-9);
            assertEquals(60.5, pieces.get(3).y() + pieces.get(3).h(), 1e-9);
        });
    }

    @Test
    void movingATallFillAFewPixelsChangesOnlyThePiecesAtItsEnds(FxRobot robot) {
        robot.interact(() -> {
            NodePainter before = new NodePainter(1);
            before.fillRect(0, 100.25, 50, 300, RED);
            NodePainter after = new NodePainter(1);
            after.fillRect(0, 109.25, 50, 300, RED);
            Set<ShapeSpec> kept = new HashSet<>(before.shapes(0));
            kept.retainAll(after.shapes(0));
            List<ShapeSpec> changed = new ArrayList<>(after.shapes(0));
            changed.removeAll(kept);
            // The top piece (109.25 .. 112) and the bottom one (400 .. 409.25) are new; the 18 grid rows between stay.
            assertEquals(2, changed.size(), changed.toString());
            assertEquals(18, kept.size());
        });
    }

    @Test
    void shapesLieOnWholeDevicePixelsSoAMoveOfLessThanHalfAPixelChangesNone(FxRobot robot) {
        robot.interact(() -> {
            Stroke dashed = new Stroke(Rgb.BLACK, 2.5, new double[]{6, 4});
            NodePainter before = new NodePainter(1);
            before.fillRect(10.2, 100.3, 50.1, 395.9, RED);
            before.strokeRect(10.2, 100.3, 50.1, 395.9, dashed);
            before.text(12.4, 90.3, "0x40000000", new FontSpec(12, true, true), TextAnchor.START, Rgb.BLACK);
            NodePainter after = new NodePainter(1);
            after.fillRect(10.2, 100.3, 50.1, 396.1, RED);
            after.strokeRect(10.2, 100.3, 50.1, 396.1, dashed);
            after.text(12.1, 90.4, "0x40000000", new FontSpec(12, true, true), TextAnchor.START, Rgb.BLACK);
            assertTrue(before.shapes(0).equals(after.shapes(0)), "the bottom moved 0.2 px: the same pixels");

            ShapeSpec.FilledRect first = (ShapeSpec.FilledRect) before.shapes(0).get(0);
            assertEquals(List.of(10.0, 100.0, 50.0), List.of(first.x(), first.y(), first.w()));
            ShapeSpec.Label label = (ShapeSpec.Label) before.shapes(0).get(before.shapes(0).size() - 1);
            assertEquals(List.of(12.0, 90.0), List.of(label.x(), label.y()));

            NodePainter moved = new NodePainter(1);
            moved.fillRect(10.2, 100.3, 50.1, 396.5, RED);
            assertEquals(497.0, moved.shapes(0).stream().mapToDouble(ShapeSpec::maxY).max().orElseThrow(),
                    "moved by more than half a pixel, the bottom edge moves a pixel");
        });
    }

    @Test
    void aThinFillKeepsADevicePixelAndAnEmptyOneStaysEmpty(FxRobot robot) {
        robot.interact(() -> {
            NodePainter p = new NodePainter(1);
            p.fillRect(0, 20.1, 30, 0.3, RED);
            p.fillRect(0, 40, 30, 0, RED);
            List<ShapeSpec.FilledRect> pieces = p.shapes(0).stream().map(ShapeSpec.FilledRect.class::cast).toList();
            assertEquals(1.0, pieces.get(0).h());
            assertEquals(20.0, pieces.get(0).y());
            assertEquals(0.0, pieces.get(1).h());
        });
    }

    @Test
    void aDashedVerticalLineIsCutAlongTheGridWithTheDashPhaseCountedFromTheTop(FxRobot robot) {
        robot.interact(() -> {
            NodePainter p = new NodePainter(1);
            Stroke dashed = new Stroke(Rgb.BLACK, 2.5, new double[]{6, 4});
            p.line(7, 3, 7, 40, dashed);
            List<ShapeSpec.StrokedLine> pieces = p.shapes(0).stream().map(ShapeSpec.StrokedLine.class::cast).toList();
            assertEquals(List.of(3.0, 16.0, 32.0), pieces.stream().map(ShapeSpec.StrokedLine::y1).toList());
            assertEquals(List.of(16.0, 32.0, 40.0), pieces.stream().map(ShapeSpec.StrokedLine::y2).toList());
            // A dash period is 10: a piece starting at y 16 is 6 into the pattern, at 32 it is 2.
            assertEquals(List.of(3.0, 6.0, 2.0), pieces.stream().map(ShapeSpec.StrokedLine::dashOffset).toList());
            Line first = (Line) pieces.get(0).create();
            assertEquals(List.of(6.0, 4.0), first.getStrokeDashArray());
            assertEquals(3.0, first.getStrokeDashOffset());
        });
    }

    @Test
    void anOutlineIsFourLinesWhoseHorizontalsCoverTheCorners(FxRobot robot) {
        robot.interact(() -> {
            NodePainter p = new NodePainter(1);
            p.strokeRect(10, 0, 20, 10, Stroke.solid(Rgb.BLACK, 2));
            List<ShapeSpec.StrokedLine> lines = p.shapes(0).stream().map(ShapeSpec.StrokedLine.class::cast).toList();
            assertEquals(4, lines.size());
            assertEquals(9, lines.get(0).x1());
            assertEquals(31, lines.get(0).x2());
            assertEquals(10, lines.get(1).y1());
            assertEquals(10, lines.get(2).x1());
            assertEquals(30, lines.get(3).x1());
        });
    }

    @Test
    void shapesGoIntoTheLayerChosenLast(FxRobot robot) {
        robot.interact(() -> {
            NodePainter p = new NodePainter(1);
            assertTrue(p.isEmpty());
            p.layer(2);
            p.fillRect(0, 0, 1, 1, RED);
            p.layer(0);
            p.line(0, 0, 5, 0, Stroke.solid(Rgb.BLACK, 1));
            assertInstanceOf(ShapeSpec.StrokedLine.class, p.shapes(0).get(0));
            assertEquals(List.of(), p.shapes(1));
            assertInstanceOf(ShapeSpec.FilledRect.class, p.shapes(2).get(0));
            assertEquals(List.of(), p.shapes(7));
        });
    }

    @Test
    void aFillWithoutHeightIsOneEmptyPiece(FxRobot robot) {
        robot.interact(() -> {
            NodePainter p = new NodePainter(1);
            p.fillRect(0, 20, 10, 0, RED);
            assertEquals(List.of(new ShapeSpec.FilledRect(0, 20, 10, 0, javafx.scene.paint.Color.rgb(255, 0, 0))), p.shapes(0));
            Rectangle r = (Rectangle) p.shapes(0).get(0).create();
            assertNull(r.getStroke());
        });
    }

    @Test
    void polygonsAndPolylinesAreValuesWithTheirPointsBounds(FxRobot robot) {
        robot.interact(() -> {
            NodePainter p = new NodePainter(1);
            p.fillPolygon(new double[]{4, 10, 7}, new double[]{3, 9, 20}, RED);
            p.strokePolyline(new double[]{4, 10, 7}, new double[]{3, 9, 20}, false, Stroke.solid(Rgb.BLACK, 1));
            ShapeSpec polygon = p.shapes(0).get(0);
            ShapeSpec polyline = p.shapes(0).get(1);
            assertEquals(4, polygon.minX());
            assertEquals(3, polygon.minY());
            assertEquals(20, polygon.maxY());
            NodePainter again = new NodePainter(1);
            again.fillPolygon(new double[]{4, 10, 7}, new double[]{3, 9, 20}, RED);
            assertEquals(polygon, again.shapes(0).get(0), "equal points, equal shapes");
            assertEquals(polygon.hashCode(), again.shapes(0).get(0).hashCode());
            assertInstanceOf(javafx.scene.shape.Polygon.class, polygon.create());
            javafx.scene.shape.Polyline line = assertInstanceOf(javafx.scene.shape.Polyline.class, polyline.create());
            assertEquals(List.of(4.0, 3.0, 10.0, 9.0, 7.0, 20.0), line.getPoints());
            assertTrue(!polygon.update(line), "a polygon cannot take over a polyline's node");
        });
    }

    @Test
    void clipsAreRefused(FxRobot robot) {
        robot.interact(() -> assertThrows(UnsupportedOperationException.class,
                () -> new NodePainter(1).clipRect(0, 0, 1, 1)));
    }

    @Test
    void textWidthsAreThoseOfTheTextLaidOutInThatFontAndStayTheSameMeasuredAgain(FxRobot robot) {
        robot.interact(() -> {
            FontSpec bold = new FontSpec(12, true, false);
            FontSpec mono = new FontSpec(12, true, true);
            String label = "0x40000000 \u2013 0x13fffffff  (4 GiB)";
            NodePainter first = new NodePainter(1);
            NodePainter second = new NodePainter(1);
            Text plain = new Text(label);
            plain.setFont(PainterFonts.font(bold));
            Text fixed = new Text(label);
            fixed.setFont(PainterFonts.font(mono));

            assertEquals(plain.getLayoutBounds().getWidth(), first.textWidth(label, bold), 1e-9);
            assertEquals(fixed.getLayoutBounds().getWidth(), first.textWidth(label, mono), 1e-9);
            assertEquals(first.textWidth(label, bold), second.textWidth(label, bold), 0, "measured again, by another painter");
            assertTrue(first.textWidth(label + label, bold) > first.textWidth(label, bold));
            // Another address in the monospace font: measured as the same shape of label, and exact.
            String other = "0x3d400000 \u2013 0x13d3fffff  (4 GiB)";
            Text otherText = new Text(other);
            otherText.setFont(PainterFonts.font(mono));
            assertEquals(otherText.getLayoutBounds().getWidth(), second.textWidth(other, mono), 1e-9);
        });
    }
}
