package dev.loopback.runner.scratch;

import dev.loopback.runner.output.Console;
import dev.loopback.runner.output.LineSource;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads snippets until {@code /exit} or end of input and shows each outcome: values on out, failures on err. */
final class Repl {
    static final String PROMPT = "jshell> ";
    static final String MORE = "   ...> ";
    private static final Set<String> LEAVING = Set.of("exit", "quit", "exit;", "quit;", "exit()", "quit()");

    private final Scratchpad pad;
    private final Console console;

    Repl(Scratchpad pad, Console console) {
        this.pad = pad;
        this.console = console;
    }

    /** Runs the loop; true when no snippet failed. */
    boolean run() {
        StringBuilder pending = new StringBuilder();
        boolean clean = true;
        while (true) {
            Optional<String> line = console.in().readLine(pending.length() == 0 ? PROMPT : MORE);
            if (line.isEmpty()) {
                return show(pad.eval(pending.toString()), console) && clean;
            }
            if (line.get().strip().equals("/exit")) {
                return clean;
            }
            if (pending.length() == 0 && LEAVING.contains(line.get().strip())) {
                console.err().println("To go back to the course, type /exit (with the slash).");
                continue;
            }
            if (pending.length() == 0 && isCommand(line.get())) {
                console.err().println("Only /exit works here: it takes you back to the course.");
                continue;
            }
            pending.append(line.get()).append('\n');
            Optional<List<Outcome>> outcomes = evalStoppable(pending.toString());
            if (outcomes.isPresent()) {
                clean &= show(outcomes.get(), console);
                pending.setLength(0);
            }
        }
    }

    /** Runs {@code source} once it is complete; at a terminal, Ctrl-C stops a runaway snippet, not the course. */
    private Optional<List<Outcome>> evalStoppable(String source) {
        try (LineSource.Scope stop = console.in().interruptWith(pad::stop)) {
            return pad.evalIfComplete(source);
        }
    }

    private static boolean isCommand(String line) {
        String text = line.strip();
        return text.startsWith("/") && !text.startsWith("//") && !text.startsWith("/*");
    }

    /** Prints each outcome, values on out and failures on err; true when none failed. */
    static boolean show(List<Outcome> outcomes, Console console) {
        boolean clean = true;
        for (Outcome outcome : outcomes) {
            if (outcome.failed()) {
                console.out().flush();
                console.err().println(console.palette().fail(outcome.display()));
                clean = false;
            } else {
                console.verbatim(outcome.display() + System.lineSeparator());
            }
        }
        console.out().flush();
        return clean;
    }
}
