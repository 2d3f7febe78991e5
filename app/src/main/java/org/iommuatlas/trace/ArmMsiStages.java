package org.iommuatlas.trace;

import java.util.List;

import org.iommuatlas.model.Address;

/**
 * The two stages of an MSI write on Arm with a nested (guest vIOMMU) setup, as traced in the 2023
 * linux-iommu thread "RMRR device on non-Intel platform" (Gunthorpe, Murphy, Chen): QEMU tells
 * the guest its ITS page is at IPA 0x08080000; iommufd maps the real ITS doorbell page into the
 * host's SW_MSI window at MSI_IOVA_BASE 0x8000000, in the IOMMU only; QEMU traps the guest's
 * MSI-X programming and the host sets the device up with the doorbell in that window. The thread
 * proposed, not merged at the time, that QEMU hand iommufd the guest's 0x08080000 so that stage 2
 * maps that IPA straight to the real ITS.
 */
public final class ArmMsiStages {
    /** The Arm {@code virt} guest's GIC ITS frame: GITS_TRANSLATER lives in its first page. */
    public static final long GUEST_ITS_PAGE = 0x08080000L;
    /** The Arm SMMU drivers' MSI_IOVA_BASE: start of the SW_MSI window. */
    public static final long SW_MSI_BASE = 0x8000000L;
    /** MSI_IOVA_LENGTH: 1 MiB. */
    public static final long SW_MSI_LENGTH = 0x100000L;

    private ArmMsiStages() {
    }

    /** The explanation steps, appended when an Arm guest's write meets the host's SW_MSI window. */
    static List<TraceStep> nestedSteps() {
        return List.of(
                TraceStep.at(Space.GPA, GUEST_ITS_PAGE, "guest stage 1 (guest vIOMMU, nested)", Outcome.NOTE,
                        "Nested on Arm: the guest believes its ITS page is at " + Address.hex(GUEST_ITS_PAGE)
                                + " (QEMU's ACPI/DT says so) and programs the device's MSI-X with a stage-1"
                                + " IOVA for it; QEMU traps that write and throws the guest's address away."),
                TraceStep.at(Space.IOVA, SW_MSI_BASE, "host stage 2: SW_MSI window", Outcome.NOTE,
                        "iommufd maps the real ITS doorbell page at MSI_IOVA_BASE " + Address.hex(SW_MSI_BASE)
                                + " in the IOMMU only, and the host programs the device with that IOVA; QEMU"
                                + " marks " + Address.hex(SW_MSI_BASE) + " 1:1 in the guest's vIOMMU (an RMR)."),
                TraceStep.unaddressed(Space.HPA, "stage 2 of the doorbell (2023 proposal)", Outcome.NOTE,
                        "Proposed in the thread: QEMU tells iommufd the guest's " + Address.hex(GUEST_ITS_PAGE)
                                + " and stage 2 maps that IPA to the real ITS page, so the guest's own stage-1"
                                + " MSI cookie works and no address is rewritten."));
    }
}
