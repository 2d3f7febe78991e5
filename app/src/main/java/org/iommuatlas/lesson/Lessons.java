package org.iommuatlas.lesson;

import static org.iommuatlas.lesson.LessonChecks.bankStartsAt;
import static org.iommuatlas.lesson.LessonChecks.bankStartsAtOrAbove;
import static org.iommuatlas.lesson.LessonChecks.noBankOverlaps;
import static org.iommuatlas.lesson.LessonChecks.noFailingMap;
import static org.iommuatlas.lesson.LessonChecks.ramAtLeast;
import static org.iommuatlas.lesson.LessonChecks.unassignable;

import java.util.List;
import java.util.Optional;

import org.iommuatlas.model.ReservedType;
import org.iommuatlas.model.Sizes;

/**
 * The guided scenarios of the Lessons menu, each built on a packaged sample. Numbers in the texts
 * are the samples' and REFERENCE.md's; the checks are what the texts promise.
 */
public final class Lessons {
    private static final long MIB = Sizes.MIB;
    private static final long GIB = Sizes.GIB;
    private static final long TIB = Sizes.TIB;

    private static final List<Lesson> ALL = List.of(aarch64OnX86(), rmrrExclusion(), relaxableRmrrs(),
            amdOneTibHole(), s390DmaWindow(), armItsTwoStage());

    private Lessons() {
    }

    public static List<Lesson> all() {
        return ALL;
    }

    public static Optional<Lesson> find(String name) {
        return ALL.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /** The lesson names, for messages: "aarch64-on-x86, rmrr-exclusion, ...". */
    public static String names() {
        return String.join(", ", ALL.stream().map(Lesson::name).toList());
    }

    static Lesson aarch64OnX86() {
        return new Lesson("aarch64-on-x86", "An Arm guest on an x86 host: the MSI window",
                "aarch64-guest-on-amd-host-fails-at-4g.json", List.of(
                LessonStep.read("The failure",
                        "An aarch64 'virt' guest with 4 GiB runs on an AMD host. QEMU puts all of its RAM at"
                                + " 0x40000000 as one block, and maps it for the device at IOVA = GPA. The host"
                                + " IOMMU reserves 0xfee00000-0xfeefffff for MSI, so the one DMA map"
                                + " (0x40000000, 0x100000000) is refused with -22.")
                        .showing(0x40000000L, 0x13fffffffL).tracing(0xfee00000L),
                LessonStep.read("What a DMA into that RAM meets",
                        "Trace a write to 0x40000000: the address is perfectly ordinary RAM, yet nothing is"
                                + " mapped, because the kernel refuses the whole map that would cover it.")
                        .tracing(0x40000000L),
                LessonStep.read("Move the bank",
                        "Drag the RAM bank, keeping its 4 GiB, until the conflict disappears.")
                        .withTask("Drag the RAM bank (keep all 4 GiB) until no DMA map fails.",
                                (s, r) -> noFailingMap(r) && ramAtLeast(s, 4 * GIB),
                                "Done! Above the MSI window the whole 4 GiB maps. Real QEMU cannot move virt's"
                                        + " RAM, though: see the next step."),
                LessonStep.read("What QEMU really allows",
                        "'virt' always starts RAM at 0x40000000. Put the bank back there and shrink it: at most"
                                + " 3054 MiB (0xbee00000) ends below 0xfee00000.")
                        .showing(0x40000000L, 0xfeefffffL)
                        .withTask("Put the bank back at 0x40000000 and shrink it until it fits, keeping at"
                                        + " least 3000 MiB.",
                                (s, r) -> noFailingMap(r) && bankStartsAt(s, "ram", 0x40000000L)
                                        && ramAtLeast(s, 3000 * MIB),
                                "Done! That is 'qemu-system-aarch64 -M virt -m 3054M' on this host.")));
    }

    static Lesson rmrrExclusion() {
        return new Lesson("rmrr-exclusion", "RMRRs: identity maps, exclusion and isolation",
                "hp-microserver-rmrr-device-unassignable.json", List.of(
                LessonStep.read("Firmware identity maps",
                        "The HP MicroServer's firmware asks for three identity maps (RMRRs) for 0000:07:00.0:"
                                + " 0xe8000, 0xf4000 and 0xd5f7e000-0xd5f94fff, IOVA = HPA, reported as"
                                + " 'direct'. Linux refuses to hand such a device to VFIO.")
                        .showing(0x0L, 0xfffffL).tracing(0xe8000L),
                LessonStep.read("Layout cannot fix it",
                        "Move the low RAM off the RMRRs and watch the device's verdict.")
                        .withTask("Drag the guest RAM so that no bank overlaps an RMRR.",
                                (s, r) -> noBankOverlaps(s, ReservedType.DIRECT) && unassignable(r, "0000:07:00.0"),
                                "Done! No RAM touches an RMRR, yet 0000:07:00.0 is still unassignable: a"
                                        + " 'direct' region refuses the device on any layout."),
                LessonStep.read("Shared ranges and isolation",
                        "In the 2015 RMRR whitepaper four devices in two groups share identity-mapped ranges:"
                                + " each can reach the same host memory, so they are not isolated from one"
                                + " another, and assigning 0000:01:00.1 fails because its group holds RMRR"
                                + " devices.")
                        .onSample("rmrr-shared-by-four-devices-not-isolated.json")
                        .showing(0xbdf7f000L, 0xbdffcfffL)));
    }

    static Lesson relaxableRmrrs() {
        return new Lesson("relaxable-rmrrs", "Relaxable RMRRs: USB and GPU",
                "intel-relaxable-usb-and-gpu-rmrrs.json", List.of(
                LessonStep.read("Relaxable identity maps",
                        "Since Linux 5.3 RMRRs of USB controllers and graphics devices are 'direct-relaxable':"
                                + " the identity map lives in the host's own domain and is dropped while the"
                                + " device is assigned. Guest RAM may cover them; a DMA there lands in guest"
                                + " RAM, not in the firmware's buffer.")
                        .showing(0x7b800000L, 0xdbeb6fffL).tracing(0xdbea8000L),
                LessonStep.read("Keep clear anyway",
                        "USB legacy emulation or GPU stolen memory may still be expected by the guest's"
                                + " firmware. Shrink the low RAM until it covers neither RMRR.")
                        .withTask("Shrink the low RAM bank below 0x7b800000, keeping at least 1 GiB.",
                                (s, r) -> noBankOverlaps(s, ReservedType.DIRECT_RELAXABLE) && ramAtLeast(s, GIB)
                                        && noFailingMap(r),
                                "Done! Both relaxable RMRRs are outside guest RAM.")));
    }

    static Lesson amdOneTibHole() {
        return new Lesson("amd-1tib-hole", "The AMD 1 TiB hole", "q35-1tib-amd-host-without-relocation.json",
                List.of(
                LessonStep.read("The HyperTransport hole",
                        "AMD IOMMUs reserve 0xfd00000000-0xffffffffff (12 GiB just below 1 TiB). A 1 TiB q35"
                                + " guest on machine type 7.0 puts its high RAM from 4 GiB, right through it.")
                        .showing(0xfd00000000L, 0xffffffffffL).tracing(0xfd00000000L),
                LessonStep.read("Relocate",
                        "From machine type 7.1, with an AMD vCPU, QEMU moves the high RAM to 1 TiB.")
                        .withTask("Drag the above-4G bank past the hole, to 1 TiB, as machine type 7.1 does.",
                                (s, r) -> noFailingMap(r) && bankStartsAtOrAbove(s, "ram-above-4g", TIB)
                                        && ramAtLeast(s, TIB),
                                "Done! That is the 7.1 relocation: 4 GiB to 1 TiB stays empty and the guest"
                                        + " needs at least 41 physical address bits.")));
    }

    static Lesson s390DmaWindow() {
        return new Lesson("s390-dma-window", "s390: the DMA window", "s390-reserved-below-dma-window.json",
                List.of(
                LessonStep.read("Reserved below the window",
                        "The s390 IOMMU driver reports the IOVAs below the device's DMA window (start_dma) as"
                                + " 'reserved' instead of shrinking the aperture. Here start_dma is 4 GiB, so"
                                + " RAM from 0 fails its first DMA map.")
                        .showing(0x0L, 0xffffffffL).tracing(0x1000L),
                LessonStep.read("Into the window",
                        "Only IOVAs from start_dma to the 4 TiB aperture end can be mapped.")
                        .withTask("Move the RAM bank into the DMA window (at or above 4 GiB), keeping 2 GiB.",
                                (s, r) -> noFailingMap(r) && ramAtLeast(s, 2 * GIB),
                                "Done! Every DMA map lies inside the window.")));
    }

    static Lesson armItsTwoStage() {
        return new Lesson("arm-its-two-stage", "Arm: the SW_MSI window and the ITS doorbell",
                "arm-host-sw-msi-window-arm-guest-its-clean.json", List.of(
                LessonStep.read("The SW_MSI window",
                        "The Arm SMMU translates MSI writes like any DMA, so the kernel maps the GIC ITS"
                                + " doorbell into a software MSI window at 0x8000000 (1 MiB). An Arm guest's own"
                                + " ITS sits at GPA 0x08080000, inside it, but that is guest MMIO, never"
                                + " DMA-mapped, and its RAM starts at 0x40000000. Trace 0x8000000: the doorbell"
                                + " page the kernel mapped at the window's start.")
                        .showing(0x8000000L, 0x80fffffL).tracing(0x8000000L),
                LessonStep.read("Two stages (nested)",
                        "With a guest vIOMMU (2023 'RMRR device on non-Intel platform' thread): the guest"
                                + " programs an MSI address for its ITS page 0x08080000 at stage 1; QEMU traps"
                                + " it; iommufd has mapped the real ITS doorbell at 0x8000000 in stage 2 and the"
                                + " host programs that. The thread proposed mapping the guest's 0x08080000 at"
                                + " stage 2 straight to the real ITS instead. Trace 0x08080000: without that, the"
                                + " guest's ITS address is just an unmapped page of the window.")
                        .showing(0x8000000L, 0x80fffffL).tracing(0x08080000L),
                LessonStep.read("An x86 guest on the same host",
                        "A q35 guest keeps low RAM from 0 to 2 GiB, right over the SW_MSI window.")
                        .onSample("arm-host-sw-msi-window-x86-guest-conflict.json").tracing(0x8000000L)
                        .withTask("Shrink the low RAM until it stays below the SW_MSI window at 0x8000000.",
                                (s, r) -> noFailingMap(r) && ramAtLeast(s, 64 * MIB),
                                "Done! At most 128 MiB of low RAM fits below the window.")));
    }
}
