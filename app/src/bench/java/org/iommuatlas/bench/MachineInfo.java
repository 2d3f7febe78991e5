package org.iommuatlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The machine a run was measured on, for the results files. */
public record MachineInfo(String cpu, int cores, double memoryGiB, String javaRuntime, String os) {

    public static MachineInfo current() {
        return new MachineInfo(readCpuModel(), Runtime.getRuntime().availableProcessors(), readMemoryGiB(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
    }

    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpu", cpu);
        m.put("cores", cores);
        m.put("memoryGiB", memoryGiB);
        m.put("java", javaRuntime);
        m.put("os", os);
        return m;
    }

    @Override
    public String toString() {
        return cpu + ", " + cores + " cores, " + Format.num(memoryGiB, 1) + " GiB RAM, " + javaRuntime + ", " + os;
    }

    private static String readCpuModel() {
        for (String line : lines("/proc/cpuinfo")) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return System.getProperty("os.arch");
    }

    private static double readMemoryGiB() {
        for (String line : lines("/proc/meminfo")) {
            if (line.startsWith("MemTotal:")) {
                String kb = line.replaceAll("[^0-9]", "");
                return Format.round(Long.parseLong(kb) / (1024.0 * 1024.0), 1);
            }
        }
        return Format.round(Runtime.getRuntime().maxMemory() / (1024.0 * 1024 * 1024), 1);
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException | SecurityException e) {
            return List.of();
        }
    }
}
