package org.iommuatlas.cli;

import org.iommuatlas.analysis.AnalysisResult;
import org.iommuatlas.analysis.MachineAdvice;
import org.iommuatlas.analysis.QemuWording;
import org.iommuatlas.analysis.ScenarioAnalysis;
import org.iommuatlas.guest.DmaMapPlanner;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.report.CheckJson;
import org.iommuatlas.report.CheckText;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code check}: would this guest's RAM map on this host, and if not, what QEMU prints and what fits. */
final class CheckCommand implements Cli.Command {
    @Override
    public String name() {
        return "check";
    }

    @Override
    public String summary() {
        return "predict VFIO DMA-map failures for a guest on a host";
    }

    @Override
    public String help() {
        return "Usage: iommu-atlas check [--host FILE]... [--guest SPEC|FILE] [--scenario FILE] [--json]\n\n"
                + "Predicts whether QEMU can DMA-map the guest's RAM through the host IOMMU, which map\n"
                + "fails first with the exact line QEMU prints, which devices cannot be assigned, and\n"
                + "what would fit instead.\n\nOptions:\n" + ScenarioInputs.HELP + "\n"
                + "  --json              one JSON object (conflicts, failingMaps, firstFailingMap,\n"
                + "                      predictedError, devices, fits, ...)\n\n"
                + "Exit status: 0 no error found, 1 errors found, 2 unusable input.\n"
                + "Example: iommu-atlas check --host samples/inputs/amd-group-28.reserved_regions --guest virt:ram=4G\n";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException, ParseException {
        Set<String> flags = new HashSet<>(ScenarioInputs.FLAGS);
        flags.add("--json");
        Options o = Options.parse(args, 1, ScenarioInputs.VALUED, flags);
        if (!o.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + o.positional().get(0) + "'");
        }
        Scenario scenario = ScenarioInputs.assemble(o, err);
        QemuWording wording = ScenarioInputs.wording(o);
        AnalysisResult result = ScenarioAnalysis.analyze(scenario, wording);
        List<MachineAdvice.Suggestion> advice = result.failingMaps().isEmpty() ? List.of() : MachineAdvice.suggest(scenario);
        if (o.flag("--json")) {
            out.print(CheckJson.render(result, advice));
        } else {
            out.print(CheckText.render(scenario, DmaMapPlanner.plan(scenario.guest()), result, advice));
        }
        return result.hasErrors() ? Cli.FOUND_ERRORS : Cli.OK;
    }
}
