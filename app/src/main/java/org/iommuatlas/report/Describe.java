package org.iommuatlas.report;

import org.iommuatlas.analysis.BankFit;
import org.iommuatlas.model.Address;
import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.Sizes;

/** Short phrases shared by the text and Markdown reports, so both say things the same way. */
public final class Describe {
    private Describe() {
    }

    /** Exact when the size is whole MiB (or small), "3039.5 MiB"-style otherwise; hex stays beside it. */
    public static String size(long bytes) {
        if (Long.remainderUnsigned(bytes, Sizes.MIB) == 0 || Address.lessThan(bytes, Sizes.MIB)) {
            return Sizes.exact(bytes);
        }
        double mib = Address.unsignedToDouble(bytes) / Sizes.MIB;
        return String.format(java.util.Locale.ROOT, "%.1f MiB", mib);
    }

    public static String range(AddressRange r) {
        return "[" + Address.hex(r.start()) + ", " + Address.hex(r.last()) + "] (" + Sizes.exact(r) + ")";
    }

    public static String region(ReservedRegion r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.type().word());
        if (r.typeInferred()) {
            sb.append(" (reported as ").append(r.reportedAs()).append(')');
        }
        sb.append(' ').append(range(r.range()));
        if (r.hasGroup()) {
            sb.append(", group ").append(r.group());
        }
        return sb.toString();
    }

    public static String host(HostModel host) {
        int groups = host.groups().size();
        return host.platform().label() + ", " + host.regions().size() + " reserved region"
                + (host.regions().size() == 1 ? "" : "s")
                + (groups == 0 ? " (IOMMU group not given)" : " in " + groups + " group" + (groups == 1 ? "" : "s"));
    }

    public static String guest(GuestLayout guest) {
        String what = guest.spec().isEmpty() ? guest.machine() : guest.spec();
        return what + " (" + guest.arch().name().toLowerCase(java.util.Locale.ROOT) + "), "
                + Sizes.exact(guest.totalRam()) + " of RAM in " + guest.banks().size() + " bank"
                + (guest.banks().size() == 1 ? "" : "s") + (guest.viommu() ? ", with a vIOMMU (IOVA is not GPA)" : "");
    }

    /** "ram at 0x40000000: at most 3054 MiB (0xbee00000), limited by msi [...]". */
    public static String fit(BankFit f) {
        StringBuilder sb = new StringBuilder();
        sb.append(f.bankId()).append(" at ").append(Address.hex(f.start())).append(": ");
        if (f.fits()) {
            sb.append("its ").append(Sizes.exact(f.currentSize())).append(" fit");
            if (f.limitedBy() != null) {
                sb.append("; it could grow to ").append(size(f.maxBytes()))
                        .append(" (").append(Address.hex(f.maxBytes())).append(")");
            }
            return sb.toString();
        }
        if (f.maxBytes() == 0) {
            sb.append("nothing fits at this base");
        } else {
            sb.append("at most ").append(size(f.maxBytes())).append(" (").append(Address.hex(f.maxBytes()))
                    .append(") instead of ").append(Sizes.exact(f.currentSize()));
            if (f.limitingSectionStart() != f.start()) {
                sb.append("; the section from ").append(Address.hex(f.limitingSectionStart())).append(" may be ")
                        .append(Sizes.exact(f.sectionMaxBytes()));
            }
        }
        if (f.limitedBy() != null) {
            sb.append(", limited by ").append(region(f.limitedBy()));
        }
        f.placementAbove().ifPresent(p -> sb.append("; the whole bank fits from ").append(Address.hex(p)));
        f.placementBelow().filter(p -> f.placementAbove().isEmpty())
                .ifPresent(p -> sb.append("; the whole bank fits from ").append(Address.hex(p)));
        return sb.toString();
    }
}
