package org.iommuatlas.ui.classroom;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.iommuatlas.trace.Trace;
import org.iommuatlas.trace.TraceStep;

/** The trace being shown and which step is current; forward and back stop at the ends. */
final class TraceStepper {
    private final ObjectProperty<Trace> trace = new SimpleObjectProperty<>(this, "trace");
    private final IntegerProperty index = new SimpleIntegerProperty(this, "index", -1);

    void show(Trace t) {
        index.set(-1); // fire a change even when the new trace's first index equals the old one
        trace.set(t);
        index.set(0);
    }

    /** One step on; false at the last step. */
    boolean next() {
        if (trace.get() == null || index.get() >= trace.get().steps().size() - 1) {
            return false;
        }
        index.set(index.get() + 1);
        return true;
    }

    boolean back() {
        if (trace.get() == null || index.get() <= 0) {
            return false;
        }
        index.set(index.get() - 1);
        return true;
    }

    TraceStep current() {
        return trace.get() == null || index.get() < 0 ? null : trace.get().steps().get(index.get());
    }

    boolean atEnd() {
        return trace.get() != null && index.get() == trace.get().steps().size() - 1;
    }

    ObjectProperty<Trace> traceProperty() {
        return trace;
    }

    IntegerProperty indexProperty() {
        return index;
    }
}
