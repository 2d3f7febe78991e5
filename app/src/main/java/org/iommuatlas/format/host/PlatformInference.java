package org.iommuatlas.format.host;

import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.KnownRanges;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.HostPlatform;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Works out the IOMMU family from the reserved regions when the input does not name it, and
 * applies the SW_MSI heuristic of REFERENCE §2.1: sysfs prints hardware and software MSI windows
 * alike as {@code msi}, but the Arm SMMU / virtio-iommu software window is always exactly
 * {@code [0x08000000, 0x080fffff]}.
 */
public final class PlatformInference {
    /** A platform guess and the reason, shown to the user. */
    public record Guess(HostPlatform platform, String reason) {
    }

    private PlatformInference() {
    }

    /** The platform the regions point at, or UNKNOWN when they say nothing about it. */
    public static Guess infer(List<ReservedRegion> regions) {
        // One pass without a range object per region: a loaded host may hold a million (issue #4).
        boolean x86Msi = false;
        boolean htRange = false;
        boolean armWindow = false;
        for (ReservedRegion r : regions) {
            ReservedType type = r.type();
            x86Msi |= type == ReservedType.MSI && is(r, KnownRanges.X86_MSI);
            htRange |= type == ReservedType.RESERVED && is(r, KnownRanges.AMD_HT);
            armWindow |= type.isMsi() && is(r, KnownRanges.ARM_SW_MSI);
        }
        if (x86Msi && htRange) {
            return new Guess(HostPlatform.AMD, "platform taken as AMD-Vi: x86 MSI window 0xfee00000-0xfeefffff"
                    + " and the HyperTransport range 0xfd00000000-0xffffffffff are reserved");
        }
        if (x86Msi) {
            return new Guess(HostPlatform.INTEL, "platform taken as Intel VT-d: x86 MSI window"
                    + " 0xfee00000-0xfeefffff without the AMD HyperTransport range"
                    + " (an AMD IOMMU with HT-range-ignore would look the same)");
        }
        if (armWindow) {
            return new Guess(HostPlatform.ARM_SMMU, "platform taken as Arm SMMU: msi window exactly"
                    + " 0x08000000-0x080fffff and no x86 MSI window");
        }
        return new Guess(HostPlatform.UNKNOWN, "");
    }

    private static boolean is(ReservedRegion r, AddressRange range) {
        return r.start() == range.start() && r.last() == range.last();
    }

    /**
     * Fills in an unknown platform from the regions, then relabels every {@code msi} region exactly
     * at the Arm window as SW_MSI (keeping {@code reportedAs = "msi"}) on Arm SMMU or virtio-iommu
     * hosts. A group that also lists the x86 MSI window keeps its regions as reported, since a
     * hardware MSI window there contradicts the heuristic. Regions are never merged here: the
     * kernel merges only equal types, and a relabelled window is still a separate line.
     */
    public static HostReadout apply(HostReadout readout) {
        HostModel host = readout.host();
        List<String> notes = new ArrayList<>();
        HostPlatform platform = host.platform();
        if (platform == HostPlatform.UNKNOWN) {
            Guess guess = infer(host.regions());
            if (guess.platform() != HostPlatform.UNKNOWN) {
                platform = guess.platform();
                notes.add(guess.reason());
            }
        }
        List<ReservedRegion> regions = host.regions();
        if (platform == HostPlatform.ARM_SMMU || platform == HostPlatform.VIRTIO_IOMMU) {
            regions = relabelSoftwareMsi(regions, notes);
        }
        return new HostReadout(host.withPlatform(platform).withRegions(regions), readout.warnings())
                .withWarnings(notes);
    }

    private static List<ReservedRegion> relabelSoftwareMsi(List<ReservedRegion> regions, List<String> notes) {
        Set<Integer> groupsWithX86Msi = new HashSet<>();
        for (ReservedRegion r : regions) {
            if (r.type() == ReservedType.MSI && r.range().equals(KnownRanges.X86_MSI)) {
                groupsWithX86Msi.add(r.group());
            }
        }
        List<ReservedRegion> out = new ArrayList<>(regions.size());
        int relabelled = 0;
        for (ReservedRegion r : regions) {
            boolean armWindow = r.type() == ReservedType.MSI && r.range().equals(KnownRanges.ARM_SW_MSI);
            if (armWindow && groupsWithX86Msi.contains(r.group())) {
                notes.add("kept " + r + " as hardware msi: its group also lists the x86 MSI window");
                out.add(r);
            } else if (armWindow) {
                out.add(r.withType(ReservedType.SW_MSI));
                relabelled++;
            } else {
                out.add(r);
            }
        }
        if (relabelled > 0) {
            notes.add(relabelled + " msi region(s) at 0x08000000-0x080fffff read as the software MSI window"
                    + " (sysfs prints it as msi; inferred, REFERENCE §2.1)");
        }
        return out;
    }
}
