package org.iommuatlas.report;

import org.iommuatlas.analysis.ErrorExplainer;
import org.iommuatlas.analysis.Explanation;
import org.iommuatlas.format.guest.QemuErrorLine;
import org.iommuatlas.model.Address;
import org.iommuatlas.model.HostDevice;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.iommuatlas.model.Sizes;

import java.util.List;

/**
 * Explains one QEMU / kernel failure line against what is known of the host: for a failed DMA
 * map, which reserved regions the range meets (the "explain this error" of the command line and
 * the window); for the refusals that happen before any map, what they mean and which regions of
 * the device's group cause them.
 */
public final class ErrorLineExplanation {
    private ErrorLineExplanation() {
    }

    public static String explain(QemuErrorLine line, HostModel host) {
        StringBuilder sb = new StringBuilder();
        sb.append("line ").append(line.line()).append(": ");
        switch (line.kind()) {
            case DMA_MAP: {
                if (line.iova() == null || line.size() == null || line.ret() == null) {
                    return sb.append("a DMA map failed, but the line does not carry iova, size and result").toString();
                }
                sb.append(line.function()).append(" of ").append(Sizes.exact(line.size())).append(" at IOVA ")
                        .append(Address.hex(line.iova())).append(" (range [").append(Address.hex(line.iova()))
                        .append(", ").append(Address.hex(line.iova() + line.size() - 1)).append("])")
                        .append(line.regionName() == null ? "" : " for " + line.regionName())
                        .append(" returned ").append(line.ret()).append('\n');
                Explanation e = ErrorExplainer.explain(host, line.iova(), line.size(), line.ret(),
                        line.regionName() == null ? "RAM" : line.regionName());
                sb.append("  ").append(e.summary()).append('\n');
                for (Explanation.Hit hit : e.hits()) {
                    sb.append("  - meets ").append(Describe.region(hit.region())).append(" over ")
                            .append(Describe.range(hit.overlap())).append(", from ").append(hit.region().source())
                            .append('\n');
                }
                for (String advice : e.advice()) {
                    sb.append("  → ").append(advice).append('\n');
                }
                return sb.toString();
            }
            case RMRR_INELIGIBLE:
            case FIRMWARE_REQUIRES_1TO1:
            case SET_GROUP_CONTAINER_FAILED:
            case SET_IOMMU_FAILED: {
                sb.append("the kernel refused to hand the device to VFIO before any memory was mapped: firmware"
                        + " demands an identity (1:1) map for it (an Intel RMRR, AMD IVMD or Arm RMR of type"
                        + " 'direct'), which a VFIO domain cannot keep. No guest layout fixes this.\n");
                List<ReservedRegion> direct = directRegionsFor(line, host);
                if (direct.isEmpty()) {
                    sb.append("  The loaded host data shows no 'direct' region")
                            .append(line.device() == null ? "" : " for " + line.device())
                            .append("; load the group's reserved_regions to see which one.\n");
                } else {
                    for (ReservedRegion r : direct) {
                        sb.append("  - ").append(Describe.region(r)).append(", from ").append(r.source()).append('\n');
                    }
                }
                sb.append("  → Ask the platform vendor for firmware without the RMRR for this slot, or assign a"
                        + " device whose group has no 'direct' regions (USB and GPU RMRRs are relaxable since Linux 5.3).\n");
                return sb.toString();
            }
            case GROUP_NOT_VIABLE:
                return sb.append("another device in IOMMU group ").append(line.group() == null ? "?" : line.group())
                        .append(" is bound to a host driver; bind every device of the group to vfio-pci (or unbind it).\n")
                        .append(groupMembers(line, host)).toString();
            case NO_INTERRUPT_REMAPPING:
                return sb.append("the host has no interrupt remapping, so VFIO refuses the device (-EPERM). Enable"
                        + " interrupt remapping in firmware, or as a last resort load vfio_iommu_type1 with"
                        + " allow_unsafe_interrupts=1.\n").toString();
            case MEMLOCK:
                return sb.append("the locked-memory limit (RLIMIT_MEMLOCK) is too small for the guest's RAM: not a"
                        + " layout conflict. Raise the limit (ulimit -l, libvirt <memoryBacking><locked/> or"
                        + " <memtune><hard_limit>).\n").toString();
            case DMA_MAPPING_ABORTED:
                return sb.append("a DMA map failed after start-up (a hot-plugged device, memory hot-add or a BAR)"
                        + " and QEMU aborted; the vfio_dma_map line before it says which range.\n").toString();
            case P2P_NOT_SUPPORTED:
                return sb.append("a device BAR could not be mapped for peer-to-peer DMA; this is a warning only"
                        + " and the guest runs.\n").toString();
            default:
                return sb.append(line.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                        .append(": ").append(line.raw().strip()).append('\n').toString();
        }
    }

    private static List<ReservedRegion> directRegionsFor(QemuErrorLine line, HostModel host) {
        Integer group = line.group();
        if (group == null && line.device() != null) {
            group = host.devices().stream().filter(d -> d.name().equals(line.device())).map(HostDevice::group)
                    .findFirst().orElse(null);
        }
        final Integer g = group;
        return host.regions().stream().filter(r -> r.type() == ReservedType.DIRECT)
                .filter(r -> g == null || r.group() == g || (line.device() != null && r.devices().contains(line.device())))
                .toList();
    }

    private static String groupMembers(QemuErrorLine line, HostModel host) {
        if (line.group() == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (HostDevice d : host.devicesInGroup(line.group())) {
            sb.append("  - ").append(d.name()).append(": ")
                    .append(d.driver() == null ? "driver unknown" : d.driver().isEmpty() ? "no driver" : d.driver())
                    .append('\n');
        }
        return sb.toString();
    }
}
