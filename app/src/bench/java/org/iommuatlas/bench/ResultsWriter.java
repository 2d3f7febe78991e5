package org.iommuatlas.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints the results table and writes results.md and its machine-readable twin results.json. */
public final class ResultsWriter {
    private ResultsWriter() {
    }

    /** The table as Markdown, one row per measured figure. */
    public static String table(List<BenchReport> reports) {
        StringBuilder t = new StringBuilder();
        t.append("| benchmark | figure | measured | reference (same run) | ratio | target | verdict |\n");
        t.append("|---|---|---|---|---|---|---|\n");
        for (BenchReport report : reports) {
            for (ResultRow row : report.rows()) {
                t.append("| ").append(report.name()).append(" | ").append(row.what()).append(" | ")
                        .append(row.figure()).append(" | ").append(row.reference()).append(" | ")
                        .append(Format.ratio(row.ratio())).append(" | ").append(row.target()).append(" | ")
                        .append(row.verdict()).append(" |\n");
            }
        }
        return t.toString();
    }

    /** The keys issue #4 promises in results.json; a benchmark that did not complete leaves null. */
    public static final List<String> REQUIRED = List.of("analysisRatioToSort", "dragUpdateMedianMicros",
            "dragUpdateP99Micros", "frameP99BudgetRatio", "startupRatio", "loadRatioSysfs", "loadRatioDmesg",
            "heapBytesPerRegion");

    public static Map<String, Object> json(List<BenchReport> reports, MachineInfo machine, String date) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (String key : REQUIRED) {
            json.put(key, null);
        }
        for (BenchReport report : reports) {
            json.putAll(report.figures());
        }
        json.put("machine", machine.asMap());
        json.put("date", date);
        return json;
    }

    public static String markdown(List<BenchReport> reports, MachineInfo machine, String date, String command) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results\n\n");
        md.append("Written by `").append(command).append("` (see [README.md](README.md)); ")
                .append("machine-readable twin: [results.json](results.json).\n\n");
        md.append("- Date: ").append(date).append('\n');
        md.append("- Machine: ").append(machine).append("\n\n");
        md.append("Every figure was measured alternately with its reference in the same run; the ratio is the ")
                .append("median of the per-round ratios.\n\n");
        md.append(table(reports)).append('\n');
        boolean any = reports.stream().anyMatch(r -> !r.findings().isEmpty());
        if (any) {
            md.append("## Findings\n\n");
            for (BenchReport report : reports) {
                for (String f : report.findings()) {
                    md.append("- **").append(report.name()).append("**: ").append(f).append('\n');
                }
            }
            md.append('\n');
        }
        return md.toString();
    }

    public static void write(Path dir, List<BenchReport> reports, MachineInfo machine, String date, String command)
            throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("results.md"), markdown(reports, machine, date, command));
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(dir.resolve("results.json"),
                mapper.writeValueAsString(json(reports, machine, date)) + "\n");
    }
}
