package org.iommuatlas.ui.classroom;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.iommuatlas.lesson.Lesson;
import org.iommuatlas.lesson.Lessons;
import org.iommuatlas.ui.AtlasWindow;

/** The Lessons menu: "Trace a DMA…" and one item per lesson. Built once per window. */
public final class ClassroomMenus {
    private final TraceWindow tracer;
    private final LessonWindow lessons;

    public ClassroomMenus(AtlasWindow window) {
        this.tracer = new TraceWindow(window);
        this.lessons = new LessonWindow(window, tracer);
    }

    public Menu lessonsMenu() {
        Menu menu = new Menu("Lessons");
        menu.setId("menu-lessons");
        MenuItem trace = new MenuItem("Trace a DMA\u2026");
        trace.setId("menu-trace");
        trace.setAccelerator(KeyCombination.keyCombination("Shortcut+T"));
        trace.setOnAction(e -> tracer.show());
        menu.getItems().addAll(trace, new SeparatorMenuItem());
        for (Lesson l : Lessons.all()) {
            MenuItem item = new MenuItem(l.title());
            item.setId("lesson-" + l.name());
            item.setOnAction(e -> lessons.open(l));
            menu.getItems().add(item);
        }
        return menu;
    }

    public TraceWindow tracer() {
        return tracer;
    }

    public LessonWindow lessons() {
        return lessons;
    }
}
