package org.iommuatlas.lesson;

import java.util.List;
import java.util.Objects;

import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.Scenario;

/**
 * A guided scenario: a name for the command line ({@code render --lesson NAME}), a title, the
 * packaged sample it starts from, and its steps.
 */
public record Lesson(String name, String title, String sample, List<LessonStep> steps) {
    public Lesson {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sample, "sample");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("lesson " + name + " has no steps");
        }
    }

    /** The sample step {@code index} (0-based) shows. */
    public String sampleOf(int index) {
        return steps.get(index).sample().orElse(sample);
    }

    /** The scenario step {@code index} (0-based) starts from, freshly read from the packaged sample. */
    public Scenario scenarioOf(int index) throws ParseException {
        return PackagedSamples.load(sampleOf(index));
    }
}
