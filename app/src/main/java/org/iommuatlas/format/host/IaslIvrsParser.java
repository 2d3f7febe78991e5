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
 * Reads the IVMD subtables (types 0x20, 0x21, 0x22) of an {@code iasl -d} dump of the AMD IVRS
 * table (REFERENCE §6.13). {@code Memory Length} is a length, and the kernel rounds the start up
 * to a page and the length up to pages before reporting the unity range (§3.3), so the region is
 * {@code [PAGE_ALIGN(start), PAGE_ALIGN(start) + PAGE_ALIGN(length) - 1]}.
 */
public final class IaslIvrsParser {
    static final long PAGE = 4096;
    private static final int UNITY = 0x01;
    private static final int EXCLUSION = 0x08;
    private static final int ALL = 0x20;
    private static final int ONE = 0x21;
    private static final int RANGE = 0x22;

    private IaslIvrsParser() {
    }

    public static HostReadout parse(String sourceName, String text) throws ParseException {
        List<IaslField> fields = IaslDump.fields(sourceName, text);
        IaslDump.requireSignature(fields, "IVRS");
        List<ReservedRegion> regions = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Ivmd current = null;
        for (IaslField f : fields) {
            if (f.name().equals("Subtable Type")) {
                if (current != null) {
                    current.finish(regions, warnings);
                }
                int type = (int) f.hex();
                current = type == ALL || type == ONE || type == RANGE ? new Ivmd(f, type) : null;
            } else if (current != null) {
                current.accept(f);
            }
        }
        if (current != null) {
            current.finish(regions, warnings);
        }
        return new HostReadout(HostModel.EMPTY.withPlatform(HostPlatform.AMD).withRegions(regions), warnings);
    }

    /** One IVMD subtable being read. */
    private static final class Ivmd {
        private final IaslField typeLine;
        private final int type;
        private IaslField flags;
        private IaslField deviceId;
        private IaslField auxiliary;
        private IaslField start;
        private IaslField length;

        Ivmd(IaslField typeLine, int type) {
            this.typeLine = typeLine;
            this.type = type;
        }

        void accept(IaslField f) {
            switch (f.name()) {
                case "Flags", "Flags (decoded below)" -> flags = f;
                case "DeviceId" -> deviceId = f;
                case "Auxiliary Data" -> auxiliary = f;
                case "Start Address" -> start = f;
                case "Memory Length" -> length = f;
                default -> {
                }
            }
        }

        void finish(List<ReservedRegion> regions, List<String> warnings) throws ParseException {
            String missing = flags == null ? "'Flags'" : start == null ? "'Start Address'"
                    : length == null ? "'Memory Length'" : type != ALL && deviceId == null ? "'DeviceId'"
                    : type == RANGE && auxiliary == null ? "'Auxiliary Data'" : null;
            if (missing != null) {
                throw typeLine.error("IVMD subtable type " + Integer.toHexString(type) + " without " + missing);
            }
            String where = typeLine.file() + ":" + typeLine.line() + ": IVMD";
            int flagBits = (int) flags.hex();
            if ((flagBits & (UNITY | EXCLUSION)) == 0) {
                warnings.add(where + " with flags " + Integer.toHexString(flagBits)
                        + " (neither unity nor exclusion) ignored, as the kernel does");
                return;
            }
            long rawStart = start.hex();
            long rawLength = length.hex();
            if (rawLength == 0) {
                warnings.add(where + " with Memory Length 0 covers nothing; ignored");
                return;
            }
            long first;
            long last;
            try {
                first = Address.alignUp(rawStart, PAGE);
                long pages = Address.alignUp(rawLength, PAGE);
                last = first + pages - 1;
                if (Address.lessThan(last, first)) {
                    throw new ArithmeticException("passes 2^64");
                }
            } catch (ArithmeticException e) {
                throw length.error("IVMD range at " + Address.hex(rawStart) + " of length " + Address.hex(rawLength)
                        + " passes 2^64");
            }
            if (first != rawStart) {
                warnings.add(where + " start " + Address.hex(rawStart) + " is not page aligned; the kernel rounds it"
                        + " up to " + Address.hex(first));
            }
            if ((flagBits & EXCLUSION) != 0) {
                warnings.add(where + " " + Address.hex(first) + "-" + Address.hex(last) + " is an exclusion range:"
                        + " read as direct (the kernel may report it as reserved; REFERENCE §8 item 6 - trust"
                        + " sysfs when available)");
            }
            List<String> devices = devices();
            regions.add(new ReservedRegion(first, last, ReservedType.DIRECT, ReservedType.DIRECT.sysfsWord(),
                    ReservedRegion.NO_GROUP, devices, start.ref()));
        }

        /** The devices covered: "all" for type 0x20, one BDF for 0x21, every BDF of the range for 0x22. */
        private List<String> devices() throws ParseException {
            if (type == ALL) {
                return List.of("all");
            }
            int from = (int) (deviceId.hex() & 0xffff);
            if (type == ONE) {
                return List.of(PciNames.fromDeviceId(0, from));
            }
            int to = (int) (auxiliary.hex() & 0xffff);
            if (to < from) {
                throw auxiliary.error("IVMD range end DeviceId " + Integer.toHexString(to)
                        + " is below its start " + Integer.toHexString(from));
            }
            List<String> names = new ArrayList<>(to - from + 1);
            for (int id = from; id <= to; id++) {
                names.add(PciNames.fromDeviceId(0, id));
            }
            return names;
        }
    }
}
