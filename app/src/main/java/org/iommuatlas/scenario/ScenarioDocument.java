package org.iommuatlas.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * The on-disk shape of a scenario file, version {@value ScenarioJson#VERSION}: plain strings and
 * numbers, addresses as {@code 0x} hex strings (JSON numbers cannot hold unsigned 64-bit values
 * exactly). Converted to and from the model by {@link ScenarioJson}; nothing else sees it.
 */
final class ScenarioDocument {
    private ScenarioDocument() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"schema", "version", "title", "description", "host", "guest", "assignedDevices", "view"})
    record Root(String schema, Integer version, String title, String description, Host host, Guest guest,
                List<String> assignedDevices, View view) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"platform", "aperture", "physBits", "regions", "memory", "devices"})
    record Host(String platform, Range aperture, Integer physBits, List<Region> regions, List<Memory> memory,
                List<Device> devices) {
    }

    record Range(String start, String last) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"start", "last", "type", "reportedAs", "group", "devices", "source"})
    record Region(String start, String last, String type, String reportedAs, Integer group, List<String> devices,
                  String source) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"start", "last", "kind", "name", "depth", "source"})
    record Memory(String start, String last, String kind, String name, Integer depth, String source) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "group", "driver", "pciClass"})
    record Device(String name, Integer group, String driver, String pciClass) {
    }

    /**
     * Either a preset {@code spec} alone (expanded by the preset rules when read), or a full
     * layout: banks and regions as the user left them.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"spec", "machine", "arch", "viommu", "physBits", "amdVcpu", "banks", "regions"})
    record Guest(String spec, String machine, String arch, Boolean viommu, Integer physBits, Boolean amdVcpu,
                 List<Bank> banks, List<GuestRegion> regions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "memoryRegion", "start", "size", "source"})
    record Bank(String id, String memoryRegion, String start, String size, String source) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "start", "last", "kind", "carvesRam", "dmaMapped", "source"})
    record GuestRegion(String name, String start, String last, String kind, Boolean carvesRam, Boolean dmaMapped,
                       String source) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"viewStart", "viewLast", "linearScale", "snapAlignment", "theme"})
    record View(String viewStart, String viewLast, Boolean linearScale, String snapAlignment, String theme) {
    }
}
