package dev.loopback.runner.scratch;

import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.output.Console;
import dev.loopback.runner.output.LineSource;
import dev.loopback.runner.workbench.ExerciseChoice;
import dev.loopback.runner.workbench.OneExerciseCommand;
import dev.loopback.runner.workbench.ExerciseSummary;
import dev.loopback.runner.workbench.FileTree;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** {@code try <exercise>}: a JShell scratchpad over the learner's current classes for that exercise. */
public final class TryCommand implements OneExerciseCommand {
    static final String HISTORY = "jshell-history";

    private final Function<Session, LearnerBuild> build;

    public TryCommand() {
        this(session -> new GraderBuild(session.workspace().home()));
    }

    TryCommand(Function<Session, LearnerBuild> build) {
        this.build = build;
    }

    @Override public String name() { return "try"; }
    @Override public String synopsis() { return "try <exercise>"; }
    @Override public String summary() { return "poke at your exercise code in a Java scratchpad (JShell)"; }

    @Override
    public String details() {
        return "Compiles your current code for the exercise and opens JShell with your classes loaded and their package "
                + "imported (plus java.time, java.net, java.util). Type an expression to see its value; an open brace "
                + "waits for more lines; /exit goes back. If your code does not compile you see the errors and can "
                + "still use plain Java. With input from a pipe, each snippet's value is printed, for scripts.";
    }

    @Override
    public int run(ExerciseChoice.Chosen chosen, Session session) {
        ExerciseSummary exercise = chosen.exercise();
        Path classes = emptyFolder(session.workspace().state().resolve("try").resolve(exercise.id()));
        CompletableFuture<Scratchpad> opening = CompletableFuture.supplyAsync(
                () -> Scratchpad.open(Optional.of(classes), Scratchpad.STANDARD_IMPORTS));
        LearnerBuild.Build result = compileWhileOpening(chosen, classes, session, opening);
        try (Scratchpad pad = opening.join()) {
            if (Thread.currentThread().isInterrupted()) {
                return ExitCode.FAILED;
            }
            if (result instanceof LearnerBuild.Broken broken) {
                return openWithoutClasses(exercise, broken, session.console())
                        ? scratch(exercise, false, pad, session) : ExitCode.FAILED;
            }
            if (!exercise.packageName().isEmpty()) {
                pad.importAll(exercise.packageName() + ".*");
            }
            return scratch(exercise, true, pad, session);
        }
    }

    /** Compiles on this thread while JShell warms up on another: the first value shows up sooner. */
    private LearnerBuild.Build compileWhileOpening(ExerciseChoice.Chosen chosen, Path classes, Session session,
            CompletableFuture<Scratchpad> opening) {
        try {
            return build.apply(session).compile(chosen.files(), classes);
        } catch (RuntimeException e) {
            opening.thenAccept(Scratchpad::close);
            throw e;
        }
    }

    private static Path emptyFolder(Path folder) {
        FileTree.delete(folder);
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean openWithoutClasses(ExerciseSummary exercise, LearnerBuild.Broken broken, Console console) {
        PrintWriter err = console.err();
        err.println(console.palette().fail("Your " + exercise.title() + " code does not compile yet:"));
        console.verbatimErr(broken.diagnostics() + System.lineSeparator());
        err.println("The scratchpad can still run plain Java (java.time, java.net, java.util), without your classes.");
        if (!console.interactive()) {
            return true;
        }
        String answer = console.in().readLine("Open it without your classes? [Y/n] ").orElse("n").strip();
        return answer.isEmpty() || answer.toLowerCase().startsWith("y");
    }

    /** Runs the scratchpad with its own line history (.course/jshell-history) and Java completion on Tab. */
    private static int scratch(ExerciseSummary exercise, boolean withClasses, Scratchpad pad, Session session) {
        Console console = session.console();
        if (console.interactive()) {
            Banner.print(exercise, withClasses, console);
        }
        boolean clean;
        Path history = session.workspace().state().resolve(HISTORY);
        try (LineSource.Scope prompt = console.in().codePrompt(history, pad::complete)) {
            clean = new Repl(pad, console).run();
        }
        return clean || console.interactive() ? ExitCode.OK : ExitCode.FAILED;
    }
}
