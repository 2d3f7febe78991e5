package org.iommuatlas.ui.canvas;

import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.iommuatlas.model.Address;
import org.iommuatlas.model.AddressRange;

import java.math.BigInteger;

/**
 * Zoom and pan: the wheel (or trackpad) zooms around the pointer, dragging the background pans,
 * Ctrl+drag draws a box to zoom into, and + / - / 0 zoom in, out and to fit. Every change is a new
 * {@link AddressWindow}; addresses move by exact integers, the pointer's address stays put.
 */
public final class ViewNavigator {
    private final AtlasCanvasView view;
    private final Rectangle box = new Rectangle();
    private double pressY = Double.NaN;
    private long pressAddress;
    private boolean boxZoom;

    public ViewNavigator(AtlasCanvasView view) {
        this.view = view;
        box.setManaged(false);
        box.setVisible(false);
        box.setMouseTransparent(true);
        box.setFill(Color.rgb(0, 114, 178, 0.12));
        box.setStroke(Color.rgb(0, 114, 178));
        box.getStrokeDashArray().setAll(5.0, 3.0);
        view.addOverlay(box);
        view.canvas().addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        view.canvas().addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.canvas().addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.canvas().addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    public void zoomIn() {
        zoomAtY(centreY(), 1, 2);
    }

    public void zoomOut() {
        zoomAtY(centreY(), 2, 1);
    }

    /** Folded: the whole 64-bit space (the folds keep it readable). Linear: everything drawn, with margins. */
    public void zoomToFit() {
        view.windowProperty().set(AddressWindow.FULL);
    }

    /** Shows {@code range} with a margin around it. */
    public void zoomTo(AddressRange range) {
        view.windowProperty().set(AddressWindow.around(range));
    }

    /** Centres the view on {@code address}, keeping the span (or 16 MiB when the whole space shows). */
    public void goTo(long address) {
        AddressWindow w = view.windowProperty().get();
        BigInteger span = w.isFull() ? BigInteger.valueOf(16L << 20) : w.span();
        view.windowProperty().set(AddressWindow.centred(address, span));
    }

    private double centreY() {
        ViewAxis axis = view.axis();
        return axis == null ? 0 : (axis.top() + axis.bottom()) / 2;
    }

    private void zoomAtY(double y, long num, long den) {
        ViewAxis axis = view.axis();
        if (axis == null) {
            return;
        }
        long anchor = axis.addressAt(y);
        view.windowProperty().set(view.windowProperty().get().zoomAround(anchor, num, den));
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        // One wheel notch (40 px) zooms by 5/4; trackpads send smaller deltas, handled alike.
        if (e.getDeltaY() > 0) {
            zoomAtY(e.getY(), 4, 5);
        } else {
            zoomAtY(e.getY(), 5, 4);
        }
        e.consume();
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || view.axis() == null) {
            return;
        }
        view.requestFocus();
        pressY = e.getY();
        pressAddress = view.axis().addressAt(e.getY());
        boxZoom = e.isControlDown();
        if (boxZoom) {
            double[] span = view.lanesSpan();
            box.setX(span[0]);
            box.setWidth(span[1] - span[0]);
            box.setY(e.getY());
            box.setHeight(0);
            box.setVisible(true);
        } else {
            view.setCursor(Cursor.CLOSED_HAND);
        }
    }

    private void dragged(MouseEvent e) {
        if (Double.isNaN(pressY)) {
            return;
        }
        if (boxZoom) {
            box.setY(Math.min(pressY, e.getY()));
            box.setHeight(Math.abs(e.getY() - pressY));
            return;
        }
        // Pan: the address grabbed at the press follows the pointer.
        ViewAxis axis = view.axis();
        long now = axis.addressAt(e.getY());
        BigInteger delta = AddressWindow.unsigned(pressAddress).subtract(AddressWindow.unsigned(now));
        if (delta.signum() != 0) {
            view.windowProperty().set(view.windowProperty().get().panBy(delta));
        }
    }

    private void released(MouseEvent e) {
        if (Double.isNaN(pressY)) {
            return;
        }
        if (boxZoom && Math.abs(e.getY() - pressY) > 4) {
            long a = view.axis().addressAt(Math.min(pressY, e.getY()));
            long b = view.axis().addressAt(Math.max(pressY, e.getY()));
            view.windowProperty().set(new AddressWindow(a, Address.max(a, b)).zoomAround(a, 1, 1));
        }
        box.setVisible(false);
        pressY = Double.NaN;
        view.setCursor(Cursor.DEFAULT);
    }

    private void key(KeyEvent e) {
        if (e.isControlDown() || e.isMetaDown()) {
            return; // the menu accelerators handle Ctrl+ combinations
        }
        KeyCode c = e.getCode();
        if (c == KeyCode.PLUS || c == KeyCode.ADD || c == KeyCode.EQUALS) {
            zoomIn();
        } else if (c == KeyCode.MINUS || c == KeyCode.SUBTRACT) {
            zoomOut();
        } else if (c == KeyCode.DIGIT0 || c == KeyCode.NUMPAD0) {
            zoomToFit();
        } else {
            return;
        }
        e.consume();
    }
}
