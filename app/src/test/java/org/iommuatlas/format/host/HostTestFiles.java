package org.iommuatlas.format.host;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test inputs under src/test/resources/formats/host. */
final class HostTestFiles {
    private HostTestFiles() {
    }

    static String read(String name) {
        try (InputStream in = HostTestFiles.class.getResourceAsStream("/formats/host/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource formats/host/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
