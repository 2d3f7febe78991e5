package org.iommuatlas.lesson;

import java.util.Objects;

import org.iommuatlas.analysis.ScenarioAnalysis;
import org.iommuatlas.model.Scenario;

/**
 * What the learner is asked to do in a step, the check that tells when they have, and what to
 * say then.
 */
public record LessonTask(String instruction, LessonCheck check, String doneText) {
    public LessonTask {
        Objects.requireNonNull(instruction, "instruction");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(doneText, "doneText");
    }

    /** Runs the analysis and the check. */
    public boolean isDone(Scenario scenario) {
        return check.passes(scenario, ScenarioAnalysis.analyze(scenario));
    }
}
