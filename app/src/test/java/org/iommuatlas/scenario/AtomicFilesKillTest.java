package org.iommuatlas.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Losing work (issue #5): a save killed with SIGKILL at any moment leaves the previous file or
 * the new one, whole, never a mixture or a truncated file. A separate JVM saves a large file over
 * and over and is killed at a different point each round.
 */
class AtomicFilesKillTest {
    /** Run in the child JVM: saves alternating contents until killed. */
    public static final class Saver {
        public static void main(String[] args) throws IOException {
            Path target = Path.of(args[0]);
            String a = "A".repeat(8 * 1024 * 1024);
            String b = "B".repeat(8 * 1024 * 1024);
            System.out.println("saving");
            System.out.flush();
            for (int i = 0; ; i++) {
                AtomicFiles.writeString(target, i % 2 == 0 ? b : a);
            }
        }
    }

    @Test
    void aSaveKilledAtAnyMomentLeavesOneWholeVersion(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("scenario.json");
        String old = "A".repeat(8 * 1024 * 1024);
        Files.writeString(target, old);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int round = 0; round < 4; round++) {
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    Saver.class.getName(), target.toString()).redirectErrorStream(true).start();
            // Wait until it is saving, then let it run a little longer each round.
            int first = p.getInputStream().read();
            assertEquals('s', first, "the saver did not start");
            Thread.sleep(50L + 150L * round);
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the killed saver did not exit");

            String text = Files.readString(target);
            assertEquals(8 * 1024 * 1024, text.length(), "a truncated file after a kill in round " + round);
            char c = text.charAt(0);
            assertTrue(c == 'A' || c == 'B', "unexpected content");
            assertTrue(text.chars().allMatch(ch -> ch == c), "a mixture of two saves after a kill in round " + round);
        }
    }
}
