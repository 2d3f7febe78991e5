package org.iommuatlas.ui.port.simple;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.model.SourceRef;
import org.iommuatlas.ui.port.InputLoader;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in loader until the format package's detector is wired: scenario JSON, or a sysfs
 * {@code reserved_regions} list ({@code 0x... 0x... word} per line) that replaces the host's
 * regions. Anything else is refused with the line that did not fit.
 */
public final class SimpleInputLoader implements InputLoader {
    private final JsonScenarioStore json;

    public SimpleInputLoader(JsonScenarioStore json) {
        this.json = json;
    }

    @Override
    public Scenario open(Path file, Scenario current) throws IOException, ParseException {
        return paste(Files.readString(file), file.getFileName().toString(), current);
    }

    @Override
    public Scenario paste(String text, String name, Scenario current) throws ParseException {
        if (text.stripLeading().startsWith("{")) {
            return json.parse(text, name);
        }
        List<ReservedRegion> regions = parseReservedRegions(text, name, ReservedRegion.NO_GROUP);
        return current.withHost(current.host().withRegions(regions));
    }

    @Override
    public List<Sample> samples() {
        return List.of(new Sample("virt 4 GiB on an AMD host (MSI window conflict)", SampleScenarios::armGuestOnAmdHost),
                new Sample("q35 1 TiB on an AMD host (HyperTransport hole)", SampleScenarios::bigQ35OnAmdHost));
    }

    @Override
    public Scenario loadThisMachine(Scenario current) throws IOException, ParseException {
        Path groups = Path.of("/sys/kernel/iommu_groups");
        if (!Files.isDirectory(groups)) {
            throw new ParseException(groups.toString(), 0, "expected IOMMU groups, found no such directory "
                    + "(is the IOMMU enabled on this machine?)");
        }
        List<ReservedRegion> regions = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(groups)) {
            for (Path dir : dirs) {
                Path file = dir.resolve("reserved_regions");
                int group;
                try {
                    group = Integer.parseInt(dir.getFileName().toString());
                } catch (NumberFormatException e) {
                    continue;
                }
                if (Files.isReadable(file)) {
                    regions.addAll(parseReservedRegions(Files.readString(file), file.toString(), group));
                }
            }
        }
        return current.withHost(current.host().withRegions(regions));
    }

    static List<ReservedRegion> parseReservedRegions(String text, String name, int group) throws ParseException {
        List<ReservedRegion> regions = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] words = line.split("\\s+");
            if (words.length != 3) {
                throw new ParseException(name, i + 1, 1, "expected '<start> <end> <type>' as sysfs reserved_regions "
                        + "prints it, found '" + line + "'");
            }
            long start;
            long last;
            try {
                start = Address.parseHex(words[0]);
                last = Address.parseHex(words[1]);
            } catch (NumberFormatException e) {
                throw new ParseException(name, i + 1, 1, "expected two hex addresses, found '" + line + "'");
            }
            if (Address.lessThan(last, start)) {
                throw new ParseException(name, i + 1, 1, "end " + words[1] + " is below start " + words[0]);
            }
            java.util.Optional<ReservedType> type = ReservedType.fromWord(words[2]);
            if (type.isEmpty()) {
                throw new ParseException(name, i + 1, lines[i].indexOf(words[2]) + 1, "expected a region type "
                        + "(direct, direct-relaxable, reserved, msi), found '" + words[2] + "'");
            }
            regions.add(new ReservedRegion(start, last, type.get(), words[2], group, List.of(), new SourceRef(name, i + 1)));
        }
        if (regions.isEmpty()) {
            throw new ParseException(name, 0, "expected a scenario or reserved_regions lines, found no data");
        }
        return regions;
    }
}
