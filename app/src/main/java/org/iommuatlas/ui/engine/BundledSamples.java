package org.iommuatlas.ui.engine;

import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.scenario.ScenarioJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The scenarios of {@code samples/}, packaged into the jar under {@code /samples/} by the build
 * (see app/pom.xml) and listed in {@code /samples/index.txt}, so the Samples menu works wherever
 * the app is started from. {@code SamplesIndexTest} keeps the index equal to the directory.
 */
public final class BundledSamples {
    /** The scenario the app opens with: the aarch64-on-x86 failure of the QEMU bug report. */
    public static final String DEFAULT = "aarch64-guest-on-amd-host-fails-at-4g.json";

    private BundledSamples() {
    }

    public static List<String> names() {
        try (InputStream in = BundledSamples.class.getResourceAsStream("/samples/index.txt")) {
            if (in == null) {
                return List.of();
            }
            List<String> names = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip());
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Scenario load(ScenarioJson json, String name) throws ParseException {
        try (InputStream in = BundledSamples.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new ParseException("samples/" + name, 0, "is not packaged with this build");
            }
            return json.read("samples/" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ParseException("samples/" + name, 0, "cannot be read: " + e.getMessage());
        }
    }
}
