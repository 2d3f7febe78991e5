package org.iommuatlas.lesson;

import java.util.ArrayList;
import java.util.List;

import org.iommuatlas.analysis.AnalysisResult;
import org.iommuatlas.analysis.ScenarioAnalysis;
import org.iommuatlas.guest.DmaMapPlanner;
import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.Address;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.picture.Highlight;
import org.iommuatlas.picture.PictureInput;
import org.iommuatlas.picture.PictureInputs;
import org.iommuatlas.picture.Severity;
import org.iommuatlas.picture.Viewport;
import org.iommuatlas.report.ScenarioPicture;
import org.iommuatlas.trace.DmaTrace;
import org.iommuatlas.trace.Trace;
import org.iommuatlas.trace.TraceHighlights;
import org.iommuatlas.trace.TraceText;

/**
 * A lesson step as a picture for slides: the scenario's picture with the lesson and step as title,
 * the step's task (or its text) as status, and the step's trace marked in the lanes.
 */
public final class LessonPicture {
    private LessonPicture() {
    }

    /** The picture of step {@code index} (0-based) on {@code scenario} (the step's own or the learner's). */
    public static PictureInput input(Lesson lesson, int index, Scenario scenario) {
        LessonStep step = lesson.steps().get(index);
        AnalysisResult result = ScenarioAnalysis.analyze(scenario);
        List<Highlight> highlights = new ArrayList<>(ScenarioPicture.highlights(result));
        String traceLine = "";
        if (step.traceAddress().isPresent()) {
            Trace trace = DmaTrace.trace(scenario, step.traceAddress().getAsLong());
            highlights.addAll(TraceHighlights.all(trace));
            traceLine = "Trace of a DMA to " + Address.hex(trace.gpa()) + " -> " + TraceText.outcomeLine(trace);
        }
        PictureInput base = PictureInputs.from(scenario, DmaMapPlanner.plan(scenario.guest()), highlights);
        String status = step.task().map(t -> (t.check().passes(scenario, result) ? t.doneText() : "Task: " + t.instruction()))
                .orElse(traceLine);
        return base.toBuilder()
                .title(lesson.title() + " — step " + (index + 1) + "/" + lesson.steps().size() + ": " + step.title())
                .subtitle(step.text())
                .status(status, Severity.INFO)
                .build();
    }

    /** The step's view range with an eighth of its size around it, or the whole data. */
    public static Viewport viewport(LessonStep step, PictureInput input) {
        if (step.view().isEmpty()) {
            return Viewport.fitting(input);
        }
        AddressRange v = step.view().get();
        long pad = (v.last() - v.start()) >>> 3;
        long start = Address.lessThan(v.start(), pad) ? 0 : v.start() - pad;
        long last = Address.lessThan(Address.MAX - pad, v.last()) ? Address.MAX : v.last() + pad;
        return new Viewport(start, last);
    }
}
