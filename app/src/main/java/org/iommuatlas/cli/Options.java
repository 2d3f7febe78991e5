package org.iommuatlas.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options after a command word: repeatable valued options ({@code --host FILE}), flags
 * ({@code --json}), and positional arguments. Each command declares what it accepts, so a typo is
 * an error rather than silently ignored.
 */
final class Options {
    private final Map<String, List<String>> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final List<String> positional = new ArrayList<>();

    static Options parse(String[] args, int from, Set<String> valued, Set<String> flagNames) throws UsageException {
        Options o = new Options();
        for (int i = from; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--") && a.contains("=")) {
                String name = a.substring(0, a.indexOf('='));
                if (!valued.contains(name)) {
                    throw new UsageException("unknown option " + name);
                }
                o.values.computeIfAbsent(name, k -> new ArrayList<>()).add(a.substring(a.indexOf('=') + 1));
            } else if (valued.contains(a)) {
                if (i + 1 >= args.length) {
                    throw new UsageException(a + " needs a value");
                }
                o.values.computeIfAbsent(a, k -> new ArrayList<>()).add(args[++i]);
            } else if (flagNames.contains(a)) {
                o.flags.add(a);
            } else if (a.startsWith("-") && a.length() > 1 && !isNegativeNumber(a)) {
                throw new UsageException("unknown option " + a);
            } else {
                o.positional.add(a);
            }
        }
        return o;
    }

    private static boolean isNegativeNumber(String a) {
        return a.length() > 1 && Character.isDigit(a.charAt(1));
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    String single(String name) throws UsageException {
        List<String> v = all(name);
        if (v.size() > 1) {
            throw new UsageException(name + " may be given once");
        }
        return v.isEmpty() ? null : v.get(0);
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    List<String> positional() {
        return positional;
    }
}
