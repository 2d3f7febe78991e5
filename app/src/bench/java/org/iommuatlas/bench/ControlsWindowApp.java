package org.iommuatlas.bench;

import javafx.application.Application;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

/**
 * A second start-up reference: a window made of the JavaFX controls the main window shows in its
 * first frame, in about the same numbers (a menu bar of five menus and 27 items with shortcuts, a
 * guest bar of labels, a text field and a button, two split panes, a tree of findings,
 * a canvas, a legend of 28 swatches and 39 labels, a status bar), built with plain JavaFX and no
 * application code: no model, no analysis, no picture. Its start-up is what the toolkit itself
 * costs for a window of this composition, beside the bare Label window.
 */
public class ControlsWindowApp extends Application {
    private static final String[] MENUS = {"File", "Edit", "View", "Guest", "Help"};
    private static final int ITEMS = 27;
    private static final int SWATCHES = 28;

    @Override
    public void start(Stage stage) {
        MenuBar menus = new MenuBar();
        for (int m = 0; m < MENUS.length; m++) {
            Menu menu = new Menu(MENUS[m]);
            for (int i = m; i < ITEMS; i += MENUS.length) {
                MenuItem item = new MenuItem("Item " + i);
                item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + (char) ('A' + i % 26)));
                menu.getItems().add(item);
            }
            menus.getMenus().add(menu);
        }
        HBox guestBar = new HBox(6, new Label("Guest"), new Label("virt:ram=4G"), new Label("RAM"),
                new TextField("4G"), new Button("Choose guest..."));

        TreeItem<String> root = new TreeItem<>("Conflicts");
        for (int i = 0; i < 6; i++) {
            root.getChildren().add(new TreeItem<>("finding " + i));
        }
        root.setExpanded(true);
        TreeView<String> findings = new TreeView<>(root);

        Canvas picture = new Canvas(700, 560);
        GraphicsContext g = picture.getGraphicsContext2D();
        for (int i = 0; i < 40; i++) {
            g.setFill(Color.hsb(i * 9, 0.4, 0.9));
            g.fillRect(40 + (i % 3) * 220, 20 + i * 13, 180, 10);
        }

        VBox legend = new VBox(4);
        for (int i = 0; i < SWATCHES; i++) {
            Canvas swatch = new Canvas(18, 12);
            swatch.getGraphicsContext2D().setFill(Color.hsb(i * 12, 0.5, 0.8));
            swatch.getGraphicsContext2D().fillRect(0, 0, 18, 12);
            legend.getChildren().add(new HBox(4, swatch, new Label("region type " + i)));
        }
        legend.getChildren().add(new Label("Legend"));
        ScrollPane side = new ScrollPane(legend);

        SplitPane inner = new SplitPane(picture, side);
        SplitPane outer = new SplitPane(findings, inner);
        outer.setOrientation(Orientation.HORIZONTAL);
        outer.setDividerPositions(0.2);
        HBox status = new HBox(12, new Label("\u2713 layout is clean"), new Label(""), new Label(""), new Label(""));

        BorderPane top = new BorderPane(guestBar);
        top.setTop(menus);
        BorderPane window = new BorderPane(outer);
        window.setTop(top);
        window.setBottom(status);
        stage.setScene(new Scene(window, 1200, 760));
        stage.setTitle("Controls reference");
        stage.show();
    }
}
