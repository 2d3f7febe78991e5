package org.iommuatlas.ui.port;

import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.Scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns outside input into a scenario: files of any supported format, pasted text, the bundled
 * samples and the machine the app runs on. Format detection lives behind this port.
 */
public interface InputLoader {
    /**
     * Reads a file; {@code current} is the scenario on screen, so that a host-only or guest-only
     * file replaces just its half.
     */
    Scenario open(Path file, Scenario current) throws IOException, ParseException;

    /** Same for pasted text; {@code name} is what error messages call it ({@code <pasted>}). */
    Scenario paste(String text, String name, Scenario current) throws ParseException;

    /** The sample scenarios for the Samples menu. */
    List<Sample> samples();

    /** Reads this machine's IOMMU groups (slow: the window calls it off the FX thread). */
    Scenario loadThisMachine(Scenario current) throws IOException, ParseException;

    /** One entry of the Samples menu. */
    record Sample(String title, java.util.function.Supplier<Scenario> scenario) {
    }
}
