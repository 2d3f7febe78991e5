package org.iommuatlas.format.guest;

import org.iommuatlas.model.Address;

import java.util.Objects;

/**
 * One region line of {@code info mtree} (tree or flat view), as printed.
 *
 * <p>In a tree block {@code start}/{@code last} are absolute in the address space (QEMU adds each
 * parent's base), except under a {@code memory-region:} block, where they are relative to the
 * aliased region. In a flat view they are guest-physical.
 *
 * @param line             1-based line in the input
 * @param depth            nesting in the tree (0 = a root line); always 0 in a flat view
 * @param start            first address (unsigned)
 * @param last             inclusive last address (unsigned); below start only when {@code overflow}
 * @param prio             the printed priority, null when the line has none (a flat view without prio)
 * @param typeWord         the type word as printed, without {@code nv-} ({@code ram}, {@code i/o}, {@code RW})
 * @param name             region name; for an alias line, the alias's own name (may contain spaces)
 * @param aliasTarget      for {@code alias <name> @<target> <off>-<off>} lines the target region, else null
 * @param aliasOffsetStart offset into the target where the alias starts (0 when not an alias)
 * @param aliasOffsetLast  inclusive offset into the target where the alias ends (0 when not an alias)
 * @param offsetInRegion   flat view {@code @<offset>}: where in its memory region the section starts (0 when absent)
 * @param accelerator      flat view trailing tag ({@code KVM}, 2019-era {@code kvm}), null when absent
 * @param ownerSuffix      {@code -o} suffix ({@code owner:{dev id=...}}, {@code orphan}), empty when absent
 */
public record MtreeEntry(int line, int depth, long start, long last, Integer prio, boolean nonVolatile,
                         String typeWord, MtreeRegionType type, String name, String aliasTarget,
                         long aliasOffsetStart, long aliasOffsetLast, long offsetInRegion, boolean disabled,
                         boolean overflow, String accelerator, String ownerSuffix) {
    public MtreeEntry {
        Objects.requireNonNull(typeWord, "typeWord");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ownerSuffix, "ownerSuffix");
    }

    public boolean isAlias() {
        return aliasTarget != null;
    }

    /** The printed priority, or 0 (QEMU's default) when the line has none. */
    public int priorityOrDefault() {
        return prio == null ? 0 : prio;
    }

    @Override
    public String toString() {
        return Address.hex16(start) + "-" + Address.hex16(last) + " " + typeWord + " " + name
                + (isAlias() ? " -> " + aliasTarget : "");
    }
}
