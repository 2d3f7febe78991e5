package org.iommuatlas.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one benchmark produced: table rows, the figures for results.json (key to number), and
 * findings (plain sentences with numbers, e.g. why a target cannot hold) for results.md.
 */
public final class BenchReport {
    private final String name;
    private final List<ResultRow> rows = new ArrayList<>();
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final List<String> findings = new ArrayList<>();

    public BenchReport(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public BenchReport row(ResultRow row) {
        rows.add(row);
        return this;
    }

    public BenchReport figure(String key, Object value) {
        figures.put(key, value);
        return this;
    }

    public BenchReport finding(String sentence) {
        findings.add(sentence);
        return this;
    }

    public List<ResultRow> rows() {
        return rows;
    }

    public Map<String, Object> figures() {
        return figures;
    }

    public List<String> findings() {
        return findings;
    }
}
