package dev.loopback.runner.solution;

import dev.loopback.runner.command.Command;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.output.Console;
import dev.loopback.runner.practice.ExerciseFiles;
import dev.loopback.runner.practice.ExerciseSummary;
import java.util.List;
import java.util.Optional;

/** {@code solution <exercise>}: the reference solution and its design note, once the learner's code has passed. */
public final class SolutionCommand implements Command {
    private final PassRecord passes;

    public SolutionCommand() {
        this(new GraderPassRecord());
    }

    SolutionCommand(PassRecord passes) {
        this.passes = passes;
    }

    @Override public String name() { return "solution"; }
    @Override public String synopsis() { return "solution <exercise>"; }
    @Override public String summary() { return "compare with the reference solution (after you pass)"; }

    @Override
    public List<String> completions(Session session) {
        return ExerciseFiles.ids(session.workspace());
    }

    @Override
    public int run(List<String> args, Session session) {
        Console console = session.console();
        if (args.size() != 1) {
            console.err().println("Usage: solution <exercise>, e.g. solution " + String.join(" | solution ",
                    completions(session)));
            return ExitCode.USAGE;
        }
        Optional<ExerciseFiles> files = ExerciseFiles.find(session.workspace(), args.get(0));
        if (files.isEmpty()) {
            console.err().println(ExerciseFiles.unknown(session.workspace(), args.get(0)));
            return ExitCode.USAGE;
        }
        ExerciseSummary exercise = ExerciseSummary.read(files.get());
        if (!passes.passed(session, exercise.id())) {
            console.err().println("The reference solution for " + exercise.title() + " opens once your own code "
                    + "passes: working it out yourself is where the learning happens. 'watch " + exercise.id()
                    + "' regrades on every save; 'try " + exercise.id() + "' lets you poke at your code.");
            return ExitCode.FAILED;
        }
        console.out().print(Page.render(SolutionPage.markdown(files.get()), console));
        console.out().flush();
        return ExitCode.OK;
    }
}
