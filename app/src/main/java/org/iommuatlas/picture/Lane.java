package org.iommuatlas.picture;

/** The three address spaces drawn side by side, left to right in this order (REFERENCE §1.1). */
public enum Lane {
    GPA("GPA", "guest physical"),
    IOVA("IOVA", "device DMA address"),
    HPA("HPA", "host physical");

    private final String title;
    private final String meaning;

    Lane(String title, String meaning) {
        this.title = title;
        this.meaning = meaning;
    }

    /** Short header text ("GPA"). */
    public String title() {
        return title;
    }

    /** One line under the header ("guest physical"). */
    public String meaning() {
        return meaning;
    }
}
