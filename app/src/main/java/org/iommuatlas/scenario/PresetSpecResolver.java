package org.iommuatlas.scenario;

import org.iommuatlas.guest.GuestPresets;
import org.iommuatlas.guest.MachineSpec;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.ParseException;

/** Expands a preset spec with QEMU's layout rules ({@link GuestPresets}). */
public final class PresetSpecResolver implements GuestSpecResolver {
    @Override
    public GuestLayout resolve(String spec) throws ParseException {
        return GuestPresets.layout(MachineSpec.parse(spec)).layout();
    }

    /** The codec every front end uses: presets expand specs. */
    public static ScenarioJson codec() {
        return new ScenarioJson(new PresetSpecResolver());
    }
}
