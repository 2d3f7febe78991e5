package org.iommuatlas.cli;

import org.iommuatlas.model.ParseException;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;

/**
 * The command-line front end: {@code check}, {@code report}, {@code explain}, {@code render}.
 * Exit status 0 when nothing of error severity was found, 1 when something was, 2 for unusable
 * input or a wrong command line. Messages name the file, the line and what was expected; no
 * stack trace reaches the user.
 */
public final class Cli {
    static final int OK = 0;
    static final int FOUND_ERRORS = 1;
    static final int BAD_INPUT = 2;

    private static final Map<String, Command> COMMANDS = new TreeMap<>();

    static {
        register(new CheckCommand());
        register(new ReportCommand());
        register(new ExplainCommand());
        register(new RenderCommand());
        register(new TraceCommand());
    }

    private Cli() {
    }

    /** A command can be added by other packages of the front end (render, trace, bench). */
    static void register(Command command) {
        COMMANDS.put(command.name(), command);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            if (args.length > 1 && COMMANDS.containsKey(args[1])) {
                out.print(COMMANDS.get(args[1]).help());
            } else {
                out.print(usage());
            }
            return OK;
        }
        Command command = COMMANDS.get(args[0]);
        if (command == null) {
            err.println("iommu-atlas: unknown command '" + args[0] + "'");
            err.print(usage());
            return BAD_INPUT;
        }
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--help") || args[i].equals("-h")) {
                out.print(command.help());
                return OK;
            }
        }
        try {
            return command.run(args, out, err);
        } catch (UsageException e) {
            err.println("iommu-atlas " + command.name() + ": " + e.getMessage());
            err.println("Try 'iommu-atlas " + command.name() + " --help'.");
            return BAD_INPUT;
        } catch (ParseException e) {
            err.println("iommu-atlas: " + e.getMessage());
            return BAD_INPUT;
        } catch (java.io.IOException e) {
            err.println("iommu-atlas: " + e.getMessage());
            return BAD_INPUT;
        } catch (RuntimeException e) {
            // A bug, not bad input: say so plainly, still without a stack trace for the user.
            err.println("iommu-atlas: internal error (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "). Please report it with the input that caused it.");
            return BAD_INPUT;
        }
    }

    static String usage() {
        StringBuilder sb = new StringBuilder();
        sb.append("Usage: java -jar iommu-atlas.jar [COMMAND] [OPTIONS]\n\n");
        sb.append("Without a command the desktop app starts.\n\nCommands:\n");
        for (Command c : COMMANDS.values()) {
            sb.append(String.format("  %-9s %s%n", c.name(), c.summary()));
        }
        sb.append("\n'iommu-atlas COMMAND --help' describes a command.\n");
        return sb.toString();
    }

    /** One command word. */
    interface Command {
        String name();

        String summary();

        String help();

        int run(String[] args, PrintStream out, PrintStream err) throws UsageException, ParseException,
                java.io.IOException;
    }
}
