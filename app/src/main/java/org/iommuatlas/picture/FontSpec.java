package org.iommuatlas.picture;

/** What a painter needs to pick a font: size in logical pixels, weight, and whether monospace (hex). */
public record FontSpec(double size, boolean bold, boolean mono) {
}
