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

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class NodePainterTest {
    @Start
    void start(Stage stage) {
        // The toolkit only (fonts, images).
    }

    @Test
    void eachCallBecomesOneShapeWithTheFillsStrokesAndPlacesTheCanvasWouldUse(FxRobot robot) {
        robot.interact(() -> {
            NodePainter p = new NodePainter(1);
            p.fillRect(10, 20, 30, 40, Fill.solid(Rgb.of(255, 0, 0)));
            p.fillRect(0, 0, 14, 14, new Fill(Rgb.of(200, 0, 0).withAlpha(90), Pattern.CROSS_HATCH, Rgb.BLACK));
            p.strokeRect(5, 5, 10, 10, new Stroke(Rgb.BLACK, 2.5, new double[]{6, 4}));
            p.line(0, 50, 100, 50, Stroke.solid(Rgb.BLACK, 2));
            p.text(100, 60, "tag", new FontSpec(12, true, false), TextAnchor.END, Rgb.WHITE);
            List<Node> out = p.nodes();
            assertEquals(5, out.size());
            Rectangle solid = (Rectangle) out.get(0);
            assertEquals(javafx.scene.paint.Color.rgb(255, 0, 0), solid.getFill());
            assertEquals(10, solid.getX());
            assertEquals(40, solid.getHeight());
            // The pattern is one tile paint anchored at the origin, laid over the fill colour.
            ImagePattern tile = assertInstanceOf(ImagePattern.class, ((Rectangle) out.get(1)).getFill());
            assertEquals(0, tile.getX());
            assertEquals(Pattern.SPACING, tile.getWidth());
            Rectangle outline = (Rectangle) out.get(2);
            assertNull(outline.getFill());
            assertEquals(2.5, outline.getStrokeWidth());
            assertEquals(List.of(6.0, 4.0), outline.getStrokeDashArray());
            assertInstanceOf(Line.class, out.get(3));
            // END-anchored text ends at x.
            Text tag = (Text) out.get(4);
            Bounds b = tag.getBoundsInParent();
            assertEquals(100, b.getMaxX(), 1.0);
            assertTrue(b.getMinY() < 60 && b.getMaxY() > 60, "centred on its line: " + b);
        });
    }

    @Test
    void clipsAreRefused(FxRobot robot) {
        robot.interact(() -> assertThrows(UnsupportedOperationException.class,
                () -> new NodePainter(1).clipRect(0, 0, 1, 1)));
    }
}
