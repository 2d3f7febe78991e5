package org.iommuatlas.format.guest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the sample inputs under src/test/resources/formats/guest. */
final class GuestSamples {
    static final String[] ALL = {
        "mtree-pc-8g-tree.txt", "mtree-pc-8g-flat.txt", "mtree-virt-4g-flat.txt",
        "qemu-error-seed-000.txt", "qemu-errors-mixed.log",
        "libvirt-q35-amd.xml", "libvirt-virt-aarch64-numa.xml",
        "qemu-cmdline-seed-000.txt", "qemu-cmdline-q35-multiline.sh"
    };

    private GuestSamples() {
    }

    static String read(String name) {
        try (InputStream in = GuestSamples.class.getResourceAsStream("/formats/guest/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
