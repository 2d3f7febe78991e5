package org.iommuatlas.format.guest;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.ParseException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders an {@code info mtree} address-space tree into the flat view QEMU would compute, with the
 * rules of {@code render_memory_region()} in {@code system/memory.c}: a region's subregions are
 * drawn first, higher priority first, and each fills only what is still empty; then the region's
 * own content (if it has any) fills the rest of its range; an alias draws its target's tree moved
 * to the alias's address. So a {@code prio 1} overlay inside RAM wins over the RAM beneath it.
 *
 * <p>What the text cannot tell us is resolved as follows, and said so here: siblings of equal
 * priority keep their print order (QEMU orders them by insertion, which the dump does not show);
 * an {@code i/o} line with children is taken as a pure container (old QEMU printed containers
 * as {@code i/o}); an alias whose target has no {@code memory-region:} block is drawn as one
 * section of the target, typed from any other line naming the target, else from the alias's own
 * word, else {@code ram} when the target is called {@code *.ram} (QEMU before about 2020 typed every alias
 * {@code i/o}, e.g. {@code alias ram-above-4g @pc.ram}).
 */
final class FlatViewRenderer {
    private static final int MAX_ALIAS_DEPTH = 32;

    private final MtreeReadout readout;
    private final TreeMap<Long, FlatSection> covered = new TreeMap<>(Long::compareUnsigned);

    private FlatViewRenderer(MtreeReadout readout) {
        this.readout = readout;
    }

    /** A tree node: the line and the lines nested under it. */
    private record Node(MtreeEntry entry, List<Node> children) {
    }

    static List<FlatSection> render(MtreeReadout readout, MtreeBlock tree) throws ParseException {
        FlatViewRenderer renderer = new FlatViewRenderer(readout);
        List<Node> roots = nodes(tree.entries());
        for (Node root : byPriority(roots)) {
            renderer.render(root, 0, 0, Address.MAX, 0);
        }
        return new ArrayList<>(renderer.covered.values());
    }

    private static List<Node> nodes(List<MtreeEntry> entries) {
        List<Node> roots = new ArrayList<>();
        List<Node> stack = new ArrayList<>();
        for (MtreeEntry e : entries) {
            Node node = new Node(e, new ArrayList<>());
            while (stack.size() > e.depth()) {
                stack.remove(stack.size() - 1);
            }
            if (stack.isEmpty()) {
                roots.add(node);
            } else {
                stack.get(stack.size() - 1).children().add(node);
            }
            stack.add(node);
        }
        return roots;
    }

    private static List<Node> byPriority(List<Node> nodes) {
        List<Node> sorted = new ArrayList<>(nodes);
        sorted.sort(Comparator.comparingInt((Node n) -> n.entry().priorityOrDefault()).reversed());
        return sorted;
    }

    /**
     * @param delta   added to the printed addresses to get guest-physical ones (non-zero inside an alias target)
     * @param clipLo  first address still allowed (an alias window)
     * @param clipHi  last address still allowed
     */
    private void render(Node node, long delta, long clipLo, long clipHi, int aliasDepth) throws ParseException {
        MtreeEntry e = node.entry();
        // Disabled regions take no space; an overflowed line has no trustworthy range.
        if (e.disabled() || e.overflow()) {
            return;
        }
        long lo = e.start() + delta;
        long hi = e.last() + delta;
        if (Address.lessThan(hi, lo)) {
            return;
        }
        long from = Address.max(lo, clipLo);
        long to = Address.min(hi, clipHi);
        if (Address.lessThan(to, from)) {
            return;
        }
        for (Node child : byPriority(node.children())) {
            render(child, delta, from, to, aliasDepth);
        }
        if (e.isAlias()) {
            renderAlias(e, lo, from, to, aliasDepth);
        } else if (hasOwnContent(node)) {
            fill(from, to, e.type(), e.name(), lo, e.line());
        }
    }

    private void renderAlias(MtreeEntry alias, long lo, long from, long to, int aliasDepth) throws ParseException {
        if (aliasDepth >= MAX_ALIAS_DEPTH) {
            throw new ParseException(readout.file(), alias.line(), "alias " + alias.name() + " leads through more than "
                    + MAX_ALIAS_DEPTH + " aliases (a loop?); cannot place it");
        }
        // The target's offset o appears at guest address o + aliasBase.
        long aliasBase = lo - alias.aliasOffsetStart();
        var target = readout.memoryRegion(alias.aliasTarget());
        if (target.isPresent() && !target.get().entries().isEmpty()) {
            List<Node> targetRoots = nodes(target.get().entries());
            // The block prints the target at its own address (usually 0); offsets count from there.
            long targetOrigin = targetRoots.get(0).entry().start();
            for (Node root : byPriority(targetRoots)) {
                render(root, aliasBase - targetOrigin, from, to, aliasDepth + 1);
            }
            return;
        }
        fill(from, to, aliasTargetType(alias), alias.aliasTarget(), aliasBase, alias.line());
    }

    private MtreeRegionType aliasTargetType(MtreeEntry alias) {
        for (MtreeBlock block : readout.blocks()) {
            for (MtreeEntry other : block.entries()) {
                if (!other.isAlias() && other.name().equals(alias.aliasTarget())) {
                    return other.type();
                }
            }
        }
        if (alias.type() != MtreeRegionType.IO && alias.type() != MtreeRegionType.LEGACY_FLAGS) {
            return alias.type();
        }
        return alias.aliasTarget().endsWith(".ram") ? MtreeRegionType.RAM : alias.type();
    }

    private static boolean hasOwnContent(Node node) {
        switch (node.entry().type()) {
            case CONTAINER:
                return false;
            case IO:
            case LEGACY_FLAGS:
                return node.children().isEmpty();
            default:
                return true;
        }
    }

    /** Adds sections for the parts of {@code [from, to]} nothing has claimed yet. */
    private void fill(long from, long to, MtreeRegionType type, String name, long regionBase, int line) {
        List<long[]> gaps = new ArrayList<>();
        long cursor = from;
        boolean done = false;
        Map.Entry<Long, FlatSection> before = covered.lowerEntry(from);
        if (before != null && Address.lessOrEqual(from, before.getValue().last())) {
            if (!Address.lessThan(before.getValue().last(), to)) {
                return;
            }
            cursor = before.getValue().last() + 1;
        }
        for (FlatSection s : covered.subMap(from, true, to, true).values()) {
            if (Address.lessThan(cursor, s.start())) {
                gaps.add(new long[] {cursor, s.start() - 1});
            }
            if (!Address.lessThan(s.last(), to)) {
                done = true;
                break;
            }
            cursor = s.last() + 1;
        }
        if (!done) {
            gaps.add(new long[] {cursor, to});
        }
        for (long[] gap : gaps) {
            covered.put(gap[0], new FlatSection(gap[0], gap[1], type, name, gap[0] - regionBase, line));
        }
    }
}
