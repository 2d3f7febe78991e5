package org.iommuatlas.ui;

import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.scenario.PresetSpecResolver;
import org.iommuatlas.ui.engine.BundledSamples;
import org.iommuatlas.ui.engine.EnginePorts;

/** The scenarios the window tests start from: the packaged samples, as a user gets them. */
public final class TestScenarios {
    private TestScenarios() {
    }

    /** The default: virt 4 GiB RAM [0x40000000, 0x13fffffff] on an AMD host (msi + HT reserved). */
    public static Scenario armGuestOnAmdHost() {
        return EnginePorts.defaultScenario();
    }

    /** A second, different scenario: a 1 TiB q35 guest on an AMD host, machine type 7.0. */
    public static Scenario bigQ35OnAmdHost() {
        try {
            return BundledSamples.load(PresetSpecResolver.codec(), "q35-1tib-amd-host-without-relocation.json");
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
