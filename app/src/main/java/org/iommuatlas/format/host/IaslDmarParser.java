package org.iommuatlas.format.host;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.HostPlatform;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the RMRR subtables of an {@code iasl -d} dump of the ACPI DMAR table (REFERENCE §6.12):
 * {@code [Base Address, End Address (limit)]} (inclusive) and the devices in their scopes. Other
 * subtables (DRHD, ATSR, RHSA, ANDD, SATC) are skipped.
 *
 * <p>Each RMRR becomes a {@code direct} region. The kernel reports it as {@code direct-relaxable}
 * when the device is USB or display (v5.3+), but the table does not carry device classes, so that
 * is left to whoever knows the devices, and said in a warning.
 */
public final class IaslDmarParser {
    private static final int RMRR = 1;

    private IaslDmarParser() {
    }

    public static HostReadout parse(String sourceName, String text) throws ParseException {
        List<IaslField> fields = IaslDump.fields(sourceName, text);
        IaslDump.requireSignature(fields, "DMAR");
        List<ReservedRegion> regions = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int physBits = 0;
        Rmrr current = null;
        boolean inSubtables = false;
        for (IaslField f : fields) {
            switch (f.name()) {
                case "Host Address Width" -> {
                    if (!inSubtables) {
                        // The DMAR field holds the width minus one.
                        physBits = (int) Math.min(64, f.hex() + 1);
                    }
                }
                case "Subtable Type" -> {
                    inSubtables = true;
                    if (current != null) {
                        regions.add(current.finish(warnings));
                    }
                    current = f.hex() == RMRR ? new Rmrr(f) : null;
                }
                default -> {
                    if (current != null) {
                        current.accept(f);
                    }
                }
            }
        }
        if (current != null) {
            regions.add(current.finish(warnings));
        }
        HostModel host = HostModel.EMPTY.withPlatform(HostPlatform.INTEL).withRegions(regions).withPhysBits(physBits);
        return new HostReadout(host, warnings);
    }

    /** One RMRR subtable being read. */
    private static final class Rmrr {
        private final IaslField typeLine;
        private int segment;
        private IaslField base;
        private IaslField end;
        private final List<Scope> scopes = new ArrayList<>();

        Rmrr(IaslField typeLine) {
            this.typeLine = typeLine;
        }

        void accept(IaslField f) throws ParseException {
            switch (f.name()) {
                case "PCI Segment Number" -> segment = (int) (f.hex() & 0xffff);
                case "Base Address" -> base = f;
                case "End Address (limit)" -> end = f;
                case "Device Scope Type", "Device Scope Entry Type" -> scopes.add(new Scope(f, (int) f.hex()));
                case "PCI Bus Number" -> lastScope(f).bus = (int) (f.hex() & 0xff);
                case "PCI Path" -> lastScope(f).path(f);
                default -> {
                }
            }
        }

        private Scope lastScope(IaslField f) throws ParseException {
            if (scopes.isEmpty()) {
                throw f.error("'" + f.name() + "' before any 'Device Scope Type' line in this RMRR");
            }
            return scopes.get(scopes.size() - 1);
        }

        ReservedRegion finish(List<String> warnings) throws ParseException {
            if (base == null || end == null) {
                throw typeLine.error("RMRR subtable without " + (base == null ? "'Base Address'" : "'End Address (limit)'"));
            }
            long start = base.hex();
            long last = end.hex();
            if (Address.lessThan(last, start)) {
                throw end.error("RMRR end " + Address.hex(last) + " is below its base " + Address.hex(start));
            }
            List<String> devices = new ArrayList<>();
            for (Scope s : scopes) {
                s.addName(segment, devices, warnings);
            }
            ReservedRegion region = new ReservedRegion(start, last, ReservedType.DIRECT,
                    ReservedType.DIRECT.sysfsWord(), ReservedRegion.NO_GROUP, devices, base.ref());
            warnings.add(base.file() + ":" + base.line() + ": RMRR " + region.range() + " for "
                    + (devices.isEmpty() ? "no PCI device" : String.join(", ", devices))
                    + " read as direct; the kernel reports it as direct-relaxable if the device is USB or display"
                    + " (the table does not say which)");
            return region;
        }
    }

    /** One device scope entry of an RMRR. */
    private static final class Scope {
        private final IaslField typeLine;
        private final int type;
        private int bus = -1;
        private int device = -1;
        private int function = -1;
        private int pairs;

        Scope(IaslField typeLine, int type) {
            this.typeLine = typeLine;
            this.type = type;
        }

        /** {@code PCI Path : dd,ff}; a path through bridges has one line per hop, the last names the device. */
        void path(IaslField f) throws ParseException {
            String[] parts = f.value().split(",");
            if (parts.length != 2) {
                throw f.error("expected 'PCI Path : <device>,<function>' in hex, found '" + f.value() + "'");
            }
            try {
                device = Integer.parseInt(parts[0].trim(), 16);
                function = Integer.parseInt(parts[1].trim(), 16);
            } catch (NumberFormatException e) {
                throw f.error("expected 'PCI Path : <device>,<function>' in hex, found '" + f.value() + "'");
            }
            if (device > 0x1f || function > 7) {
                throw f.error("PCI path " + f.value() + " is out of range (device <= 1f, function <= 7)");
            }
            pairs++;
        }

        void addName(int segment, List<String> names, List<String> warnings) throws ParseException {
            if (type != 1 && type != 2) {
                warnings.add(typeLine.file() + ":" + typeLine.line() + ": device scope type " + type
                        + " (not a PCI endpoint or bridge) ignored");
                return;
            }
            if (bus < 0 || pairs == 0) {
                throw typeLine.error("device scope without 'PCI Bus Number' and 'PCI Path'");
            }
            String name = PciNames.name(segment, bus, device, function);
            names.add(name);
            if (pairs > 1) {
                warnings.add(typeLine.file() + ":" + typeLine.line() + ": device scope path crosses " + (pairs - 1)
                        + " bridge(s); " + name + " uses the start bus, the real bus number is not in the table");
            }
            if (type == 2) {
                warnings.add(typeLine.file() + ":" + typeLine.line() + ": scope names bridge " + name
                        + "; every device behind it shares the RMRR");
            }
        }
    }
}
