package org.iommuatlas;

import org.iommuatlas.cli.Cli;

/**
 * Entry point of the jar and of {@code mvn javafx:run}. A plain class, not an
 * {@code Application}: the JavaFX launcher would start the toolkit before {@code main} and the
 * command-line commands must run without a display.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("gui") || args[0].startsWith("--scenario")) {
            org.iommuatlas.ui.AtlasApp.launchWith(args.length > 0 && args[0].equals("gui")
                    ? java.util.Arrays.copyOfRange(args, 1, args.length) : args);
            return;
        }
        System.exit(Cli.run(args, System.out, System.err));
    }
}
