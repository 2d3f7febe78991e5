package org.iommuatlas.format.guest;

import java.util.Objects;

/**
 * A PCI device assigned to the guest ({@code <hostdev mode='subsystem' type='pci'>}).
 *
 * @param hostAddress  the host device from {@code <source><address .../>}, as sysfs names it ({@code 0000:01:00.0})
 * @param guestAddress the guest slot from the outer {@code <address type='pci' .../>}, null when libvirt has not assigned one
 * @param managed      {@code managed='yes'}: libvirt rebinds the device to vfio-pci itself
 * @param line         line of the {@code <hostdev>} start tag
 */
public record LibvirtHostdev(String hostAddress, String guestAddress, boolean managed, int line) {
    public LibvirtHostdev {
        Objects.requireNonNull(hostAddress, "hostAddress");
    }
}
