package org.iommuatlas.cli;

import org.iommuatlas.format.guest.QemuErrorLine;
import org.iommuatlas.format.guest.QemuErrorLog;
import org.iommuatlas.format.guest.QemuErrorParser;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.report.ErrorLineExplanation;
import org.iommuatlas.scenario.InputLoader;
import org.iommuatlas.scenario.LoadedInput;
import org.iommuatlas.scenario.ScenarioFiles;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

/** {@code explain}: what a pasted QEMU / kernel error line means on this host. */
final class ExplainCommand implements Cli.Command {
    @Override
    public String name() {
        return "explain";
    }

    @Override
    public String summary() {
        return "explain a QEMU/VFIO error line against the host's reserved regions";
    }

    @Override
    public String help() {
        return "Usage: iommu-atlas explain \"<QEMU error line>\" [--host FILE]... [--live]\n"
                + "       iommu-atlas explain --file LOG [--host FILE]...\n\n"
                + "Reads vfio_dma_map(...)/vfio_container_dma_map(...) failures, the RMRR and 1:1-mapping\n"
                + "refusals, 'group N is not viable', memlock and interrupt-remapping errors (libvirt\n"
                + "timestamps and the qemu-system-*: -device ...: prefixes may stay), and explains each\n"
                + "against the host: which reserved region the failing IOVA range meets, and what to do.\n"
                + "'-' as the line reads standard input.\n\nOptions:\n"
                + "  --host FILE|DIR     host data (as for check), repeatable\n"
                + "  --live              read this machine's /sys/kernel/iommu_groups\n"
                + "  --file LOG          read the error text from a file\n\n"
                + "Exit status: 0 explained, 2 no recognisable error line or unusable input.\n";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException, ParseException, IOException {
        Options o = Options.parse(args, 1, Set.of("--host", "--file"), Set.of("--live"));
        String source;
        String text;
        String file = o.single("--file");
        if (file != null) {
            source = file;
            text = ScenarioFiles.readText(Path.of(file), InputLoader.MAX_TEXT_BYTES);
        } else if (o.positional().size() == 1 && o.positional().get(0).equals("-")) {
            source = "<stdin>";
            text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        } else if (!o.positional().isEmpty()) {
            source = "<argument>";
            text = String.join(" ", o.positional());
        } else {
            throw new UsageException("give the error line as an argument, --file LOG, or - for standard input");
        }
        InputLoader loader = new InputLoader();
        HostModel host = HostModel.EMPTY;
        for (String h : o.all("--host")) {
            LoadedInput in = loader.load(Path.of(h));
            if (in.host() == null) {
                throw new ParseException(h, 0, "is " + in.format() + ", not host data; expected reserved_regions,"
                        + " an iommu_groups directory, dmesg or an iasl dump");
            }
            host = host.mergedWith(in.host());
        }
        if (o.flag("--live")) {
            host = host.mergedWith(loader.loadLiveMachine(Path.of("/")).host());
        }
        QemuErrorLog log = QemuErrorParser.parse(source, text);
        if (host.regions().isEmpty()) {
            err.println("note: no host data given (--host or --live); explaining from the line alone");
        }
        for (QemuErrorLine line : log.lines()) {
            out.print(ErrorLineExplanation.explain(line, host));
        }
        return Cli.OK;
    }
}
