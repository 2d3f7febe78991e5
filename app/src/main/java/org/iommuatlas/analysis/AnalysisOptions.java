package org.iommuatlas.analysis;

import org.iommuatlas.model.Address;

import java.util.List;
import java.util.Objects;

/**
 * What the analysis needs beyond host and guest.
 *
 * @param assignedDevices host devices passed through ({@code 0000:01:00.0}); empty means every
 *                        group of the host is taken as attached to the one container
 * @param qemuWording     the DMA-map function name QEMU prints
 * @param kernel          the kernel generation deciding the R3 wording
 * @param ramRegionName   memory-region name QEMU prints for RAM-bank maps (a memory-backend id
 *                        such as {@code mem}); null keeps each bank's own name
 * @param hostPageSize    host page size QEMU aligns maps to (4096 on x86)
 */
public record AnalysisOptions(List<String> assignedDevices, QemuWording qemuWording, KernelGeneration kernel,
                              String ramRegionName, long hostPageSize) {
    public static final AnalysisOptions DEFAULT = new AnalysisOptions(List.of(), QemuWording.VFIO_DMA_MAP,
            KernelGeneration.UNKNOWN, null, 4096);

    public AnalysisOptions {
        assignedDevices = List.copyOf(assignedDevices);
        Objects.requireNonNull(qemuWording, "qemuWording");
        Objects.requireNonNull(kernel, "kernel");
        if (hostPageSize == 0 || (hostPageSize & (hostPageSize - 1)) != 0) {
            throw new IllegalArgumentException("host page size " + Address.hex(hostPageSize) + " is not a power of two");
        }
    }

    public AnalysisOptions withAssignedDevices(List<String> devices) {
        return new AnalysisOptions(devices, qemuWording, kernel, ramRegionName, hostPageSize);
    }

    public AnalysisOptions withQemuWording(QemuWording wording) {
        return new AnalysisOptions(assignedDevices, wording, kernel, ramRegionName, hostPageSize);
    }

    public AnalysisOptions withKernel(KernelGeneration generation) {
        return new AnalysisOptions(assignedDevices, qemuWording, generation, ramRegionName, hostPageSize);
    }

    public AnalysisOptions withRamRegionName(String name) {
        return new AnalysisOptions(assignedDevices, qemuWording, kernel, name, hostPageSize);
    }

    public AnalysisOptions withHostPageSize(long size) {
        return new AnalysisOptions(assignedDevices, qemuWording, kernel, ramRegionName, size);
    }
}
