package org.iommuatlas.ui.panels;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import org.iommuatlas.ui.port.ConflictView;
import org.iommuatlas.ui.port.Severity;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The findings, grouped by severity (errors first). Clicking one hands it to {@code onChosen},
 * which zooms the picture to it and highlights both sides. During a drag the list shows the live
 * findings of the dragged bank.
 */
public final class ConflictsPanel extends BorderPane {
    private static final PseudoClass ERROR_ITEM = PseudoClass.getPseudoClass("error-item");

    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>("findings"));
    private final Label title = new Label("Conflicts");
    private List<ConflictView> lastFindings;
    private String lastLiveFor;
    private final ObjectProperty<Consumer<ConflictView>> onChosen = new SimpleObjectProperty<>(c -> { });

    public ConflictsPanel() {
        getStyleClass().addAll("conflicts-panel", "side-panel");
        title.getStyleClass().add("panel-title");
        setTop(title);
        setCenter(tree);
        tree.setId("conflicts-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new FindingCell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null && item.getValue() instanceof ConflictView c) {
                onChosen.get().accept(c);
            }
        });
        show(List.of(), null);
    }

    /** Shows {@code findings}; {@code liveFor} names a dragged bank when they are live drag results. */
    public void show(List<ConflictView> findings, String liveFor) {
        // Drag events repeat the same findings many times a second; rebuilding the tree each time is waste.
        if (findings.equals(lastFindings) && java.util.Objects.equals(liveFor, lastLiveFor)) {
            return;
        }
        lastFindings = List.copyOf(findings);
        lastLiveFor = liveFor;
        Map<Severity, TreeItem<Object>> groups = new EnumMap<>(Severity.class);
        for (ConflictView c : findings) {
            groups.computeIfAbsent(c.severity(), s -> {
                TreeItem<Object> heading = new TreeItem<>(s);
                heading.setExpanded(true);
                return heading;
            }).getChildren().add(new TreeItem<>(c));
        }
        tree.getRoot().getChildren().setAll(groups.values());
        long errors = findings.stream().filter(c -> c.severity() == Severity.ERROR).count();
        String what = findings.isEmpty() ? "no conflicts" : errors + " error" + (errors == 1 ? "" : "s")
                + (findings.size() > errors ? ", " + (findings.size() - errors) + " other" : "");
        title.setText(liveFor != null ? "Conflicts while dragging " + liveFor + ": " + what : "Conflicts: " + what);
    }

    /** The panel's heading: what the list shows and how many errors (tests read it). */
    public String heading() {
        return title.getText();
    }

    /** The findings listed now, in display order (tests and the status bar read them). */
    public List<ConflictView> shown() {
        return tree.getRoot().getChildren().stream().flatMap(g -> g.getChildren().stream())
                .map(TreeItem::getValue).map(ConflictView.class::cast).toList();
    }

    /** Selects a listed finding as a click on it does (keyboard navigation and tests). */
    public void choose(ConflictView finding) {
        for (TreeItem<Object> group : tree.getRoot().getChildren()) {
            for (TreeItem<Object> item : group.getChildren()) {
                if (item.getValue().equals(finding)) {
                    tree.getSelectionModel().select(item);
                    return;
                }
            }
        }
    }

    public ObjectProperty<Consumer<ConflictView>> onChosenProperty() {
        return onChosen;
    }

    private final class FindingCell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("severity-heading");
            pseudoClassStateChanged(ERROR_ITEM, false);
            // One tooltip per cell at most, built when the pointer first rests on the cell and its
            // text replaced as the cell is reused: building a Tooltip (a popup control with its own
            // CSS) per update cost more than the rest of a drag frame, and per visible cell it
            // cost the window's first frame.
            if (empty || item == null) {
                setText(null);
                HoverTooltip.set(this, null);
            } else if (item instanceof Severity s) {
                getStyleClass().add("severity-heading");
                TreeItem<Object> ti = getTreeItem();
                setText(s.heading() + " (" + (ti == null ? 0 : ti.getChildren().size()) + ")");
                HoverTooltip.set(this, null);
            } else if (item instanceof ConflictView c) {
                pseudoClassStateChanged(ERROR_ITEM, c.severity() == Severity.ERROR);
                setText(c.rule() + "  " + c.summary());
                HoverTooltip.setWrapped(this, c.explanation(), 460);
            }
        }
    }
}
