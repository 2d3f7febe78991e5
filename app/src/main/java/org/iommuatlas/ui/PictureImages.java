package org.iommuatlas.ui;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;


/** A raster copy of the picture as it is on screen, for the clipboard. */
final class PictureImages {
    private PictureImages() {
    }

    static WritableImage snapshot(Canvas canvas, double scale) {
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(scale, scale));
        return canvas.snapshot(params, null);
    }
}
