package dev.loopback.runner.grading;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The parsed command line of {@code submit}. */
record SubmitOptions(List<String> positional, String format, boolean verbose, Long seed) {
    private static final List<String> FORMATS = List.of("text", "json", "gradescope", "exercism");

    static Optional<SubmitOptions> parse(List<String> args, PrintWriter err) {
        List<String> positional = new ArrayList<>();
        String format = "text";
        boolean verbose = false;
        Long seed = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--json")) {
                format = "json";
            } else if (arg.equals("--verbose")) {
                verbose = true;
            } else if (arg.equals("--format") && i + 1 < args.size() && FORMATS.contains(args.get(i + 1))) {
                format = args.get(++i);
            } else if (arg.startsWith("--format=") && FORMATS.contains(arg.substring(9))) {
                format = arg.substring(9);
            } else if (arg.equals("--seed") || arg.startsWith("--seed=")) {
                String value = arg.equals("--seed") ? (i + 1 < args.size() ? args.get(++i) : "") : arg.substring(7);
                try {
                    seed = Long.parseUnsignedLong(value) & Long.MAX_VALUE;
                } catch (NumberFormatException e) {
                    err.println("--seed needs a whole number, the one a report printed (for example --seed 42), not '"
                            + value + "'. Usage: " + SubmitCommand.SYNOPSIS);
                    return Optional.empty();
                }
            } else if (arg.startsWith("-")) {
                err.println("Unknown option '" + arg + "'. Usage: " + SubmitCommand.SYNOPSIS);
                return Optional.empty();
            } else {
                positional.add(arg);
            }
        }
        return Optional.of(new SubmitOptions(positional, format, verbose, seed));
    }
}
