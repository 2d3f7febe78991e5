package org.iommuatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * One host IOMMU reserved region: an inclusive range of IOVA (for identity types also HPA), its
 * kernel type, the word the input actually said ({@code msi} for an inferred SW_MSI window), the
 * IOMMU group it belongs to, the devices it was reported for, and where it was read.
 *
 * <p>Kept flat (no nested range object) because hosts with a million regions are analysed; the
 * devices list is usually a shared immutable list.
 */
public final class ReservedRegion {
    /** Group number when the input does not say (a pasted single file, a firmware table). */
    public static final int NO_GROUP = -1;

    private final long start;
    private final long last;
    private final ReservedType type;
    private final String reportedAs;
    private final int group;
    private final List<String> devices;
    private final SourceRef source;

    public ReservedRegion(long start, long last, ReservedType type, String reportedAs, int group,
                          List<String> devices, SourceRef source) {
        if (Address.lessThan(last, start)) {
            throw new IllegalArgumentException(
                    "region end " + Address.hex(last) + " is below its start " + Address.hex(start));
        }
        this.start = start;
        this.last = last;
        this.type = Objects.requireNonNull(type, "type");
        this.reportedAs = Objects.requireNonNull(reportedAs, "reportedAs");
        this.group = group;
        this.devices = List.copyOf(devices);
        this.source = Objects.requireNonNull(source, "source");
    }

    /** A region whose reported word is the type's own sysfs word. */
    public static ReservedRegion of(AddressRange range, ReservedType type, int group, SourceRef source) {
        return new ReservedRegion(range.start(), range.last(), type, type.sysfsWord(), group, List.of(), source);
    }

    public long start() {
        return start;
    }

    public long last() {
        return last;
    }

    public AddressRange range() {
        return new AddressRange(start, last);
    }

    public ReservedType type() {
        return type;
    }

    /** The word the source printed, e.g. {@code msi} for a window recognised as SW_MSI. */
    public String reportedAs() {
        return reportedAs;
    }

    /** True when the type was inferred rather than read (SW_MSI recognised from an {@code msi} line). */
    public boolean typeInferred() {
        return !type.word().equals(reportedAs);
    }

    public int group() {
        return group;
    }

    public boolean hasGroup() {
        return group != NO_GROUP;
    }

    public List<String> devices() {
        return devices;
    }

    public SourceRef source() {
        return source;
    }

    public ReservedRegion withType(ReservedType newType) {
        return new ReservedRegion(start, last, newType, reportedAs, group, devices, source);
    }

    public ReservedRegion withGroup(int newGroup) {
        return new ReservedRegion(start, last, type, reportedAs, newGroup, devices, source);
    }

    public ReservedRegion withDevices(List<String> newDevices) {
        return new ReservedRegion(start, last, type, reportedAs, group, newDevices, source);
    }

    public ReservedRegion withRange(long newStart, long newLast) {
        return new ReservedRegion(newStart, newLast, type, reportedAs, group, devices, source);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReservedRegion r && r.start == start && r.last == last && r.type == type
                && r.reportedAs.equals(reportedAs) && r.group == group && r.devices.equals(devices)
                && r.source.equals(source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, last, type, group);
    }

    /** The sysfs line for this region ({@code 0x... 0x... word}), plus group and source. */
    @Override
    public String toString() {
        return Address.hex16(start) + " " + Address.hex16(last) + " " + reportedAs
                + (type.word().equals(reportedAs) ? "" : " (" + type.word() + ")")
                + (hasGroup() ? " group " + group : "") + " @" + source;
    }
}
