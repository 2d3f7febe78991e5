package org.iommuatlas.format.guest;

import java.util.List;
import java.util.Objects;

/**
 * One block of {@code info mtree} output: an address-space tree, a {@code memory-region:} tree
 * (an alias target), or a {@code FlatView #n}.
 *
 * @param names          the address spaces sharing this block ({@code memory}, {@code cpu-memory-0}),
 *                       or the one region name of a {@code memory-region:} block
 * @param root           the flat view's root memory region ({@code system}); empty for trees
 * @param flatViewNumber the {@code #n} of a flat view, -1 for trees
 * @param rendered       false when QEMU printed {@code No rendered FlatView}
 * @param line           1-based line of the block's first header
 */
public record MtreeBlock(Kind kind, List<String> names, String root, int flatViewNumber, boolean rendered,
                         List<MtreeEntry> entries, int line) {
    public enum Kind {
        /** {@code address-space: <name>} followed by an indented tree. */
        ADDRESS_SPACE_TREE,
        /** {@code memory-region: <name>}: the tree of a region some alias points at, addresses relative to it. */
        MEMORY_REGION_TREE,
        /** {@code FlatView #n}: the rendered, non-overlapping view QEMU's listeners (VFIO's too) see. */
        FLAT_VIEW
    }

    public MtreeBlock {
        Objects.requireNonNull(kind, "kind");
        names = List.copyOf(names);
        Objects.requireNonNull(root, "root");
        entries = List.copyOf(entries);
    }

    public boolean isFor(String addressSpace) {
        return names.contains(addressSpace);
    }
}
