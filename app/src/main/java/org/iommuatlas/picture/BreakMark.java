package org.iommuatlas.picture;

/**
 * A folded stretch of empty address space from {@code yTop} to {@code yBottom}, across the lanes
 * from {@code x1} to {@code x2}: drawn as two zig-zag edges with the real size between them.
 */
public record BreakMark(double x1, double x2, double yTop, double yBottom, String sizeLabel, long start, long last)
        implements Shape {
}
