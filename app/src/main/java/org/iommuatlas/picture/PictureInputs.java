package org.iommuatlas.picture;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.GuestRegion;
import org.iommuatlas.model.HostDevice;
import org.iommuatlas.model.HostMemoryKind;
import org.iommuatlas.model.HostMemoryRange;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.HostPlatform;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.model.Sizes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns model objects into picture items and connectors (REFERENCE §1, §2.1 "Draw / highlight"):
 * guest RAM banks and fixed regions in the GPA lane; QEMU's DMA maps and the host IOMMU reserved
 * regions in the IOVA lane; host memory, identity targets and the interrupt remapper in the HPA
 * lane. Guest RAM is never drawn as a block in HPA: its pinned pages are scattered, so a
 * {@link ConnectorStyle#RAM_BACKING} band joins each bank to host System RAM as a whole.
 *
 * <p>Conflicts come from the analysis as {@link Highlight}s; this class does not judge.
 */
public final class PictureInputs {
    /** x86 hardware MSI window (REFERENCE §1.4). */
    static final long X86_MSI_START = 0xfee00000L;

    private PictureInputs() {
    }

    /** A whole scenario: its guest, the host groups it uses, QEMU's maps, and the analysis highlights. */
    public static PictureInput from(Scenario scenario, List<DmaMap> maps, List<Highlight> highlights) {
        PictureInput.Builder b = PictureInput.builder()
                .title(scenario.title())
                .subtitle(subtitle(scenario));
        List<Highlight> errors = highlights.stream().filter(h -> h.severity() == Severity.ERROR).toList();
        b.items(guestItems(scenario.guest()));
        b.items(dmaItems(maps, errors));
        HostModel host = relevantHost(scenario);
        HostPicture hostPicture = hostPicture(scenario, host);
        b.items(hostPicture.items());
        b.connectors(hostPicture.connectors());
        if (!scenario.guest().viommu()) {
            b.connectors(gpaToIova(maps));
        }
        b.connectors(ramBacking(scenario.guest(), host));
        b.highlights(highlights);
        if (!errors.isEmpty()) {
            b.status(errors.get(0).text(), Severity.ERROR);
        }
        return b.build();
    }

    /** Only the guest's GPA lane. */
    /** The host's part of a picture: it depends on the host and the assigned devices only. */
    private record HostPicture(HostModel host, List<String> devices, List<Item> items,
                               List<Connector> connectors) {
    }

    /** The last host picture made: a drag or an edit changes the guest, and the host's items stay. */
    private static HostPicture lastHostPicture;

    /**
     * The host items and connectors for {@code scenario}, reused while the host model (the same
     * instance: models are immutable) and the assigned devices stay the same: with 100,000 host
     * regions, building them again took most of the time of committing a drag.
     */
    private static synchronized HostPicture hostPicture(Scenario scenario, HostModel relevant) {
        HostPicture last = lastHostPicture;
        if (last != null && last.host() == scenario.host() && last.devices().equals(scenario.assignedDevices())) {
            return last;
        }
        // In the order the picture's index sorts each lane (start, then the larger range first;
        // stable), so that indexing a new picture after a guest edit finds them in order and
        // only merges the guest's few items in, instead of sorting 100,000 host items again.
        List<Item> items = new ArrayList<>(hostItems(relevant));
        items.sort((a, b) -> {
            int c = Long.compareUnsigned(a.start(), b.start());
            return c != 0 ? c : Long.compareUnsigned(b.last(), a.last());
        });
        HostPicture made = new HostPicture(scenario.host(), scenario.assignedDevices(),
                List.copyOf(items), List.copyOf(hostConnectors(relevant)));
        lastHostPicture = made;
        return made;
    }

    public static PictureInput from(GuestLayout guest) {
        return PictureInput.builder().title("Guest " + guest.machine()).items(guestItems(guest)).build();
    }

    /** Only the host: reserved regions in IOVA, memory and identity targets in HPA. */
    public static PictureInput from(HostModel host) {
        return PictureInput.builder().title("Host (" + host.platform().label() + ")").items(hostItems(host))
                .connectors(hostConnectors(host)).build();
    }

    /** Only QEMU's DMA maps in the IOVA lane. */
    public static PictureInput from(List<DmaMap> maps) {
        return PictureInput.builder().title("DMA maps").items(dmaItems(maps, List.of())).build();
    }

    /** Item id of a RAM bank, so the view can map a hit back to the bank it drags. */
    public static String bankItemId(String bankId) {
        return "bank:" + bankId;
    }

    /** The bank id of a RAM-bank item id, or null when the id is not a bank's. */
    public static String bankIdOf(String itemId) {
        return itemId != null && itemId.startsWith("bank:") ? itemId.substring(5) : null;
    }

    public static List<Item> guestItems(GuestLayout guest) {
        List<Item> out = new ArrayList<>();
        for (RamBank bank : guest.banks()) {
            String label = bank.memoryRegion() + "  " + Sizes.exact(bank.size());
            String tip = "RAM bank " + bank.id() + " (" + bank.memoryRegion() + ")\n"
                    + PictureText.rangeLine(bank.start(), bank.last()) + "\nfrom " + bank.source();
            out.add(new Item(bankItemId(bank.id()), Lane.GPA, bank.start(), bank.last(), Style.RAM_BANK, label, tip,
                    List.of(bank.id())));
        }
        Set<String> ids = new HashSet<>();
        for (GuestRegion r : guest.regions()) {
            String id = unique(ids, "guest:" + r.name() + "@" + Address.hex(r.start()));
            String tip = r.name() + " (" + r.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")\n"
                    + PictureText.rangeLine(r.start(), r.last()) + "\nfrom " + r.source();
            out.add(new Item(id, Lane.GPA, r.start(), r.last(), guestStyle(r), r.name(), tip, List.of()));
        }
        return out;
    }

    static Style guestStyle(GuestRegion r) {
        return switch (r.kind()) {
            case ROM, FLASH -> Style.ROM;
            case INTERRUPT_CONTROLLER -> Style.INTERRUPT_CONTROLLER;
            case PCI_WINDOW, DEVICE_MEMORY -> Style.PCI_WINDOW;
            case MMIO, PCI_ECAM, RESERVED, RAM_DEVICE -> Style.MMIO;
        };
    }

    /**
     * DMA maps in the IOVA lane; a map meeting an ERROR highlight in the IOVA lane is drawn as the
     * failing map.
     */
    public static List<Item> dmaItems(List<DmaMap> maps, List<Highlight> errors) {
        List<Item> out = new ArrayList<>();
        int n = 0;
        for (DmaMap m : maps) {
            boolean fails = errors.stream().anyMatch(h -> h.lane() == Lane.IOVA
                    && org.iommuatlas.model.AddressRange.overlaps(h.start(), h.last(), m.iova(), m.last()));
            String label = m.regionName() + "  " + Sizes.approx(m.size()); // exact size in the tooltip
            String tip = "VFIO DMA map " + m + (m.readOnly() ? " (read-only)" : "") + "\n"
                    + PictureText.rangeLine(m.iova(), m.last())
                    + (fails ? "\nthe kernel refuses this map: vfio_dma_map(..., " + Address.hex(m.iova()) + ", "
                    + Address.hex(m.size()) + ", ...) = -22" : "");
            List<String> refs = m.bankId() == null ? List.of() : List.of(m.bankId());
            out.add(new Item("map:" + (n++), Lane.IOVA, m.iova(), m.last(), fails ? Style.FAILED_MAP : Style.DMA_MAP,
                    label, tip, refs));
        }
        return out;
    }

    /**
     * The host in the IOVA and HPA lanes. Reserved regions reported by several groups are drawn
     * once, their tooltip naming every group. Identity regions appear in both lanes; x86 hardware
     * MSI windows get the interrupt remapper in HPA.
     */
    public static List<Item> hostItems(HostModel host) {
        List<Item> out = new ArrayList<>();
        for (Merged m : mergeRegions(host)) {
            ReservedRegion r = m.region;
            Style style = reservedStyle(r.type());
            String label = regionLabel(r, host.platform());
            String tip = label + "\n" + PictureText.rangeLine(r.start(), r.last()) + "\n" + m.describeGroups()
                    + "\nfrom " + r.source();
            out.add(new Item(m.id, Lane.IOVA, r.start(), r.last(), style, label, tip, List.of()));
            if (r.type().isIdentityMap()) {
                out.add(new Item(m.id + ":hpa", Lane.HPA, r.start(), r.last(), style, label + " (identity)", tip,
                        List.of()));
            } else if (isX86Msi(r, host.platform())) {
                out.add(new Item(m.id + ":remap", Lane.HPA, r.start(), r.last(), Style.INTERRUPT_REMAP,
                        "interrupt remapping", "MSI writes in " + PictureText.rangeLine(r.start(), r.last())
                        + " are interrupt messages handled by the IOMMU's interrupt-remapping unit, not memory",
                        List.of()));
            }
        }
        Set<String> ids = new HashSet<>();
        for (HostMemoryRange mr : host.memory()) {
            if (mr.depth() > 0) {
                continue; // nested iomem detail (Kernel code, device claims) would only clutter the lane
            }
            String id = unique(ids, "host:" + mr.name() + "@" + Address.hex(mr.start()));
            String tip = mr.name() + "\n" + PictureText.rangeLine(mr.start(), mr.last()) + "\nfrom " + mr.source();
            out.add(new Item(id, Lane.HPA, mr.start(), mr.last(), hostStyle(mr), mr.name(), tip, List.of()));
        }
        return out;
    }

    /** Connectors that belong to the host alone: identity maps, MSI to remapper, SW MSI to ITS. */
    public static List<Connector> hostConnectors(HostModel host) {
        List<Connector> out = new ArrayList<>();
        HostMemoryRange its = host.memory().stream()
                .filter(m -> m.name().toLowerCase(Locale.ROOT).contains("its")).findFirst().orElse(null);
        for (Merged m : mergeRegions(host)) {
            ReservedRegion r = m.region;
            if (r.type() == ReservedType.DIRECT) {
                out.add(Connector.same(m.id + ":link", Lane.IOVA, Lane.HPA, r.start(), r.last(), ConnectorStyle.IDENTITY));
            } else if (r.type() == ReservedType.DIRECT_RELAXABLE) {
                out.add(Connector.same(m.id + ":link", Lane.IOVA, Lane.HPA, r.start(), r.last(),
                        ConnectorStyle.IDENTITY_RELAXABLE));
            } else if (isX86Msi(r, host.platform())) {
                out.add(Connector.same(m.id + ":link", Lane.IOVA, Lane.HPA, r.start(), r.last(),
                        ConnectorStyle.MSI_TO_REMAPPER));
            } else if (r.type() == ReservedType.SW_MSI && its != null) {
                out.add(new Connector(m.id + ":link", Lane.IOVA, r.start(), r.last(), Lane.HPA, its.start(), its.last(),
                        ConnectorStyle.SW_MSI_TO_ITS, "ITS doorbell"));
            }
        }
        return out;
    }

    /** IOVA = GPA: one band per DMA map (only without a vIOMMU). */
    public static List<Connector> gpaToIova(List<DmaMap> maps) {
        List<Connector> out = new ArrayList<>();
        int n = 0;
        for (DmaMap m : maps) {
            out.add(Connector.same("gpa-iova:" + (n++), Lane.GPA, Lane.IOVA, m.iova(), m.last(),
                    ConnectorStyle.GPA_TO_IOVA));
        }
        return out;
    }

    /**
     * Each RAM bank to host System RAM as a whole: the pinned pages are scattered there, so the
     * band ends on the whole span of System RAM, never on a block of the bank's size. None when
     * the host memory map is unknown.
     */
    public static List<Connector> ramBacking(GuestLayout guest, HostModel host) {
        Long first = null;
        long last = 0;
        for (HostMemoryRange m : host.memory()) {
            if (m.kind() == HostMemoryKind.SYSTEM_RAM && m.depth() == 0) {
                first = first == null ? m.start() : Address.min(first, m.start());
                last = Address.max(last, m.last());
            }
        }
        List<Connector> out = new ArrayList<>();
        if (first == null) {
            return out;
        }
        for (RamBank bank : guest.banks()) {
            out.add(new Connector("backing:" + bank.id(), Lane.GPA, bank.start(), bank.last(), Lane.HPA, first, last,
                    ConnectorStyle.RAM_BACKING, "pinned pages, scattered"));
        }
        return out;
    }

    static Style reservedStyle(ReservedType type) {
        return switch (type) {
            case DIRECT -> Style.DIRECT;
            case DIRECT_RELAXABLE -> Style.DIRECT_RELAXABLE;
            case RESERVED -> Style.RESERVED;
            case MSI -> Style.MSI;
            case SW_MSI -> Style.SW_MSI;
        };
    }

    static Style hostStyle(HostMemoryRange m) {
        String name = m.name().toLowerCase(Locale.ROOT);
        if (name.contains("its")) {
            return Style.ITS_PAGE;
        }
        return switch (m.kind()) {
            case SYSTEM_RAM, PERSISTENT -> Style.HOST_RAM;
            case RESERVED, ACPI, OTHER -> Style.HOST_RESERVED;
            case PCI_WINDOW -> Style.PCI_WINDOW;
            case LAPIC, IOAPIC -> Style.INTERRUPT_CONTROLLER;
            case IOMMU_UNIT -> Style.MMIO;
            case ROM -> Style.ROM;
        };
    }

    /** The label REFERENCE §2.1 asks for: x86 MSI says "interrupt remapping", an inferred SW_MSI says so. */
    static String regionLabel(ReservedRegion r, HostPlatform platform) {
        if (isX86Msi(r, platform)) {
            return "msi / interrupt remapping";
        }
        if (r.type() == ReservedType.SW_MSI) {
            return r.typeInferred() ? "msi (SW window, inferred)" : "sw-msi window";
        }
        return r.reportedAs();
    }

    static boolean isX86Msi(ReservedRegion r, HostPlatform platform) {
        if (r.type() != ReservedType.MSI) {
            return false;
        }
        boolean x86 = platform == HostPlatform.INTEL || platform == HostPlatform.AMD;
        return x86 || (platform == HostPlatform.UNKNOWN && r.start() == X86_MSI_START);
    }

    /** The host restricted to the groups of the assigned devices (all groups when none are named or found). */
    static HostModel relevantHost(Scenario scenario) {
        HostModel host = scenario.host();
        if (scenario.assignedDevices().isEmpty()) {
            return host;
        }
        Set<Integer> groups = new TreeSet<>();
        for (HostDevice d : host.devices()) {
            if (scenario.assignedDevices().contains(d.name())) {
                groups.add(d.group());
            }
        }
        if (groups.isEmpty()) {
            return host;
        }
        return host.withRegions(host.regions().stream()
                .filter(r -> !r.hasGroup() || groups.contains(r.group())).toList());
    }

    private static String subtitle(Scenario s) {
        GuestLayout g = s.guest();
        String spec = g.spec().isEmpty() ? g.machine() : g.spec();
        String mode = g.viommu() ? "guest has a vIOMMU: IOVA is chosen by the guest, not GPA"
                : "no vIOMMU: IOVA = GPA";
        return "guest " + spec + " (" + Sizes.exact(g.totalRam()) + " RAM); host IOMMU " + s.host().platform().label()
                + "; " + mode;
    }

    private static String unique(Set<String> ids, String id) {
        String candidate = id;
        int n = 2;
        while (!ids.add(candidate)) {
            candidate = id + "#" + (n++);
        }
        return candidate;
    }

    /** One reserved range as drawn: the first region seen plus every group that reports the same range and type. */
    private static final class Merged {
        final String id;
        final ReservedRegion region;
        final Set<Integer> groups = new TreeSet<>();

        Merged(ReservedRegion region) {
            this.region = region;
            this.id = "resv:" + region.type().word() + "@" + Address.hex(region.start()) + "-" + Address.hex(region.last());
        }

        String describeGroups() {
            return groups.isEmpty() ? "group not known" : (groups.size() == 1 ? "group " : "groups ") + groups;
        }
    }

    private static List<Merged> mergeRegions(HostModel host) {
        Map<String, Merged> merged = new LinkedHashMap<>();
        for (ReservedRegion r : host.regions()) {
            String key = r.type() + ":" + r.start() + ":" + r.last();
            Merged m = merged.computeIfAbsent(key, k -> new Merged(r));
            if (r.hasGroup()) {
                m.groups.add(r.group());
            }
        }
        return List.copyOf(merged.values());
    }
}
