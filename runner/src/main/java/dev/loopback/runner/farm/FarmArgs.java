package dev.loopback.runner.farm;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The parsed arguments of {@code grade-all <folder> --broker URI --db URI [--wait] [--class NAME]} and
 * {@code grade-all <folder> --db URI --status [--class NAME]}; LOOPBACK_BROKER and LOOPBACK_DB stand in for the flags.
 * The class is named by {@code --class}, else by the folder's name: the gradebook keeps classes apart by it.
 */
record FarmArgs(Path folder, String classId, BrokerUri broker, DatabaseUri database, boolean waiting, boolean status) {
    static final String SYNOPSIS = "grade-all <folder> --broker URI --db URI [--wait] [--class NAME] | "
            + "grade-all <folder> --db URI --status [--class NAME]";

    static FarmArgs parse(List<String> args, Map<String, String> env) {
        Path folder = null;
        String broker = env.get("LOOPBACK_BROKER");
        String db = env.get("LOOPBACK_DB");
        String classId = null;
        boolean waiting = false;
        boolean status = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--wait" -> waiting = true;
                case "--status" -> status = true;
                case "--broker", "--db", "--class" -> {
                    if (i + 1 == args.size()) {
                        throw new IllegalArgumentException(arg + " needs a value");
                    }
                    String value = args.get(++i);
                    if (arg.equals("--broker")) {
                        broker = value;
                    } else if (arg.equals("--db")) {
                        db = value;
                    } else {
                        classId = value;
                    }
                }
                case "--sandbox", "--jobs" -> throw new IllegalArgumentException(arg + " is each worker's choice in the "
                        + "farm (worker " + arg + " ...); leave it out here, or add --local to grade on this machine");
                default -> {
                    if (arg.startsWith("--") || folder != null) {
                        throw new IllegalArgumentException("unexpected argument '" + arg + "'");
                    }
                    folder = Path.of(arg);
                }
            }
        }
        if (folder == null) {
            throw new IllegalArgumentException("which folder? It holds one sub-folder per learner");
        }
        folder = folder.toAbsolutePath().normalize();
        if (status && waiting) {
            throw new IllegalArgumentException("--status and --wait do not go together: --status prints the counts at once");
        }
        if (db == null || db.isBlank()) {
            throw new IllegalArgumentException("which gradebook? Give --db postgresql://USER@HOST:5432/DB or set LOOPBACK_DB");
        }
        if (!status && (broker == null || broker.isBlank())) {
            throw new IllegalArgumentException("which broker? Give --broker amqp://USER:PASS@HOST:5672/ or set LOOPBACK_BROKER "
                    + "(or --local to grade on this machine)");
        }
        String name = classId != null ? classId : folder.getFileName() == null ? "class" : folder.getFileName().toString();
        try {
            new GradeKey(name, "x", "x", "0".repeat(64), "0".repeat(64));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--class: " + e.getMessage());
        }
        return new FarmArgs(folder, name, broker == null || broker.isBlank() ? null : WorkerArgs.uri("--broker", broker, BrokerUri::parse),
                WorkerArgs.uri("--db", db, DatabaseUri::parse), waiting, status);
    }
}
