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
 * Reads the RMR nodes (type 6) of an {@code iasl -d} dump of the ACPI IORT table (REFERENCE §6.14,
 * §3.4): each descriptor {@code Base Address of RMR} + {@code Length of RMR} (a length) becomes
 * {@code [base, base + length - 1]}; node flag bit 0 (remapping permitted) makes it
 * {@code direct-relaxable}, otherwise {@code direct}. RMRs name stream IDs behind an SMMU, not PCI
 * devices, so the regions carry no device names.
 */
public final class IaslIortParser {
    private static final int RMR_NODE = 6;
    private static final long REMAP_PERMITTED = 0x1;
    private static final long ALIGN_64K = 0x10000;

    private IaslIortParser() {
    }

    public static HostReadout parse(String sourceName, String text) throws ParseException {
        List<IaslField> fields = IaslDump.fields(sourceName, text);
        IaslDump.requireSignature(fields, "IORT");
        List<ReservedRegion> regions = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        RmrNode current = null;
        for (IaslField f : fields) {
            if (f.prefixed() && f.name().equals("Type")) {
                if (current != null) {
                    current.finish(regions, warnings);
                }
                current = f.hex() == RMR_NODE ? new RmrNode(f) : null;
            } else if (current != null) {
                current.accept(f);
            }
        }
        if (current != null) {
            current.finish(regions, warnings);
        }
        return new HostReadout(HostModel.EMPTY.withPlatform(HostPlatform.ARM_SMMU).withRegions(regions), warnings);
    }

    /** One RMR node being read. */
    private static final class RmrNode {
        private final IaslField typeLine;
        private IaslField flags;
        private IaslField remapPermittedBit;
        private IaslField descriptorCount;
        private boolean inIdMapping;
        private final List<IaslField[]> descriptors = new ArrayList<>();

        RmrNode(IaslField typeLine) {
            this.typeLine = typeLine;
        }

        void accept(IaslField f) {
            switch (f.name()) {
                // The ID mapping block has its own Flags; only the node's, which come first, count.
                case "Flags", "Flags (decoded below)" -> {
                    if (flags == null && !inIdMapping) {
                        flags = f;
                    }
                }
                case "Remapping Permitted" -> {
                    if (remapPermittedBit == null) {
                        remapPermittedBit = f;
                    }
                }
                case "Number of RMR Descriptors" -> descriptorCount = f;
                case "Input base", "Input Base" -> inIdMapping = true;
                case "Base Address of RMR" -> descriptors.add(new IaslField[] {f, null});
                case "Length of RMR" -> {
                    if (!descriptors.isEmpty() && descriptors.get(descriptors.size() - 1)[1] == null) {
                        descriptors.get(descriptors.size() - 1)[1] = f;
                    } else {
                        descriptors.add(new IaslField[] {null, f});
                    }
                }
                default -> {
                }
            }
        }

        void finish(List<ReservedRegion> regions, List<String> warnings) throws ParseException {
            String where = typeLine.file() + ":" + typeLine.line() + ": RMR node";
            boolean relaxable;
            if (flags != null) {
                relaxable = (flags.hex() & REMAP_PERMITTED) != 0;
            } else if (remapPermittedBit != null) {
                relaxable = remapPermittedBit.hex() != 0;
            } else {
                throw typeLine.error("RMR node without 'Flags'; cannot tell direct from direct-relaxable");
            }
            if (descriptorCount != null && descriptorCount.hex() != descriptors.size()) {
                warnings.add(where + " announces " + descriptorCount.hex() + " descriptor(s) but the dump lists "
                        + descriptors.size());
            }
            ReservedType type = relaxable ? ReservedType.DIRECT_RELAXABLE : ReservedType.DIRECT;
            for (IaslField[] d : descriptors) {
                if (d[0] == null) {
                    throw d[1].error("'Length of RMR' without a 'Base Address of RMR' before it");
                }
                if (d[1] == null) {
                    throw d[0].error("'Base Address of RMR' without a 'Length of RMR' after it");
                }
                long base = d[0].hex();
                long length = d[1].hex();
                if (length == 0) {
                    warnings.add(where + " descriptor at " + Address.hex(base) + " has length 0; ignored");
                    continue;
                }
                long last = base + length - 1;
                if (Address.lessThan(last, base)) {
                    throw d[1].error("RMR at " + Address.hex(base) + " of length " + Address.hex(length)
                            + " passes 2^64");
                }
                if (!Address.isAligned(base, ALIGN_64K) || !Address.isAligned(length, ALIGN_64K)) {
                    warnings.add(where + " descriptor [" + Address.hex(base) + " - " + Address.hex(last)
                            + "] is not 64 KiB aligned; the kernel warns and may widen it");
                }
                regions.add(new ReservedRegion(base, last, type, type.sysfsWord(), ReservedRegion.NO_GROUP,
                        List.of(), d[0].ref()));
            }
        }
    }
}
