package org.iommuatlas.format.host;

import java.util.Locale;

/** PCI device names as sysfs spells them ({@code 0000:00:14.0}), from ACPI table numbers. */
final class PciNames {
    private PciNames() {
    }

    static String name(int segment, int bus, int device, int function) {
        return String.format(Locale.ROOT, "%04x:%02x:%02x.%x", segment, bus, device, function);
    }

    /** An AMD DeviceId: bus << 8 | device << 3 | function (0x0060 = 00:0c.0). */
    static String fromDeviceId(int segment, int deviceId) {
        return name(segment, (deviceId >> 8) & 0xff, (deviceId >> 3) & 0x1f, deviceId & 0x7);
    }
}
