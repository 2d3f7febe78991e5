package org.iommuatlas.picture;

/** How bad a highlighted range is; decides whether it is drawn as a conflict or a caution. */
public enum Severity {
    ERROR, WARN, INFO;

    public Style highlightStyle() {
        return this == ERROR ? Style.CONFLICT : Style.CAUTION;
    }
}
