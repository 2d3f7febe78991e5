package org.iommuatlas.ui.canvas;

import javafx.scene.Group;
import javafx.scene.Node;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A group that shows a set of {@link ShapeSpec}s and, from one set to the next, touches only the
 * nodes whose shape changed. On the software pipeline a frame costs about the area JavaFX redraws.
 * JavaFX redraws, for each changed node, one box round where it was and where it is; and for each
 * child from the first one added or removed on, its whole box. So:
 * <ul>
 *   <li>a shape asked for again keeps its node untouched;</li>
 *   <li>a new shape takes over a node no longer needed only if that node lies near it (else the
 *       box round both would span the distance between them); otherwise a new node is appended
 *       at the end;</li>
 *   <li>nodes left over are hidden, not removed, and kept for shapes that come near them later;
 *       only hidden nodes at the end of the list are removed.</li>
 * </ul>
 *
 * <p>The shapes in one group are painted in no particular order: put shapes that must lie over
 * others in a group above it.
 */
final class RetainedShapes extends Group {
    /** How far (logical pixels) a hidden node may lie from a new shape and still take it over. */
    private static final double NEAR = NodePainter.GRID;
    /** Hidden nodes beyond this many are all removed at once: one full redraw, rarely. */
    private static final int MAX_HIDDEN = 400;
    /** Hidden nodes at the end of the list beyond this many are removed (which redraws nothing). */
    private static final int KEPT_TRAILING_HIDDEN = 32;

    private final Map<ShapeSpec, Node> shown = new HashMap<>();
    /**
     * Hidden nodes, each with the shape it showed last: where it lies, told without asking the
     * node for its bounds (a new shape is compared with every hidden node).
     */
    private final Map<Node, ShapeSpec> hidden = new IdentityHashMap<>();

    /**
     * Shows exactly {@code specs} (duplicates count once). Returns whether anything on screen
     * changed, that is whether a frame must be drawn to show them.
     */
    boolean show(Collection<ShapeSpec> specs) {
        Set<ShapeSpec> wanted = new LinkedHashSet<>(specs);
        boolean changed = false;
        // Nodes whose shape is no longer asked for become free to take over a new shape nearby.
        List<Node> freed = new ArrayList<>();
        for (Iterator<Map.Entry<ShapeSpec, Node>> it = shown.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<ShapeSpec, Node> e = it.next();
            if (!wanted.contains(e.getKey())) {
                hidden.put(e.getValue(), e.getKey());
                freed.add(e.getValue());
                it.remove();
                changed = true;
            }
        }
        List<Node> appended = new ArrayList<>();
        for (ShapeSpec s : wanted) {
            if (shown.containsKey(s)) {
                continue;
            }
            changed = true;
            Node node = takeOverNear(s);
            if (node == null) {
                node = s.create();
                appended.add(node);
            }
            node.setVisible(true);
            shown.put(s, node);
        }
        // Those hidden before are hidden already.
        for (Node n : freed) {
            if (hidden.containsKey(n)) {
                n.setVisible(false);
            }
        }
        if (!appended.isEmpty()) {
            getChildren().addAll(appended);
        }
        trimHidden();
        return changed;
    }

    /** The nodes showing shapes now (tests). */
    Map<ShapeSpec, Node> shown() {
        return Map.copyOf(shown);
    }

    /** A hidden or freed node near {@code spec} of the kind it needs, now showing it; null if none. */
    private Node takeOverNear(ShapeSpec spec) {
        for (Iterator<Map.Entry<Node, ShapeSpec>> it = hidden.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Node, ShapeSpec> e = it.next();
            Node node = e.getKey();
            ShapeSpec was = e.getValue();
            boolean near = was.minY() <= spec.maxY() + NEAR && was.maxY() >= spec.minY() - NEAR;
            if (near && spec.update(node)) {
                it.remove();
                return node;
            }
        }
        return null;
    }

    private void trimHidden() {
        List<Node> children = getChildren();
        if (hidden.size() > MAX_HIDDEN) {
            children.removeAll(hidden.keySet());
            hidden.clear();
            return;
        }
        // Removing children at the end re-adds no child after them, so nothing is redrawn.
        int end = children.size();
        int trailing = 0;
        while (trailing < end && hidden.containsKey(children.get(end - 1 - trailing))) {
            trailing++;
        }
        if (trailing > KEPT_TRAILING_HIDDEN) {
            List<Node> tail = children.subList(end - trailing + KEPT_TRAILING_HIDDEN, end);
            for (Node n : tail) {
                hidden.remove(n);
            }
            tail.clear();
        }
    }
}
