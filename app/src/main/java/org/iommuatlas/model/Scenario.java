package org.iommuatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * One whole situation the tool shows: a host, a guest, which host devices are assigned, and the
 * view. What a scenario file holds and what the app edits.
 *
 * @param assignedDevices host device names passed through (empty: every group of the host is
 *                        taken as attached to the one container)
 */
public record Scenario(String title, String description, HostModel host, GuestLayout guest,
                       List<String> assignedDevices, ViewSettings view) {
    public Scenario {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(guest, "guest");
        assignedDevices = List.copyOf(assignedDevices);
        Objects.requireNonNull(view, "view");
    }

    public Scenario withGuest(GuestLayout g) {
        return new Scenario(title, description, host, g, assignedDevices, view);
    }

    public Scenario withHost(HostModel h) {
        return new Scenario(title, description, h, guest, assignedDevices, view);
    }

    public Scenario withView(ViewSettings v) {
        return new Scenario(title, description, host, guest, assignedDevices, v);
    }

    public Scenario withAssignedDevices(List<String> devices) {
        return new Scenario(title, description, host, guest, devices, view);
    }

    public Scenario withTitle(String t, String d) {
        return new Scenario(t, d, host, guest, assignedDevices, view);
    }
}
