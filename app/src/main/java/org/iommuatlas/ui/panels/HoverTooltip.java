package org.iommuatlas.ui.panels;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A control's tooltip text, kept as text until the pointer first enters the control; only then is
 * the {@link Tooltip} (a popup window with its own styling) built. WHY: the window's labels carry
 * a dozen tooltips, and building them before the first frame cost start-up time for popups that
 * are seldom shown (issue #4, start-up benchmark). The popup still opens after the usual delay,
 * as the pointer moves over the control.
 */
public final class HoverTooltip {
    private static final Object TEXT = new Object();
    private static final Object WATCHED = new Object();
    private static final Object NONE = new Object();
    private static final Object WRAP_WIDTH = new Object();

    private HoverTooltip() {
    }

    /**
     * As {@link #set(Control, String)}, for long texts: the tooltip wraps its lines at
     * {@code wrapWidth} pixels.
     */
    public static void setWrapped(Control control, String text, double wrapWidth) {
        control.getProperties().put(WRAP_WIDTH, wrapWidth);
        set(control, text);
    }

    /** Sets the tooltip text of {@code control}; {@code null} removes its tooltip. */
    public static void set(Control control, String text) {
        control.getProperties().put(TEXT, text == null ? NONE : text);
        if (control.getTooltip() != null || text == null) {
            // Already built (or to be removed): follow the new text at once.
            apply(control);
            return;
        }
        if (control.getProperties().putIfAbsent(WATCHED, Boolean.TRUE) == null) {
            control.addEventHandler(MouseEvent.MOUSE_ENTERED, (EventHandler<MouseEvent>) e -> apply(control));
        }
    }

    /** The text the tooltip shows or will show; {@code null} when there is none. */
    public static String text(Control control) {
        Object text = control.getProperties().get(TEXT);
        if (text instanceof String s) {
            return s;
        }
        return text == null && control.getTooltip() != null ? control.getTooltip().getText() : null;
    }

    private static void apply(Control control) {
        String text = text(control);
        if (text == null) {
            control.setTooltip(null);
        } else if (control.getTooltip() == null) {
            Tooltip tooltip = new Tooltip(text);
            if (control.getProperties().get(WRAP_WIDTH) instanceof Double width) {
                tooltip.setWrapText(true);
                tooltip.setMaxWidth(width);
            }
            control.setTooltip(tooltip);
        } else {
            control.getTooltip().setText(text);
        }
    }
}
