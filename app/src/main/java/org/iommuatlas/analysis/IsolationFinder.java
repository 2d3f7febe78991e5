package org.iommuatlas.analysis;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.ReservedRegion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds devices of different groups that share identity-mapped memory (REFERENCE §1.3 and the
 * RMRR whitepaper's section on shared RMRRs): a shared physical range between two devices means
 * they are not isolated from one another, and sharing is transitive — if one of them shares
 * another range with a third device, all three form one non-isolated set.
 *
 * <p>Sort + sweep: identity regions sorted by start fall into clusters of overlapping ranges;
 * every member of a cluster is tied to the others (union-find), and a device in two clusters
 * ties the clusters together. O(n log n).
 */
public final class IsolationFinder {
    private IsolationFinder() {
    }

    public static List<IsolationSet> find(List<ReservedRegion> regions) {
        List<ReservedRegion> identity = new ArrayList<>();
        for (ReservedRegion r : regions) {
            if (r.type().isIdentityMap() && (r.hasGroup() || !r.devices().isEmpty())) {
                identity.add(r);
            }
        }
        identity.sort(ReservedIndex.KERNEL_ORDER);

        Map<String, Integer> ids = new HashMap<>();
        Map<Integer, List<String>> groupLabels = new HashMap<>();
        Map<String, Integer> groupOfMember = new HashMap<>();
        List<Integer> parent = new ArrayList<>();
        List<AddressRange> clusterRanges = new ArrayList<>();
        List<Integer> clusterRoot = new ArrayList<>();

        int i = 0;
        while (i < identity.size()) {
            long clusterStart = identity.get(i).start();
            long clusterLast = identity.get(i).last();
            int first = -1;
            int j = i;
            while (j < identity.size() && (j == i || Address.lessOrEqual(identity.get(j).start(), clusterLast))) {
                ReservedRegion r = identity.get(j);
                clusterLast = Address.max(clusterLast, r.last());
                for (String member : membersOf(r, groupLabels)) {
                    int id = ids.computeIfAbsent(member, m -> {
                        parent.add(parent.size());
                        return parent.size() - 1;
                    });
                    groupOfMember.putIfAbsent(member, r.group());
                    if (first < 0) {
                        first = id;
                    } else {
                        union(parent, first, id);
                    }
                }
                j++;
            }
            if (first >= 0 && j - i > 1) {
                clusterRanges.add(AddressRange.of(clusterStart, clusterLast));
                clusterRoot.add(first);
            }
            i = j;
        }

        Map<Integer, TreeSet<String>> membersByRoot = new TreeMap<>();
        for (Map.Entry<String, Integer> e : ids.entrySet()) {
            membersByRoot.computeIfAbsent(find(parent, e.getValue()), k -> new TreeSet<>()).add(e.getKey());
        }
        List<IsolationSet> out = new ArrayList<>();
        for (Map.Entry<Integer, TreeSet<String>> e : membersByRoot.entrySet()) {
            TreeSet<Integer> groups = new TreeSet<>();
            for (String m : e.getValue()) {
                int g = groupOfMember.get(m);
                if (g != ReservedRegion.NO_GROUP) {
                    groups.add(g);
                }
            }
            if (groups.size() < 2) {
                continue;
            }
            List<AddressRange> shared = new ArrayList<>();
            for (int c = 0; c < clusterRanges.size(); c++) {
                if (find(parent, clusterRoot.get(c)) == e.getKey()) {
                    shared.add(clusterRanges.get(c));
                }
            }
            out.add(new IsolationSet(List.copyOf(e.getValue()), List.copyOf(groups), shared));
        }
        return out;
    }

    /** The devices a region was reported for, or its group when it names none. */
    private static List<String> membersOf(ReservedRegion r, Map<Integer, List<String>> groupLabels) {
        return r.devices().isEmpty() ? groupLabels.computeIfAbsent(r.group(), g -> List.of("group " + g)) : r.devices();
    }

    private static int find(List<Integer> parent, int x) {
        while (parent.get(x) != x) {
            parent.set(x, parent.get(parent.get(x)));
            x = parent.get(x);
        }
        return x;
    }

    private static void union(List<Integer> parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent.set(Math.max(ra, rb), Math.min(ra, rb));
        }
    }
}
