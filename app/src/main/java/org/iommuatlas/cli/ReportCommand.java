package org.iommuatlas.cli;

import org.iommuatlas.analysis.AnalysisResult;
import org.iommuatlas.analysis.MachineAdvice;
import org.iommuatlas.analysis.ScenarioAnalysis;
import org.iommuatlas.guest.DmaMapPlanner;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.report.MarkdownReport;
import org.iommuatlas.scenario.AtomicFiles;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** {@code report}: the check as Markdown, ready to paste into a bug tracker. */
final class ReportCommand implements Cli.Command {
    @Override
    public String name() {
        return "report";
    }

    @Override
    public String summary() {
        return "write a Markdown report for a bug tracker";
    }

    @Override
    public String help() {
        return "Usage: iommu-atlas report [inputs as for check] [-o FILE.md]\n\n"
                + "Writes the analysis as Markdown (to standard output, or to FILE.md).\n\nOptions:\n"
                + ScenarioInputs.HELP + "\n  -o FILE             write the report to FILE instead of standard output\n\n"
                + "Exit status: 0 no error found, 1 errors found, 2 unusable input.\n";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException, ParseException, IOException {
        Set<String> valued = new HashSet<>(ScenarioInputs.VALUED);
        valued.add("-o");
        Options o = Options.parse(args, 1, valued, ScenarioInputs.FLAGS);
        if (!o.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + o.positional().get(0) + "'");
        }
        Scenario scenario = ScenarioInputs.assemble(o, err);
        AnalysisResult result = ScenarioAnalysis.analyze(scenario, ScenarioInputs.wording(o));
        String md = MarkdownReport.render(scenario, DmaMapPlanner.plan(scenario.guest()), result,
                result.failingMaps().isEmpty() ? java.util.List.of() : MachineAdvice.suggest(scenario), null);
        String target = o.single("-o");
        if (target == null) {
            out.print(md);
        } else {
            AtomicFiles.writeString(Path.of(target), md);
            err.println("wrote " + target);
        }
        return result.hasErrors() ? Cli.FOUND_ERRORS : Cli.OK;
    }
}
