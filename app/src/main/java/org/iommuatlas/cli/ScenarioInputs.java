package org.iommuatlas.cli;

import org.iommuatlas.analysis.QemuWording;
import org.iommuatlas.guest.MachineSpec;
import org.iommuatlas.guest.GuestPresets;
import org.iommuatlas.guest.PresetLayout;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.scenario.InputLoader;
import org.iommuatlas.scenario.ScenarioAssembler;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The input options shared by {@code check}, {@code report}, {@code render} and {@code trace}:
 * {@code --host FILE|DIR} (repeatable), {@code --live}, {@code --guest SPEC|FILE},
 * {@code --scenario FILE}, {@code --assign BDF} (repeatable), {@code --qemu old|new}.
 */
final class ScenarioInputs {
    static final Set<String> VALUED = Set.of("--host", "--guest", "--scenario", "--assign", "--qemu");
    static final Set<String> FLAGS = Set.of("--live");

    static final String HELP = String.join("\n",
            "  --host FILE|DIR     host data, repeatable: a reserved_regions file, a copy of",
            "                      /sys/kernel/iommu_groups (or one group directory), dmesg,",
            "                      /proc/iomem, an iasl DMAR/IVRS/IORT dump; detected by content",
            "  --live              read this machine's /sys/kernel/iommu_groups (and /proc/iomem)",
            "  --guest SPEC|FILE   MACHINE:key=value,... with MACHINE virt, riscv64-virt, q35 or pc",
            "                      (e.g. virt:ram=4G, q35:ram=1100G,cpu=amd,version=7.0, pc:ram=3583M),",
            "                      or a libvirt XML, QEMU command line or 'info mtree' file",
            "  --scenario FILE     an IOMMU Atlas scenario (.json); --host/--guest replace its parts",
            "  --assign BDF        a host device passed through (repeatable); default: the guest",
            "                      input's devices, else every group",
            "  --qemu old|new      wording of the predicted line: vfio_dma_map (old, default) or",
            "                      vfio_container_dma_map (QEMU 8.2 and later)");

    private ScenarioInputs() {
    }

    static Scenario assemble(Options o, PrintStream err) throws ParseException, UsageException {
        InputLoader loader = new InputLoader();
        ScenarioAssembler assembler = new ScenarioAssembler();
        String scenarioFile = o.single("--scenario");
        if (scenarioFile != null) {
            assembler.add(loader.load(Path.of(scenarioFile)));
        }
        for (String host : o.all("--host")) {
            assembler.add(loader.load(Path.of(host)));
        }
        if (o.flag("--live")) {
            assembler.add(loader.loadLiveMachine(Path.of("/")));
        }
        String guest = o.single("--guest");
        if (guest != null) {
            if (Files.exists(Path.of(guest))) {
                assembler.add(loader.load(Path.of(guest)));
            } else {
                PresetLayout preset = GuestPresets.layout(MachineSpec.parse(guest));
                for (String problem : preset.problems()) {
                    err.println("warning: QEMU would refuse this machine: " + problem);
                }
                assembler.guest(preset.layout());
            }
        }
        assembler.assign(o.all("--assign"));
        Scenario scenario = assembler.build();
        for (String w : assembler.warnings()) {
            err.println("warning: " + w);
        }
        return scenario;
    }

    static QemuWording wording(Options o) throws UsageException {
        String q = o.single("--qemu");
        if (q == null || q.equals("old")) {
            return QemuWording.VFIO_DMA_MAP;
        }
        if (q.equals("new")) {
            return QemuWording.VFIO_CONTAINER_DMA_MAP;
        }
        throw new UsageException("--qemu takes old or new, not " + q);
    }
}
