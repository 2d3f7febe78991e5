package org.iommuatlas.picture;

/** A background area: a lane's backdrop, the legend box, the status bar. */
public record PanelShape(double x, double y, double w, double h, PanelRole role) implements Shape {
    public enum PanelRole {
        /** The whole picture's background. */
        BACKGROUND,
        /** A lane's backdrop (empty address space). */
        LANE,
        LEGEND,
        /** Status line background; coloured by the status severity. */
        STATUS_ERROR,
        STATUS_WARN,
        STATUS_INFO
    }
}
