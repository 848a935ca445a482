package dev.loopback.runner.grading;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The parsed command line of {@code submit}; {@code outputDir} is where results.json goes, or null for stdout. */
record SubmitOptions(List<String> positional, String format, boolean verbose, Long seed, Path outputDir) {
    private static final List<String> FORMATS = List.of("text", "json", "gradescope", "exercism");

    static Optional<SubmitOptions> parse(List<String> args, PrintWriter err) {
        List<String> positional = new ArrayList<>();
        String format = "text";
        boolean verbose = false;
        Long seed = null;
        Path outputDir = null;
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
            } else if (arg.equals("--output-dir") || arg.startsWith("--output-dir=")) {
                String value = arg.equals("--output-dir") ? (i + 1 < args.size() ? args.get(++i) : "") : arg.substring(13);
                if (value.isBlank()) {
                    err.println("--output-dir needs a folder to write results.json into. Usage: " + SubmitCommand.SYNOPSIS);
                    return Optional.empty();
                }
                outputDir = Path.of(value);
            } else if (arg.startsWith("-")) {
                err.println("Unknown option '" + arg + "'. Usage: " + SubmitCommand.SYNOPSIS);
                return Optional.empty();
            } else {
                positional.add(arg);
            }
        }
        if (outputDir != null && format.equals("text")) {
            err.println("--output-dir writes results.json, so it needs --format gradescope, exercism or json. Usage: "
                    + SubmitCommand.SYNOPSIS);
            return Optional.empty();
        }
        return Optional.of(new SubmitOptions(positional, format, verbose, seed, outputDir));
    }
}
