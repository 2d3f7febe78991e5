package org.iommuatlas.format.guest;

import java.util.List;
import java.util.Objects;

/** The recognised failure lines of one paste, in input order (duplicates kept: libvirt repeats them). */
public record QemuErrorLog(String file, List<QemuErrorLine> lines) implements GuestInput {
    public QemuErrorLog {
        Objects.requireNonNull(file, "file");
        lines = List.copyOf(lines);
    }

    @Override
    public GuestFormat format() {
        return GuestFormat.QEMU_ERROR;
    }
}
