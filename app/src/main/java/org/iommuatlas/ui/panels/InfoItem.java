package org.iommuatlas.ui.panels;

import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

import java.util.Optional;

/** A read-only line of the inspector's property sheet. */
final class InfoItem implements PropertySheet.Item {
    private final String category;
    private final String name;
    private final String value;
    private final String description;

    InfoItem(String category, String name, String value, String description) {
        this.category = category;
        this.name = name;
        this.value = value;
        this.description = description;
    }

    InfoItem(String category, String name, String value) {
        this(category, name, value, name);
    }

    @Override
    public Class<?> getType() {
        return String.class;
    }

    @Override
    public String getCategory() {
        return category;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Object getValue() {
        return value;
    }

    @Override
    public void setValue(Object newValue) {
        // Read-only: edits go through the Edit bank dialog so each one is a single undo step.
    }

    @Override
    public boolean isEditable() {
        return false;
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.empty();
    }
}
