package org.iommuatlas.format.guest;

import org.iommuatlas.model.AddressRange;

import java.util.Objects;
import java.util.Optional;

/**
 * One recognised failure message. Fields a message does not carry are null.
 *
 * @param function     the call or ioctl named ({@code vfio_dma_map}, {@code vfio_container_dma_map},
 *                     {@code VFIO_MAP_DMA}, {@code IOMMU_IOAS_MAP}), null for other kinds
 * @param iova         map/unmap IOVA (unsigned)
 * @param size         map/unmap size in bytes (unsigned)
 * @param ret          the return value printed ({@code -22}), else the negative errno of the error text;
 *                     for kernel lines that print no number, what the kernel returns with them
 *                     (-1 EPERM for the RMRR and interrupt-remapping refusals, -12 ENOMEM for memlock)
 * @param errnoText    the error text ({@code Invalid argument})
 * @param regionName   the memory region after {@code Region } ({@code mach-virt.ram}, {@code pc.ram}, {@code mem})
 * @param group        the IOMMU group number
 * @param device       the device, normalised ({@code 0000:29:00.0})
 * @param memlockLimit the number in {@code RLIMIT_MEMLOCK (<n>)} as printed (bytes on current kernels)
 * @param line         1-based line of the input
 * @param column       1-based column where the message's key text starts
 * @param raw          the whole input line
 */
public record QemuErrorLine(QemuErrorKind kind, String function, Long iova, Long size, Integer ret,
                            String errnoText, String regionName, Integer group, String device,
                            Long memlockLimit, int line, int column, String raw) {
    public QemuErrorLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(raw, "raw");
    }

    /** {@code [iova, iova + size - 1]} for map and unmap lines. */
    public Optional<AddressRange> range() {
        if (iova == null || size == null) {
            return Optional.empty();
        }
        return Optional.of(AddressRange.ofSize(iova, size));
    }
}
