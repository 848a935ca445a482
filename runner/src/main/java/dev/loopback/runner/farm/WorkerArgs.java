package dev.loopback.runner.farm;

import dev.loopback.runner.instructor.GradeAllArgs;
import dev.loopback.runner.instructor.SandboxChoice;
import java.util.List;
import java.util.Map;

/** The parsed arguments of {@code worker --broker URI --db URI [--sandbox container|process] [--jobs N]}. */
record WorkerArgs(BrokerUri broker, DatabaseUri database, SandboxChoice sandbox, int jobs) {
    static final String SYNOPSIS = "worker --broker amqp://USER:PASS@HOST:5672/VHOST --db postgresql://USER@HOST:5432/DB "
            + "[--sandbox container|process] [--jobs N]";

    static WorkerArgs parse(List<String> args, Map<String, String> env) {
        String broker = env.get("LOOPBACK_BROKER");
        String db = env.get("LOOPBACK_DB");
        SandboxChoice sandbox = SandboxChoice.CONTAINER;
        int jobs = 1;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!List.of("--broker", "--db", "--sandbox", "--jobs").contains(arg)) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            if (i + 1 == args.size()) {
                throw new IllegalArgumentException(arg + " needs a value");
            }
            String value = args.get(++i);
            switch (arg) {
                case "--broker" -> broker = value;
                case "--db" -> db = value;
                case "--sandbox" -> sandbox = SandboxChoice.of(value).orElseThrow(
                        () -> new IllegalArgumentException("--sandbox is container or process, not '" + value + "'"));
                default -> jobs = GradeAllArgs.jobs(value);
            }
        }
        if (broker == null || broker.isBlank()) {
            throw new IllegalArgumentException("which broker? Give --broker amqp://USER:PASS@HOST:5672/ or set LOOPBACK_BROKER");
        }
        if (db == null || db.isBlank()) {
            throw new IllegalArgumentException("which gradebook? Give --db postgresql://USER@HOST:5432/DB or set LOOPBACK_DB");
        }
        return new WorkerArgs(uri("--broker", broker, BrokerUri::parse), uri("--db", db, DatabaseUri::parse), sandbox, jobs);
    }

    static <T> T uri(String flag, String text, java.util.function.Function<String, T> parse) {
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(flag + ": " + e.getMessage());
        }
    }
}
