package org.iommuatlas.analysis;

import org.iommuatlas.model.AddressRange;

import java.util.List;

/**
 * Devices of different IOMMU groups that share identity-mapped memory (directly or through a
 * chain of shared ranges), so none of them is isolated from the others (RMRR whitepaper: a
 * shared physical memory region between two devices may indicate they are not isolated).
 *
 * @param members device names, or {@code group <N>} where a region names no device
 * @param groups  the groups involved, ascending (always two or more)
 * @param shared  the identity-mapped ranges that tie them, merged, ascending
 */
public record IsolationSet(List<String> members, List<Integer> groups, List<AddressRange> shared) {
    public IsolationSet {
        members = List.copyOf(members);
        groups = List.copyOf(groups);
        shared = List.copyOf(shared);
    }
}
