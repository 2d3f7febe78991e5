package org.iommuatlas.format.guest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything read from one {@code info mtree} / {@code info mtree -f} paste, block by block in
 * input order. Turn it into a guest map with {@link MtreeParser#toGuestLayout(MtreeReadout)}.
 *
 * @param file the name the input is reported under ({@code mtree.txt}, {@code <pasted>})
 */
public record MtreeReadout(String file, List<MtreeBlock> blocks) implements GuestInput {
    public MtreeReadout {
        Objects.requireNonNull(file, "file");
        blocks = List.copyOf(blocks);
    }

    @Override
    public GuestFormat format() {
        return GuestFormat.QEMU_MTREE;
    }

    /** The first rendered flat view one of whose address spaces is {@code addressSpace}. */
    public Optional<MtreeBlock> flatView(String addressSpace) {
        return blocks.stream()
                .filter(b -> b.kind() == MtreeBlock.Kind.FLAT_VIEW && b.isFor(addressSpace) && b.rendered())
                .findFirst();
    }

    /** The first address-space tree for {@code addressSpace}. */
    public Optional<MtreeBlock> tree(String addressSpace) {
        return blocks.stream()
                .filter(b -> b.kind() == MtreeBlock.Kind.ADDRESS_SPACE_TREE && b.isFor(addressSpace))
                .findFirst();
    }

    /** The {@code memory-region: <name>} block that describes an alias target. */
    public Optional<MtreeBlock> memoryRegion(String name) {
        return blocks.stream()
                .filter(b -> b.kind() == MtreeBlock.Kind.MEMORY_REGION_TREE && b.isFor(name))
                .findFirst();
    }
}
