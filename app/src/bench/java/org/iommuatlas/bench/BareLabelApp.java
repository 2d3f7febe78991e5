package org.iommuatlas.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The start-up reference of issue #4 item 4: one Stage with one Label, nothing else. */
public class BareLabelApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("IOMMU Atlas"), 800, 600));
        stage.show();
    }
}
