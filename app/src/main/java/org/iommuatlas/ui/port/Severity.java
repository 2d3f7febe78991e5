package org.iommuatlas.ui.port;

/** How bad a finding is, in the order the conflicts panel lists them (worst first). */
public enum Severity {
    ERROR("Errors"), WARNING("Warnings"), INFO("Notes");

    private final String heading;

    Severity(String heading) {
        this.heading = heading;
    }

    /** The group heading the conflicts panel shows. */
    public String heading() {
        return heading;
    }
}
