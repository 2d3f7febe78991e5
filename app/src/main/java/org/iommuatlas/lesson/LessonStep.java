package org.iommuatlas.lesson;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

import org.iommuatlas.model.AddressRange;

/**
 * One step of a lesson.
 *
 * @param sample       the packaged sample this step shows, when it differs from the lesson's
 * @param view         the address range to show (all three lanes), or empty for the whole picture
 * @param traceAddress a GPA whose DMA trace the step walks through, if any
 * @param task         what the learner must do before moving on, if anything
 */
public record LessonStep(String title, String text, Optional<String> sample, Optional<AddressRange> view,
                         OptionalLong traceAddress, Optional<LessonTask> task) {
    public LessonStep {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sample, "sample");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(traceAddress, "traceAddress");
        Objects.requireNonNull(task, "task");
    }

    /** A reading step: text only. */
    public static LessonStep read(String title, String text) {
        return new LessonStep(title, text, Optional.empty(), Optional.empty(), OptionalLong.empty(), Optional.empty());
    }

    public LessonStep showing(long start, long last) {
        return new LessonStep(title, text, sample, Optional.of(AddressRange.of(start, last)), traceAddress, task);
    }

    public LessonStep tracing(long gpa) {
        return new LessonStep(title, text, sample, view, OptionalLong.of(gpa), task);
    }

    public LessonStep onSample(String name) {
        return new LessonStep(title, text, Optional.of(name), view, traceAddress, task);
    }

    public LessonStep withTask(String instruction, LessonCheck check, String doneText) {
        return new LessonStep(title, text, sample, view, traceAddress,
                Optional.of(new LessonTask(instruction, check, doneText)));
    }
}
