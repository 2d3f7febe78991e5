package org.iommuatlas.ui.canvas;

/**
 * What is under the pointer: the picture item's id, the model object it shows (a RamBank,
 * ReservedRegion, DmaMap, GuestRegion, HostMemoryRange, or the picture Item itself) and, for a
 * RAM bank, which part of it.
 */
public record CanvasHit(String itemId, Object source, Zone zone) {
    /** The bank's hit zones: a few pixels at each end resize, the middle moves. */
    public enum Zone { MOVE, RESIZE_START, RESIZE_END, NONE }
}
