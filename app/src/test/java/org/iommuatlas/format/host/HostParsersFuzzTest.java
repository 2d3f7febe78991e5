package org.iommuatlas.format.host;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.iommuatlas.fuzz.ParseOutcome;
import org.iommuatlas.model.ReservedRegion;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import static org.iommuatlas.fuzz.ParseOutcome.SOURCE;
import static org.iommuatlas.fuzz.ParseOutcome.text;

/**
 * One fuzz test per host-side text parser (issue #5): any bytes give a result or a
 * ParseException. Under {@code mvn test} each runs only over its committed inputs in
 * {@code HostParsersFuzzTestInputs/<method>/}; {@code JAZZER_FUZZ=1} fuzzes one of them for real
 * (docs/fuzzing.md). The {@code @Timeout} becomes libFuzzer's per-input {@code -timeout}, so an
 * input that makes a parser loop is reported as a finding rather than hanging the run.
 */
class HostParsersFuzzTest {

    @FuzzTest(maxDuration = "5m")
    @Timeout(10)
    void sysfsReservedRegions(byte[] input) {
        ParseOutcome.of(() -> SysfsReservedRegionsParser.parse(SOURCE, text(input), ReservedRegion.NO_GROUP));
    }

    @FuzzTest(maxDuration = "5m")
    @Timeout(10)
    void dmesg(byte[] input) {
        ParseOutcome.of(() -> DmesgParser.parse(SOURCE, text(input)));
    }

    @FuzzTest(maxDuration = "5m")
    @Timeout(10)
    void procIomem(byte[] input) {
        ParseOutcome.of(() -> ProcIomemParser.parse(SOURCE, text(input)));
    }

    @FuzzTest(maxDuration = "5m")
    @Timeout(10)
    void iaslDmar(byte[] input) {
        ParseOutcome.of(() -> IaslDmarParser.parse(SOURCE, text(input)));
    }

    @FuzzTest(maxDuration = "5m")
    @Timeout(10)
    void iaslIvrs(byte[] input) {
        ParseOutcome.of(() -> IaslIvrsParser.parse(SOURCE, text(input)));
    }

    @FuzzTest(maxDuration = "5m")
    @Timeout(10)
    void iaslIort(byte[] input) {
        ParseOutcome.of(() -> IaslIortParser.parse(SOURCE, text(input)));
    }

    /** Pasted text: recognise the format, then parse it as that format with platform inference. */
    @FuzzTest(maxDuration = "5m")
    @Timeout(10)
    void sniffedPaste(byte[] input) {
        String text = text(input);
        Optional<HostFormat> format = HostInputs.sniff(text);
        format.ifPresent(f -> ParseOutcome.of(() -> HostInputs.parse(f, SOURCE, text)));
    }

    /**
     * A directory shaped like {@code /sys/kernel/iommu_groups} built from the fuzz data: group
     * directories with any names, reserved_regions, type and class files with any content, device
     * entries as directories, files or links (dangling ones too), driver links and driver files.
     */
    @FuzzTest(maxDuration = "5m")
    @Timeout(10)
    void sysfsGroupTree(FuzzedDataProvider data) throws IOException {
        Path root = Files.createTempDirectory("fuzz-groups");
        try {
            int groups = data.consumeInt(0, 3);
            for (int g = 0; g < groups; g++) {
                String groupName = data.consumeBoolean() ? Integer.toString(data.consumeInt(0, 999)) : name(data);
                Path group = Files.createDirectories(root.resolve(groupName));
                if (data.consumeBoolean()) {
                    write(group.resolve("reserved_regions"), data.consumeString(300));
                }
                if (data.consumeBoolean()) {
                    write(group.resolve("type"), data.consumeString(20));
                }
                if (data.consumeBoolean()) {
                    Path devices = Files.createDirectories(group.resolve("devices"));
                    int count = data.consumeInt(0, 3);
                    for (int d = 0; d < count; d++) {
                        device(data, devices.resolve(name(data)));
                    }
                }
            }
            ParseOutcome.under(root.toString(), () -> SysfsGroupsReader.read(root));
        } finally {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }

    private static void device(FuzzedDataProvider data, Path entry) throws IOException {
        if (Files.exists(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        switch (data.consumeInt(0, 2)) {
            case 0 -> write(entry, data.consumeString(20));
            case 1 -> Files.createSymbolicLink(entry, entry.resolveSibling("missing-" + name(data)));
            default -> {
                Files.createDirectories(entry);
                if (data.consumeBoolean()) {
                    write(entry.resolve("class"), data.consumeString(20));
                }
                switch (data.consumeInt(0, 2)) {
                    case 0 -> Files.createSymbolicLink(entry.resolve("driver"), Path.of("/sys/bus/pci/drivers/" + name(data)));
                    case 1 -> write(entry.resolve("driver"), data.consumeString(40));
                    default -> { }
                }
            }
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A file name the fuzz data chose, made legal: UTF-8, no '/', no NUL, not empty, '.' or '..'. */
    private static String name(FuzzedDataProvider data) {
        String utf8 = new String(data.consumeString(12).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        String raw = utf8.replace('/', '_').replace('\0', '_');
        return raw.isEmpty() || raw.equals(".") || raw.equals("..") ? "x" + raw.length() : raw;
    }
}
