package org.iommuatlas.bench;

import java.util.Objects;

/**
 * One line of the results table: a measured figure, the reference it was measured against in the
 * same run, their ratio, and the target with whether it was met.
 *
 * @param ratio  the figure divided by its reference, NaN when the row has none
 * @param target the target as written in issue #4 ("<= 3x sort"), empty when the row only informs
 * @param met    whether the target was met; null when the row has no target
 */
public record ResultRow(String id, String what, String figure, String reference, double ratio, String target,
                        Boolean met) {
    public ResultRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(target, "target");
    }

    public static ResultRow info(String id, String what, String figure, String reference, double ratio) {
        return new ResultRow(id, what, figure, reference, ratio, "", null);
    }

    public String verdict() {
        return met == null ? "" : met ? "met" : "MISSED";
    }
}
