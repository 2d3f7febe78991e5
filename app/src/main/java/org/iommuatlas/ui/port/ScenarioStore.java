package org.iommuatlas.ui.port;

import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.Scenario;

import java.io.IOException;
import java.nio.file.Path;

/** Saving and reading scenario files (the scenario package's JSON format once it lands). */
public interface ScenarioStore {
    Scenario read(Path file) throws IOException, ParseException;

    void write(Scenario scenario, Path file) throws IOException;

    /** The file name extension without a dot, for the file chooser. */
    default String extension() {
        return "atlas.json";
    }
}
