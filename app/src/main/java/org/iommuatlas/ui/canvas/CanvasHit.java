package org.iommuatlas.ui.canvas;

/** What is under the pointer: an item and, for a RAM bank, which part of it. */
public record CanvasHit(LaneItem item, Zone zone) {
    /** The bank's hit zones: a few pixels at each end resize, the middle moves. */
    public enum Zone { MOVE, RESIZE_START, RESIZE_END, NONE }
}
