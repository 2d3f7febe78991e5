package org.iommuatlas.format.host;

import org.iommuatlas.model.ParseException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads small text files from sysfs, procfs or a copied snapshot without ever blocking: only
 * regular files are opened (a character device such as {@code /dev/kmsg} or a FIFO would wait
 * forever for data), and at most {@code cap} bytes are read, because procfs and sysfs report
 * sizes of 0 or 4096 whatever they hold.
 */
final class BoundedFiles {
    /** Enough for any sysfs attribute. */
    static final int SYSFS_CAP = 64 * 1024;
    /** Enough for /proc/iomem of a very large machine. */
    static final int IOMEM_CAP = 8 * 1024 * 1024;
    /** Enough for a full boot log. */
    static final int DMESG_CAP = 64 * 1024 * 1024;

    private BoundedFiles() {
    }

    static String read(Path file, int cap) throws ParseException {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw new ParseException(name, 0, "file not found");
        }
        if (!Files.isRegularFile(file)) {
            throw new ParseException(name, 0, "not a regular file (a device, FIFO or directory is never read,"
                    + " since reading it could block)");
        }
        try (InputStream in = Files.newInputStream(file)) {
            // A file on disk that says it is too big is refused unread; procfs and sysfs files say
            // 0 or 4096 whatever they hold, so the read itself stops at the cap as well.
            if (Files.size(file) > cap) {
                throw tooLarge(name, cap);
            }
            byte[] bytes = in.readNBytes(cap + 1);
            if (bytes.length > cap) {
                throw tooLarge(name, cap);
            }
            int nul = firstNul(bytes);
            if (nul >= 0) {
                // Kernel text never holds NUL; a compressed log or a binary dump would otherwise
                // read as text in which nothing is recognised, i.e. as "no regions".
                throw new ParseException(name, 0, "contains binary data (a NUL byte at offset " + nul
                        + "); expected a text file (decompress .gz/.xz/.zst logs first)");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw readFailure(name, e);
        }
    }

    /** What a failed read tells the user; separate so it is testable even where root reads everything. */
    static ParseException readFailure(String name, IOException e) {
        if (e instanceof AccessDeniedException) {
            return new ParseException(name, 0, 0, "permission denied (try reading it as root)", e);
        }
        if (e instanceof NoSuchFileException) {
            return new ParseException(name, 0, 0, "file not found", e);
        }
        return new ParseException(name, 0, 0, "cannot be read: " + e.getMessage(), e);
    }

    private static ParseException tooLarge(String name, int cap) {
        return new ParseException(name, 0, "larger than " + cap + " bytes; refusing to read more");
    }

    private static int firstNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
