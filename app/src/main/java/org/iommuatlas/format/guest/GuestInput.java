package org.iommuatlas.format.guest;

/** What any guest-side reader returns; {@link GuestInputs#parse} hands back one of these. */
public sealed interface GuestInput permits MtreeReadout, QemuErrorLog, LibvirtDomain, QemuCommandLine {
    GuestFormat format();
}
