package dev.loopback.runner.instructor;

import java.nio.file.Path;
import java.util.List;

/** The parsed arguments of {@code grade-all <folder> [--sandbox container|process] [--jobs N]}. */
public record GradeAllArgs(Path folder, SandboxChoice sandbox, int jobs) {
    static final String SYNOPSIS = "grade-all <folder> [--sandbox container|process] [--jobs N]";

    /** Parses {@code args}; throws {@link IllegalArgumentException} saying what is wrong. */
    static GradeAllArgs parse(List<String> args) {
        Path folder = null;
        SandboxChoice sandbox = SandboxChoice.CONTAINER;
        int jobs = 1;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--sandbox") || arg.equals("--jobs")) {
                if (i + 1 == args.size()) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                String value = args.get(++i);
                if (arg.equals("--sandbox")) {
                    sandbox = SandboxChoice.of(value).orElseThrow(
                            () -> new IllegalArgumentException("--sandbox is container or process, not '" + value + "'"));
                } else {
                    jobs = jobs(value);
                }
            } else if (arg.startsWith("--") || folder != null) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            } else {
                folder = Path.of(arg);
            }
        }
        if (folder == null) {
            throw new IllegalArgumentException("which folder? It holds one sub-folder per learner");
        }
        return new GradeAllArgs(folder.toAbsolutePath().normalize(), sandbox, jobs);
    }

    /** {@code --jobs}' value: 1 to 64 parallel gradings (local grade-all and farm workers alike). */
    public static int jobs(String value) {
        try {
            int jobs = Integer.parseInt(value);
            if (jobs >= 1 && jobs <= 64) {
                return jobs;
            }
        } catch (NumberFormatException e) {
            // Reported below with the accepted range.
        }
        throw new IllegalArgumentException("--jobs is a whole number from 1 to 64, not '" + value + "'");
    }
}
