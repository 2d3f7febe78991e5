package org.iommuatlas.guest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.iommuatlas.fuzz.ParseOutcome;
import org.iommuatlas.model.MachineConfig;
import org.iommuatlas.model.ParseException;
import org.junit.jupiter.api.Timeout;

import static org.iommuatlas.fuzz.ParseOutcome.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Guest specs are typed by users and carried in scenario files: any text gives a config or a
 * ParseException; an accepted config always lays out and plans its DMA maps without throwing,
 * and its formatted spec parses back to the same config.
 */
class MachineSpecFuzzTest {

    @FuzzTest(maxDuration = "5m")
    @Timeout(10)
    void machineSpec(byte[] input) throws ParseException {
        MachineConfig config = ParseOutcome.of(MachineSpec.FILE, () -> MachineSpec.parse(text(input)));
        if (config == null) {
            return;
        }
        assertEquals(config, MachineSpec.parse(MachineSpec.format(config)), "format then parse changed the config");
        PresetLayout preset = GuestPresets.layout(config);
        DmaMapPlanner.plan(preset.layout());
        MachineOptions.alternatives(config);
    }
}
