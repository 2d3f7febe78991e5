package org.iommuatlas.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop application (placeholder until the visualizer lands). */
public class AtlasApp extends Application {
    public static void launchWith(String[] args) {
        Application.launch(AtlasApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("IOMMU Atlas");
        stage.setScene(new Scene(new Label("IOMMU Atlas"), 800, 600));
        stage.show();
    }
}
