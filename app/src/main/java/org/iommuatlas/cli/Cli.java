package org.iommuatlas.cli;

import java.io.PrintStream;

/** Command-line front end (placeholder until the commands land). */
public final class Cli {
    private Cli() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("iommu-atlas: unknown command '" + args[0] + "'");
        return 2;
    }
}
