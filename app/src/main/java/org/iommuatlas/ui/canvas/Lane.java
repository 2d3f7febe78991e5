package org.iommuatlas.ui.canvas;

/** The three address spaces, left to right. */
public enum Lane {
    GPA("GPA", "guest physical"), IOVA("IOVA", "device DMA addresses"), HPA("HPA", "host physical");

    private final String title;
    private final String subtitle;

    Lane(String title, String subtitle) {
        this.title = title;
        this.subtitle = subtitle;
    }

    public String title() {
        return title;
    }

    public String subtitle() {
        return subtitle;
    }
}
