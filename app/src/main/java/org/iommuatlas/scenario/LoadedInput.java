package org.iommuatlas.scenario;

import org.iommuatlas.format.guest.QemuErrorLog;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.Scenario;

import java.util.List;

/**
 * What one input file, directory or paste contributed: a host part, a guest layout, devices the
 * guest assigns, QEMU error lines to explain, or a whole scenario. Fields it does not carry are null.
 *
 * @param format a short name of the detected format, for messages ("sysfs reserved_regions")
 */
public record LoadedInput(String source, String format, HostModel host, GuestLayout guest,
                          List<String> assignedDevices, QemuErrorLog errors, Scenario scenario,
                          List<String> warnings) {
    public LoadedInput {
        assignedDevices = List.copyOf(assignedDevices);
        warnings = List.copyOf(warnings);
    }

    static LoadedInput host(String source, String format, HostModel host, List<String> warnings) {
        return new LoadedInput(source, format, host, null, List.of(), null, null, warnings);
    }

    static LoadedInput guest(String source, String format, GuestLayout guest, List<String> assigned,
                             List<String> warnings) {
        return new LoadedInput(source, format, null, guest, assigned, null, null, warnings);
    }
}
