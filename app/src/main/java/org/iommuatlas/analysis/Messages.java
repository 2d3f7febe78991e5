package org.iommuatlas.analysis;

import org.iommuatlas.model.Address;

/**
 * Every kernel and QEMU line the analysis predicts, in one place. Constants quote REFERENCE §4 /
 * §6 exactly (including the two spaces after "support." and "requirement."); methods fill in the
 * variable fields. Lines marked "described" are the tool's own words where no verbatim line is
 * known.
 */
public final class Messages {
    /** QEMU prints the container pointer and host virtual address; we cannot know them. */
    public static final String CONTAINER = "<container>";
    public static final String VADDR = "<vaddr>";

    public static final String INVALID_ARGUMENT = "Invalid argument";

    /** v6.6+ dmesg after the device's driver and BDF (REFERENCE §4 R3). */
    public static final String FIRMWARE_REQUESTED_IDENTITY =
            "Firmware has requested this device have a 1:1 IOMMU mapping, rejecting configuring the device "
                    + "without a 1:1 mapping. Contact your platform vendor.";
    /** Intel ≈ v3.17–v6.5 dmesg after the driver and BDF; two spaces after "requirement.". */
    public static final String RMRR_INELIGIBLE =
            "Device is ineligible for IOMMU domain attach due to platform RMRR requirement.  "
                    + "Contact your platform vendor.";
    /** QEMU after the Intel pre-6.6 -EPERM. */
    public static final String SET_IOMMU_NOT_PERMITTED = "vfio: failed to set iommu for container: Operation not permitted";
    /** type1 attach without interrupt remapping; two spaces after "support.". */
    public static final String NO_INTERRUPT_REMAPPING =
            "vfio_iommu_type1_attach_group: No interrupt remapping support.  Use the module param "
                    + "\"allow_unsafe_interrupts\" to enable VFIO IOMMU support on this platform";
    /** QEMU hint after "group N is not viable". */
    public static final String GROUP_NOT_VIABLE_HINT =
            "Please ensure all devices within the iommu_group are bound to their vfio bus driver.";
    /** Non-fatal warning for device-RAM (BAR) sections QEMU cannot map for peer-to-peer. */
    public static final String P2P_NOT_SUPPORTED = "PCI peer-to-peer transactions on BARs are not supported.";
    /** QEMU when a late (runtime) map fails. */
    public static final String RUNTIME_MAP_FAILED = "vfio: DMA mapping failed, unable to continue";
    /** dmesg for the locked-memory limit (-12). */
    public static final String MEMLOCK_EXCEEDED = "vfio_pin_pages_remote: RLIMIT_MEMLOCK (<n>) exceeded";

    /** What stops working when a relaxable identity map is dropped (REFERENCE §2.1, §3.2). */
    public static final String RELAXABLE_USB = "USB legacy (PS/2 keyboard/mouse) emulation by firmware";
    public static final String RELAXABLE_GPU = "GPU stolen memory / firmware framebuffer access";

    private Messages() {
    }

    /** {@code memory listener initialization failed: Region <mr>: vfio_dma_map(<container>, 0x.., 0x.., <vaddr>) = -22 (Invalid argument)}. */
    public static String mapFailure(QemuWording wording, String regionName, long iova, long size, int ret, String text) {
        return "memory listener initialization failed: Region " + regionName + ": " + mapCall(wording, iova, size, ret, text);
    }

    /** {@code vfio_dma_map(<container>, 0x.., 0x.., <vaddr>) = <ret> (<text>)}. */
    public static String mapCall(QemuWording wording, long iova, long size, int ret, String text) {
        return wording.function() + "(" + CONTAINER + ", " + Address.hex(iova) + ", " + Address.hex(size) + ", "
                + VADDR + ") = " + ret + " (" + text + ")";
    }

    /** v6.6+ dmesg for a RESV_DIRECT device: {@code <driver> <BDF>: Firmware has requested ...}. */
    public static String firmwareRequestedIdentity(String driver, String device) {
        return driver + " " + device + ": " + FIRMWARE_REQUESTED_IDENTITY;
    }

    /** v6.6+ QEMU line when the group cannot join the container. */
    public static String failedToSetGroupContainer(String device, String group) {
        return "vfio " + device + ": failed to setup container for group " + group
                + ": Failed to set group container: Invalid argument";
    }

    /** Intel pre-6.6 dmesg: {@code <driver> <BDF>: Device is ineligible ...}. */
    public static String rmrrIneligible(String driver, String device) {
        return driver + " " + device + ": " + RMRR_INELIGIBLE;
    }

    /** {@code vfio <BDF>: group <N> is not viable}. */
    public static String groupNotViable(String device, int group) {
        return "vfio " + device + ": group " + group + " is not viable";
    }

    /** {@code <device>: PCI peer-to-peer transactions on BARs are not supported.} */
    public static String p2pWarning(String device) {
        return device + ": " + P2P_NOT_SUPPORTED;
    }

    /** QEMU x86 when guest RAM passes the guest's phys-bits (REFERENCE §5.7). */
    public static String physBitsTooLow(long maxAddress, long used, int bits) {
        return "Address space limit " + Address.hex(maxAddress) + " < " + Address.hex(used) + " phys-bits too low ("
                + bits + ")";
    }

    /** QEMU Arm virt when RAM passes the address limit (REFERENCE §5.2). */
    public static String addressingLimited(int bits, long excessBytes) {
        return "Addressing limited to " + bits + " bits, but memory exceeds it by " + Long.toUnsignedString(excessBytes)
                + " bytes";
    }

    /** Described (no verbatim line): type1 refusing to attach a hot-added group. */
    public static String hotAddRefused(int group, String kernelCheck) {
        return "attach of group " + group + " to the container fails with -22 (Invalid argument) in " + kernelCheck
                + "; iommufd refuses the reservation with -98 (EADDRINUSE)";
    }

    /** Described: a relaxable region prints nothing. */
    public static final String RELAXABLE_NO_ERROR =
            "(no error: type1 keeps direct-relaxable ranges valid, iommufd skips them)";
    /** Described: overlapping RAM banks print nothing. */
    public static final String BANK_OVERLAP_NO_LINE =
            "(no QEMU line: overlapping RAM regions are resolved by priority)";
    /** Described: isolation is a judgement, not a kernel refusal. */
    public static final String ISOLATION_NO_LINE =
            "(no kernel line: isolation is judged from shared RMRR/IVMD ranges)";

    /** Described: type1 attach when the aperture minus reserved regions leaves nothing. */
    public static final String EMPTY_IOVA_LIST =
            "vfio_iommu_resv_exclude() leaves no valid IOVA range: group attach fails with -22 (Invalid argument)";
}
