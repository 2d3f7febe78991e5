package org.iommuatlas.cli;

import org.iommuatlas.lesson.Lesson;
import org.iommuatlas.lesson.LessonPicture;
import org.iommuatlas.lesson.Lessons;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.picture.PictureInput;
import org.iommuatlas.picture.Viewport;

/** {@code render --lesson NAME --step K}: the lesson step's scenario, picture and view. */
record LessonStepRender(Scenario scenario, PictureInput input, Viewport viewport) {
    static LessonStepRender of(Options o) throws UsageException, ParseException {
        for (String input : new String[] {"--host", "--guest", "--scenario", "--assign"}) {
            if (!o.all(input).isEmpty()) {
                throw new UsageException("--lesson draws the lesson's own scenario; leave out " + input);
            }
        }
        if (o.flag("--live")) {
            throw new UsageException("--lesson draws the lesson's own scenario; leave out --live");
        }
        String name = o.single("--lesson");
        Lesson lesson = Lessons.find(name).orElseThrow(
                () -> new UsageException("no lesson named " + name + "; lessons: " + Lessons.names()));
        int step = step(o.single("--step"), lesson);
        Scenario scenario = lesson.scenarioOf(step);
        PictureInput input = LessonPicture.input(lesson, step, scenario);
        return new LessonStepRender(scenario, input, LessonPicture.viewport(lesson.steps().get(step), input));
    }

    /** The 0-based index of the 1-based {@code --step}. */
    private static int step(String text, Lesson lesson) throws UsageException {
        if (text == null) {
            return 0;
        }
        int n;
        try {
            n = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new UsageException("--step takes a number, not " + text);
        }
        if (n < 1 || n > lesson.steps().size()) {
            throw new UsageException("lesson " + lesson.name() + " has steps 1 to " + lesson.steps().size()
                    + ", not " + text);
        }
        return n - 1;
    }
}
