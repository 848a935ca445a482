package dev.loopback.runner.author;

import dev.loopback.runner.command.Command;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import java.util.List;
import java.util.Optional;

/** For course authors: {@code new lesson ...} and {@code new exercise ...}, each handed to its own command. */
public final class NewCommand implements Command {
    private final List<Command> scaffolds = List.of(new NewLessonCommand(), new NewExerciseCommand());

    @Override public String name() { return "new"; }
    @Override public String synopsis() { return "new lesson NN \"Title\" | new exercise <id> --lesson NN --package <pkg>"; }
    @Override public String summary() { return "for course authors: scaffold a lesson or an exercise, with TODO(author) markers to fill"; }
    @Override public List<String> completions(Session session) { return List.of("lesson", "exercise"); }

    @Override
    public List<String> examples() {
        return List.of("new lesson 06 \"Retries\"", "new exercise backoff --lesson 06 --package backoff");
    }

    @Override
    public String details() {
        return String.join(" ", scaffolds.stream().map(Command::details).toList())
                + " Every place to fill is marked " + AuthorTodos.MARK + "; validate names each one (file:line) until it "
                + "is gone. Nothing is overwritten: an existing lesson, exercise or file is refused (exit status 2).";
    }

    @Override
    public int run(List<String> args, Session session) {
        Optional<Command> scaffold = args.isEmpty() ? Optional.empty()
                : scaffolds.stream().filter(c -> c.name().equals("new " + args.get(0))).findFirst();
        if (scaffold.isEmpty()) {
            session.console().err().println("Usage: " + synopsis());
            return ExitCode.USAGE;
        }
        return scaffold.get().run(args.subList(1, args.size()), session);
    }
}
