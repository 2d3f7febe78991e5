package org.iommuatlas.model;

/**
 * Where a piece of data came from: a file (or a pseudo-name such as {@code <pasted>}) and a
 * 1-based line, 0 when the datum has no line of its own (a preset, a computed value).
 */
public record SourceRef(String file, int line) {
    public static final SourceRef COMPUTED = new SourceRef("<computed>", 0);

    public SourceRef {
        if (file == null || file.isEmpty()) {
            throw new IllegalArgumentException("a source needs a file name");
        }
        if (line < 0) {
            throw new IllegalArgumentException("line numbers start at 1 (0 = no line)");
        }
    }

    public static SourceRef preset(String name) {
        return new SourceRef("<preset " + name + ">", 0);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
