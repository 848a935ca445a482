package dev.loopback.runner.solution;

import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.output.Console;
import dev.loopback.runner.render.TextWrap;
import dev.loopback.runner.workbench.ExerciseChoice;
import dev.loopback.runner.workbench.OneExerciseCommand;
import dev.loopback.runner.workbench.ExerciseSummary;

/** {@code solution <exercise>}: the reference solution and its design note, once the learner's code has passed. */
public final class SolutionCommand implements OneExerciseCommand {
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
    public String details() {
        return "Once your code has passed (by submit or watch), shows the reference solution with a note on why it "
                + "is built that way. Before that it stays closed.";
    }

    @Override
    public int run(ExerciseChoice.Chosen chosen, Session session) {
        ExerciseSummary exercise = chosen.exercise();
        Console console = session.console();
        if (!passes.passed(session, exercise.id())) {
            TextWrap.wrap("The reference solution for " + exercise.title() + " opens once your own code "
                    + "passes: working it out yourself is where the learning happens. 'watch " + exercise.id()
                    + "' regrades on every save; 'try " + exercise.id() + "' lets you poke at your code.",
                    console.width()).forEach(console.err()::println);
            return ExitCode.FAILED;
        }
        console.page(Page.render(SolutionPage.markdown(chosen.files()), console));
        return ExitCode.OK;
    }
}
