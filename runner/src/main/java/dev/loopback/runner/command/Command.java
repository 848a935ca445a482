package dev.loopback.runner.command;

import java.util.List;

/** One thing the learner can ask of the runner, in the shell or on the command line. */
public interface Command {

    /** The word that invokes it, e.g. {@code open}. */
    String name();

    /** How to call it, e.g. {@code open <lesson>}. */
    String synopsis();

    /** One line for the {@code help} listing. */
    String summary();

    /** A few sentences for {@code help <name>}: what it does and when to use it. */
    default String details() {
        return summary();
    }

    /** Complete command lines to try, e.g. {@code open 05}. */
    default List<String> examples() {
        return List.of();
    }

    /** Runs with the words after the command name; returns an {@link ExitCode}. */
    int run(List<String> args, Session session);

    /** Ids this command's first argument accepts, for tab completion. */
    default List<String> completions(Session session) {
        return List.of();
    }
}
