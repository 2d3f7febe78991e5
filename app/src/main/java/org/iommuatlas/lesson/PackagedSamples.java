package org.iommuatlas.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.scenario.PresetSpecResolver;

/**
 * The sample scenarios packaged under {@code /samples/} (app/pom.xml copies samples/ there), read
 * with the scenario codec. The engine's own loader, so lessons and {@code render --lesson} need no
 * window.
 */
public final class PackagedSamples {
    private PackagedSamples() {
    }

    public static Scenario load(String name) throws ParseException {
        String source = "samples/" + name;
        try (InputStream in = PackagedSamples.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new ParseException(source, 0, "is not packaged with this build");
            }
            return PresetSpecResolver.codec().read(source, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ParseException(source, 0, "cannot be read: " + e.getMessage());
        }
    }
}
