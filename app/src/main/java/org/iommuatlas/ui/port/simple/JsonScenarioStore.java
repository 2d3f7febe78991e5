package org.iommuatlas.ui.port.simple;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.model.SourceRef;
import org.iommuatlas.ui.port.ScenarioStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A stand-in scenario file format (Jackson over the model records) so Save, Open and the recovery
 * file work before the scenario package lands. Not the project's documented format: addresses are
 * stored as signed JSON numbers here.
 */
public final class JsonScenarioStore implements ScenarioStore {
    private final ObjectMapper mapper = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .addMixIn(ReservedRegion.class, ReservedRegionMixIn.class);

    @Override
    public Scenario read(Path file) throws IOException, ParseException {
        String text = Files.readString(file);
        return parse(text, file.getFileName().toString());
    }

    /** Parses scenario JSON; {@code name} is what error messages call the input. */
    public Scenario parse(String text, String name) throws ParseException {
        try {
            Scenario s = mapper.readValue(text, Scenario.class);
            if (s == null) {
                throw new ParseException(name, 0, "expected a scenario JSON object, found nothing");
            }
            return s;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : Math.max(0, at.getLineNr());
            int column = at == null ? 0 : Math.max(0, at.getColumnNr());
            throw new ParseException(name, line, column, "expected a scenario JSON object, " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ParseException(name, 0, 0, "the scenario is inconsistent: " + e.getMessage(), e);
        }
    }

    public String format(Scenario scenario) throws IOException {
        return mapper.writeValueAsString(scenario);
    }

    @Override
    public void write(Scenario scenario, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, format(scenario));
        // Replace in one step so a crash mid-write never leaves half a file.
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
            getterVisibility = JsonAutoDetect.Visibility.NONE,
            isGetterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class ReservedRegionMixIn {
        @JsonCreator
        ReservedRegionMixIn(@JsonProperty("start") long start, @JsonProperty("last") long last,
                            @JsonProperty("type") ReservedType type, @JsonProperty("reportedAs") String reportedAs,
                            @JsonProperty("group") int group, @JsonProperty("devices") List<String> devices,
                            @JsonProperty("source") SourceRef source) {
        }

        @JsonProperty("start")
        abstract long start();

        @JsonProperty("last")
        abstract long last();

        @JsonProperty("type")
        abstract ReservedType type();

        @JsonProperty("reportedAs")
        abstract String reportedAs();

        @JsonProperty("group")
        abstract int group();

        @JsonProperty("devices")
        abstract List<String> devices();

        @JsonProperty("source")
        abstract SourceRef source();
    }
}
