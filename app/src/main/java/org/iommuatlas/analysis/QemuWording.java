package org.iommuatlas.analysis;

/** Which name QEMU prints for a failed DMA map (REFERENCE §6.10). */
public enum QemuWording {
    /** QEMU up to about 8.1. */
    VFIO_DMA_MAP("vfio_dma_map"),
    /** QEMU about 8.2 and later (after the VFIOContainerBase refactor). */
    VFIO_CONTAINER_DMA_MAP("vfio_container_dma_map");

    private final String function;

    QemuWording(String function) {
        this.function = function;
    }

    public String function() {
        return function;
    }
}
