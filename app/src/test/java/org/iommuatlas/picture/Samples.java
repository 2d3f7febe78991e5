package org.iommuatlas.picture;

import org.iommuatlas.guest.DmaMapPlanner;
import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.GuestArch;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.HostPlatform;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.model.SourceRef;
import org.iommuatlas.model.ViewSettings;

import java.nio.file.Path;
import java.util.List;

/** Worked scenarios of REFERENCE §7 as picture inputs, for tests and for looking at. */
final class Samples {
    static final long MSI_START = 0xfee00000L;
    static final long MSI_LAST = 0xfeefffffL;
    static final long HT_START = 0xfd00000000L;
    static final long HT_LAST = 0xffffffffffL;
    static final long RAM_START = 0x40000000L;
    static final long RAM_LAST = 0x13fffffffL;

    private Samples() {
    }

    /** §7(a): aarch64 virt, 4096 MiB, on an AMD host: the RAM covers the x86 MSI window. */
    static Scenario scenario7a() {
        SourceRef sysfs = new SourceRef("iommu_groups/12/reserved_regions", 1);
        HostModel host = HostModel.EMPTY.withPlatform(HostPlatform.AMD).withRegions(List.of(
                ReservedRegion.of(AddressRange.of(MSI_START, MSI_LAST), ReservedType.MSI, 12, sysfs),
                ReservedRegion.of(AddressRange.of(HT_START, HT_LAST), ReservedType.RESERVED, 12,
                        new SourceRef("iommu_groups/12/reserved_regions", 2))));
        GuestLayout guest = new GuestLayout("virt", GuestArch.AARCH64, "virt:ram=4G",
                List.of(new RamBank("ram", "mach-virt.ram", RAM_START, 0x100000000L, SourceRef.preset("virt"))),
                List.of(), false, 0, false);
        return new Scenario("aarch64 virt guest, 4096 MiB, on an AMD host", "REFERENCE 7(a)", host, guest,
                List.of(), ViewSettings.DEFAULT);
    }

    static PictureInput input7a() {
        Scenario s = scenario7a();
        List<DmaMap> maps = DmaMapPlanner.plan(s.guest());
        List<Highlight> conflicts = List.of(new Highlight(Lane.IOVA, MSI_START, MSI_LAST, Severity.ERROR,
                "mach-virt.ram overlaps msi [0xfee00000, 0xfeefffff]"));
        return PictureInputs.from(s, maps, conflicts).toBuilder()
                .status("QEMU: Region mach-virt.ram: vfio_dma_map(<c>, 0x40000000, 0x100000000, <va>) = -22 "
                        + "(Invalid argument)", Severity.ERROR)
                .build();
    }

    /** Writes the §7(a) picture: {@code Samples <file.png> [theme] [linear]}. */
    public static void main(String[] args) throws Exception {
        Palette palette = Palette.load(args.length > 1 ? args[1] : "light");
        boolean linear = args.length > 2 && args[2].equals("linear");
        Drawing d = PictureExporter.exportDrawing(input7a(), Viewport.FULL, palette,
                LayoutOptions.export().withFolded(!linear));
        Path out = Path.of(args[0]);
        if (out.toString().endsWith(".svg")) {
            PictureExporter.writeSvg(d, palette, out);
        } else {
            PictureExporter.writePng(d, palette, out, 1.0);
        }
    }
}
