package org.iommuatlas.lesson;

import org.iommuatlas.analysis.AnalysisResult;
import org.iommuatlas.model.Scenario;

/** A task's success check: a plain predicate over the learner's scenario and its analysis. */
@FunctionalInterface
public interface LessonCheck {
    boolean passes(Scenario scenario, AnalysisResult result);
}
