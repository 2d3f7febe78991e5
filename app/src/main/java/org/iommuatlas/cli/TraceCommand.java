package org.iommuatlas.cli;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.Set;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.trace.DmaTrace;
import org.iommuatlas.trace.Outcome;
import org.iommuatlas.trace.Trace;
import org.iommuatlas.trace.TraceJson;
import org.iommuatlas.trace.TraceText;

/** {@code trace}: what happens to one DMA write from the assigned device, step by step. */
final class TraceCommand implements Cli.Command {
    @Override
    public String name() {
        return "trace";
    }

    @Override
    public String summary() {
        return "follow one DMA from the device: GPA, IOVA, IOMMU, then HPA, interrupt or fault";
    }

    @Override
    public String help() {
        return "Usage: iommu-atlas trace [inputs as for check] --address 0xGPA [--json]\n\n"
                + "Follows a DMA write the assigned device issues at a guest-physical address: IOVA = GPA\n"
                + "(or the guest's vIOMMU, not modelled), the host IOMMU lookup, and the outcome: memory\n"
                + "in a host page pinned by VFIO, interrupt remapping (x86 MSI window), the ITS doorbell\n"
                + "(Arm SW_MSI window), or a fault with its reason.\n\nOptions:\n" + ScenarioInputs.HELP + "\n"
                + "  --address 0xGPA     the guest-physical address, hex\n"
                + "  --json              one JSON object: gpa, outcome, faultReason, steps\n\n"
                + "Exit status: 0 the write lands in memory or becomes an interrupt, 1 it faults,\n"
                + "2 unusable input.\n"
                + "Example: iommu-atlas trace --host samples/inputs/amd-host-group-28.reserved_regions"
                + " --guest virt:ram=4G --address 0xfee00000\n";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException, ParseException {
        Set<String> valued = new HashSet<>(ScenarioInputs.VALUED);
        valued.add("--address");
        Set<String> flags = new HashSet<>(ScenarioInputs.FLAGS);
        flags.add("--json");
        Options o = Options.parse(args, 1, valued, flags);
        if (!o.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + o.positional().get(0) + "'");
        }
        long gpa = address(o.single("--address"));
        Scenario scenario = ScenarioInputs.assemble(o, err);
        Trace trace = DmaTrace.trace(scenario, gpa);
        out.print(o.flag("--json") ? TraceJson.render(trace) : TraceText.render(trace));
        return trace.outcome() == Outcome.FAULT ? Cli.FOUND_ERRORS : Cli.OK;
    }

    static long address(String text) throws UsageException {
        if (text == null) {
            throw new UsageException("--address 0x... is required");
        }
        if (!text.startsWith("0x") && !text.startsWith("0X")) {
            throw new UsageException("--address takes a hex address starting with 0x, not " + text);
        }
        try {
            return Address.parseHex(text);
        } catch (NumberFormatException e) {
            throw new UsageException("--address: " + e.getMessage());
        }
    }
}
