package org.iommuatlas.format.guest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PCI addresses as QEMU, libvirt and the kernel print them, normalised to the sysfs device name
 * {@code 0000:01:00.0} that {@code /sys/kernel/iommu_groups/<N>/devices/} uses, so a guest's
 * assigned device can be matched to its host group by plain string equality.
 */
final class PciAddresses {
    /** {@code [dddd:]bb:ss.f}, not glued to other hex digits, colons or dots (timestamps look alike). */
    static final Pattern BDF = Pattern.compile(
            "(?<![0-9A-Za-z:.])(?:([0-9a-fA-F]{4,8}):)?([0-9a-fA-F]{2}):([0-9a-fA-F]{2})\\.([0-7])(?![0-9A-Za-z])");

    private PciAddresses() {
    }

    /** {@code 01:00.0} or {@code 0000:01:00.0} (any case) as {@code 0000:01:00.0}; empty when it is not one. */
    static Optional<String> normalize(String text) {
        Matcher m = BDF.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(fromMatch(m));
    }

    static String fromMatch(Matcher m) {
        String domain = m.group(1) == null ? "0000" : m.group(1);
        return (domain + ":" + m.group(2) + ":" + m.group(3) + "." + m.group(4)).toLowerCase(Locale.ROOT);
    }

    /** Formats numeric parts the way sysfs names devices ({@code %04x:%02x:%02x.%x}). */
    static String format(int domain, int bus, int slot, int function) {
        return String.format(Locale.ROOT, "%04x:%02x:%02x.%x", domain, bus, slot, function);
    }
}
