package org.iommuatlas.ui.engine;

import org.iommuatlas.guest.GuestPresets;
import org.iommuatlas.guest.MachineSpec;
import org.iommuatlas.guest.PresetLayout;
import org.iommuatlas.model.MachineConfig;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.ui.port.PresetPort;

/** Presets through {@link MachineSpec#parse} and {@link GuestPresets#layout}. */
final class EnginePresetPort implements PresetPort {
    @Override
    public Preset layout(String spec) throws ParseException {
        MachineConfig config = MachineSpec.parse(spec);
        PresetLayout preset = GuestPresets.layout(config);
        return new Preset(MachineSpec.format(config), preset.layout(), preset.problems());
    }

    @Override
    public Choice choice(String spec) throws ParseException {
        MachineConfig c = MachineSpec.parse(spec);
        return new Choice(c.type().specName(), c.ramBytes(), c.amdVcpu(), c.version(), c.maxRamBelow4g(),
                c.highmem(), c.viommu());
    }
}
