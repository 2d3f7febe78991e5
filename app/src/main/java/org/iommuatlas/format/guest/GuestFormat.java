package org.iommuatlas.format.guest;

/** The guest-side inputs the tool reads. */
public enum GuestFormat {
    /** QEMU HMP {@code info mtree} or {@code info mtree -f}. */
    QEMU_MTREE,
    /** QEMU / libvirt / kernel log lines of a VFIO failure. */
    QEMU_ERROR,
    /** A libvirt domain XML ({@code virsh dumpxml}). */
    LIBVIRT_XML,
    /** A QEMU command line, as typed or as {@code ps} shows it. */
    QEMU_COMMAND_LINE
}
