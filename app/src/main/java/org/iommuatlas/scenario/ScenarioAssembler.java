package org.iommuatlas.scenario;

import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.model.ViewSettings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Builds one scenario from several inputs: an optional base scenario, host parts (merged: sysfs
 * regions, a dmesg e820 map and an iomem file describe the same host), and a guest (the last
 * guest input wins; its assigned devices are added). Host or guest inputs replace the base
 * scenario's host or guest.
 */
public final class ScenarioAssembler {
    private Scenario base;
    private HostModel host;
    private GuestLayout guest;
    private final LinkedHashSet<String> assigned = new LinkedHashSet<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();

    public ScenarioAssembler base(Scenario scenario) {
        this.base = scenario;
        return this;
    }

    public ScenarioAssembler add(LoadedInput input) {
        sources.add(input.source());
        for (String w : input.warnings()) {
            warnings.add(input.source() + ": " + w);
        }
        if (input.scenario() != null) {
            base = input.scenario();
        }
        if (input.host() != null) {
            host = host == null ? input.host() : host.mergedWith(input.host());
        }
        if (input.guest() != null) {
            guest = input.guest();
        }
        assigned.addAll(input.assignedDevices());
        return this;
    }

    public ScenarioAssembler guest(GuestLayout layout) {
        this.guest = layout;
        return this;
    }

    public ScenarioAssembler assign(List<String> devices) {
        assigned.addAll(devices);
        return this;
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * The assembled scenario.
     *
     * @throws ParseException when no input gave a host or no input gave a guest
     */
    public Scenario build() throws ParseException {
        // Inputs given beside a scenario replace its host or guest: "this scenario's guest on that host".
        HostModel h = host != null ? host : base != null ? base.host() : null;
        GuestLayout g = guest != null ? guest : base != null ? base.guest() : null;
        if (h == null) {
            throw new ParseException("<inputs>", 0, "no host given: pass --host with a reserved_regions file, an"
                    + " iommu_groups directory, dmesg or an iasl dump, or --live for this machine");
        }
        if (g == null) {
            throw new ParseException("<inputs>", 0, "no guest given: pass --guest with a spec such as virt:ram=4G,"
                    + " or a libvirt XML, QEMU command line or info mtree file");
        }
        List<String> devices = new ArrayList<>(base != null ? base.assignedDevices() : List.of());
        for (String d : assigned) {
            if (!devices.contains(d)) {
                devices.add(d);
            }
        }
        String title = base != null ? base.title() : String.join(" + ", sources);
        String description = base != null ? base.description() : "";
        ViewSettings view = base != null ? base.view() : ViewSettings.DEFAULT;
        return new Scenario(title.isEmpty() ? "Untitled" : title, description, h, g, devices, view);
    }
}
