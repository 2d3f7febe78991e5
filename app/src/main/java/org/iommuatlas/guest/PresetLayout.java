package org.iommuatlas.guest;

import org.iommuatlas.model.GuestLayout;

import java.util.List;
import java.util.Objects;

/**
 * A guest layout computed from QEMU's rules, plus the messages QEMU would print and exit with
 * for this configuration (empty when QEMU would start). The layout is still given for an
 * impossible config, so the picture can show what does not fit.
 */
public record PresetLayout(GuestLayout layout, List<String> problems) {
    public PresetLayout {
        Objects.requireNonNull(layout, "layout");
        problems = List.copyOf(problems);
    }

    public boolean startsInQemu() {
        return problems.isEmpty();
    }
}
