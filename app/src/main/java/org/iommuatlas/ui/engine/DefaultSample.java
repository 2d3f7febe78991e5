package org.iommuatlas.ui.engine;

import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.HostDevice;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.HostPlatform;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.model.SourceRef;
import org.iommuatlas.model.ViewSettings;
import org.iommuatlas.scenario.PresetSpecResolver;

import java.util.List;

/**
 * The scenario the window opens with, the bundled sample {@link BundledSamples#DEFAULT}, built in
 * code rather than read. Reading it is the only thing before the first frame that needs Jackson,
 * and loading Jackson cold (about 550 classes and its reflection) took about half a second of CPU
 * on a two-core machine during start-up. {@code DefaultSampleTest} keeps this equal to the file.
 */
final class DefaultSample {
    private static final String MSI_GROUP_28 = "0000:29:00.0";
    private static final String MSI_GROUP_27 = "0000:28:00.0";

    private DefaultSample() {
    }

    static Scenario build() {
        List<ReservedRegion> regions = List.of(
                region(0xfee00000L, 0xfeefffffL, ReservedType.MSI, 28, MSI_GROUP_28, 1),
                region(0xfd00000000L, 0xffffffffffL, ReservedType.RESERVED, 28, MSI_GROUP_28, 2),
                region(0xfee00000L, 0xfeefffffL, ReservedType.MSI, 27, MSI_GROUP_27, 1),
                region(0xfd00000000L, 0xffffffffffL, ReservedType.RESERVED, 27, MSI_GROUP_27, 2));
        List<HostDevice> devices = List.of(
                new HostDevice(MSI_GROUP_28, 28, "vfio-pci", 0x010601),
                new HostDevice(MSI_GROUP_27, 27, "vfio-pci", 0x0c0330));
        HostModel host = new HostModel(HostPlatform.AMD, regions, List.of(), devices, AddressRange.FULL, 0);
        try {
            return new Scenario("aarch64 guest on an AMD x86 host: 4 GiB fails, 3054 MiB fits",
                    "A TCG aarch64 'virt' guest with a USB 3 and a SATA controller passed through from an AMD x86"
                            + " host (QEMU bug report, 2020). Arm 'virt' puts RAM at 0x40000000 as one block, so 4 GiB"
                            + " of RAM runs through the host's x86 MSI window 0xfee00000-0xfeefffff and QEMU fails with"
                            + " vfio_dma_map(..., 0x40000000, 0x100000000, ...) = -22. 3054 MiB is the most that ends"
                            + " below the window. The AMD HyperTransport hole at 0xfd00000000 is far above.",
                    host, new PresetSpecResolver().resolve("virt:ram=4G"), List.of(MSI_GROUP_28, MSI_GROUP_27),
                    ViewSettings.DEFAULT);
        } catch (ParseException e) {
            throw new IllegalStateException("the preset of the default sample does not resolve: " + e.getMessage(), e);
        }
    }

    private static ReservedRegion region(long start, long last, ReservedType type, int group, String device, int line) {
        return new ReservedRegion(start, last, type, type.sysfsWord(), group, List.of(device),
                new SourceRef("/sys/kernel/iommu_groups/" + group + "/reserved_regions", line));
    }
}
