package org.iommuatlas.ui.canvas;

import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.iommuatlas.picture.Rgb;
import org.iommuatlas.picture.Stroke;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class RetainedShapesTest {
    private static final ShapeSpec A = new ShapeSpec.FilledRect(0, 0, 10, 16, Color.RED);
    private static final ShapeSpec B = new ShapeSpec.FilledRect(0, 16, 10, 16, Color.RED);
    private static final ShapeSpec C = new ShapeSpec.FilledRect(0, 32, 10, 5, Color.RED);
    private static final ShapeSpec LINE = new ShapeSpec.StrokedLine(0, 0, 9, 0, Stroke.solid(Rgb.BLACK, 2), 0);

    @Start
    void start(Stage stage) {
        // The toolkit only.
    }

    private static List<Node> visible(RetainedShapes g) {
        return g.getChildren().stream().filter(Node::isVisible).toList();
    }

    @Test
    void aShapeAskedForAgainKeepsItsNodeUntouchedAndNothingChanges(FxRobot robot) {
        robot.interact(() -> {
            RetainedShapes g = new RetainedShapes();
            assertTrue(g.show(List.of(A, B)));
            Node a = g.shown().get(A);
            Node b = g.shown().get(B);
            assertFalse(g.show(List.of(B, A)), "the same shapes in another order change nothing");
            assertSame(a, g.shown().get(A));
            assertSame(b, g.shown().get(B));
            assertEquals(2, g.getChildren().size());
        });
    }

    @Test
    void aNewShapeTakesOverTheNodeOfOneNoLongerAskedFor(FxRobot robot) {
        robot.interact(() -> {
            RetainedShapes g = new RetainedShapes();
            g.show(List.of(A, B));
            Node a = g.shown().get(A);
            Node b = g.shown().get(B);
            assertTrue(g.show(List.of(B, C)));
            assertSame(b, g.shown().get(B), "B is kept");
            assertSame(a, g.shown().get(C), "C is shown by A's node, moved");
            Rectangle moved = (Rectangle) a;
            assertEquals(32, moved.getY());
            assertEquals(5, moved.getHeight());
            assertEquals(2, g.getChildren().size(), "no node added");
        });
    }

    @Test
    void aNodeFarFromTheNewShapeStaysHiddenWhereItIsAndANewNodeIsAppended(FxRobot robot) {
        robot.interact(() -> {
            RetainedShapes g = new RetainedShapes();
            g.show(List.of(A));
            Node a = g.shown().get(A);
            ShapeSpec far = new ShapeSpec.FilledRect(0, 400, 10, 16, Color.RED);
            assertTrue(g.show(List.of(far)));
            // Moving A's node there would redraw everything between y 0 and 416.
            assertFalse(a.isVisible());
            assertEquals(0, ((Rectangle) a).getY());
            assertEquals(2, g.getChildren().size());
            assertSame(g.getChildren().get(1), g.shown().get(far), "appended at the end");
        });
    }

    @Test
    void leftoverNodesAreHiddenAndNodesOfAnotherKindAreNotReused(FxRobot robot) {
        robot.interact(() -> {
            RetainedShapes g = new RetainedShapes();
            g.show(List.of(A, B));
            assertTrue(g.show(List.of(LINE)));
            assertEquals(1, visible(g).size());
            assertTrue(visible(g).get(0) instanceof Line, "a line needs a Line node");
            assertEquals(3, g.getChildren().size(), "the rectangles' nodes stay, hidden, for reuse");
            assertTrue(g.show(List.of(LINE, A, C)));
            assertEquals(3, visible(g).size());
            assertEquals(3, g.getChildren().size(), "the hidden rectangles came back");
            assertTrue(g.show(List.of()));
            assertEquals(0, visible(g).size());
            assertFalse(g.show(List.of()), "nothing shown, nothing to change");
        });
    }

    @Test
    void duplicateShapesAreShownOnce(FxRobot robot) {
        robot.interact(() -> {
            RetainedShapes g = new RetainedShapes();
            g.show(List.of(A, A, A));
            assertEquals(1, visible(g).size());
        });
    }

    @Test
    void hiddenNodesAtTheEndAreTrimmedAndTooManyHiddenOnesAreAllRemoved(FxRobot robot) {
        robot.interact(() -> {
            RetainedShapes g = new RetainedShapes();
            g.show(List.of(A));
            List<ShapeSpec> many = java.util.stream.IntStream.range(0, 100)
                    .mapToObj(i -> (ShapeSpec) new ShapeSpec.FilledRect(0, 1000 + 10 * i, 1, 1, Color.RED)).toList();
            List<ShapeSpec> withA = new java.util.ArrayList<>(many);
            withA.add(A);
            g.show(withA);
            assertEquals(101, g.getChildren().size());
            g.show(List.of(A));
            // A's node comes first; of the 100 hidden after it, 32 are kept for reuse.
            assertEquals(1 + 32, g.getChildren().size());
            assertTrue(g.getChildren().get(0).isVisible());

            List<ShapeSpec> lots = java.util.stream.IntStream.range(0, 500)
                    .mapToObj(i -> (ShapeSpec) new ShapeSpec.StrokedLine(0, 5000 + 10 * i, 1, 5000 + 10 * i,
                            Stroke.solid(Rgb.BLACK, 1), 0)).toList();
            g.show(lots);
            List<ShapeSpec> lotsAndA = new java.util.ArrayList<>(lots);
            lotsAndA.add(0, A);
            g.show(lotsAndA);
            g.show(List.of(A));
            assertEquals(1, visible(g).size());
            assertEquals(1, g.getChildren().size(), "over 400 hidden nodes: all removed");
        });
    }
}
