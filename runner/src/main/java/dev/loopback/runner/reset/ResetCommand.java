package dev.loopback.runner.reset;

import dev.loopback.runner.command.Command;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.output.Console;
import dev.loopback.runner.workbench.ExerciseChoice;
import dev.loopback.runner.workbench.ExerciseFiles;
import dev.loopback.runner.workbench.FileTree;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** {@code reset <exercise> [--yes]}: backs up the learner's sources, then puts the starting stub back. */
public final class ResetCommand implements Command {
    private final Clock clock;

    public ResetCommand() {
        this(Clock.systemUTC());
    }

    ResetCommand(Clock clock) {
        this.clock = clock;
    }

    @Override public String name() { return "reset"; }
    @Override public String synopsis() { return "reset <exercise> [--yes]"; }
    @Override public String summary() { return "start an exercise over (your code is backed up first)"; }

    @Override
    public String details() {
        return "Copies your current sources to .course/backups/<exercise>/<time>/ (the path is shown), then puts "
                + "the starting stub back in exercises/<exercise>/src/main/java. Asks first at a terminal; --yes skips "
                + "the question.";
    }

    @Override
    public List<String> examples() {
        return List.of("reset pool-sizer", "reset pool-sizer --yes");
    }

    @Override
    public List<String> completions(Session session) {
        return ExerciseFiles.ids(session.workspace());
    }

    @Override
    public int run(List<String> args, Session session) {
        Console console = session.console();
        List<String> words = new ArrayList<>(args);
        boolean yes = words.remove("--yes");
        ExerciseChoice choice = ExerciseChoice.of(words, session, synopsis());
        if (choice instanceof ExerciseChoice.Refused refused) {
            return refused.status();
        }
        ExerciseFiles files = ((ExerciseChoice.Chosen) choice).files();
        if (console.interactive() && !yes && !confirmed(files, console)) {
            console.err().println("Nothing changed.");
            return ExitCode.OK;
        }
        reset(files, session);
        return ExitCode.OK;
    }

    private static boolean confirmed(ExerciseFiles files, Console console) {
        String question = "Put " + files.id() + " back to its starting code? Your current code is backed up first. [y/N] ";
        return console.in().readLine(question).map(String::strip).map(String::toLowerCase)
                .filter(answer -> answer.equals("y") || answer.equals("yes")).isPresent();
    }

    private void reset(ExerciseFiles files, Session session) {
        Console console = session.console();
        Path home = session.workspace().home();
        if (!FileTree.files(files.sourceRoot()).isEmpty()) {
            Path backup = new Backups(session.workspace().state(), clock).save(files.id(), files.sourceRoot());
            console.out().println("Your code is backed up in " + shown(home, backup) + "/");
        }
        FileTree.delete(files.sources());
        FileTree.copy(files.stub(), files.sources());
        console.err().println(files.id() + " is back to its starting code in " + shown(home, files.sources())
                + "/. Copy pieces back from the backup whenever you like.");
    }

    private static String shown(Path home, Path path) {
        return path.startsWith(home) ? home.relativize(path).toString() : path.toString();
    }
}
