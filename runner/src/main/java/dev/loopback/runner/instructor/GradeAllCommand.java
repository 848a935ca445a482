package dev.loopback.runner.instructor;

import dev.loopback.grader.Workspace;
import dev.loopback.runner.command.Command;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.grading.GradingWarmup;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code grade-all}: grades every learner's submissions in a class folder as {@code submit} would,
 * writes per-learner results (submit JSON and Gradescope results.json) and a class summary.
 */
public final class GradeAllCommand implements Command {
    private final GradingFactory factory;
    private final Farm farm;

    /** The grading farm's side of grade-all ({@code --broker}, {@code --db}, {@code --wait}, {@code --status}). */
    public interface Farm {
        /** No farm: grade-all always grades locally. */
        Farm NONE = new Farm() {
            @Override public boolean wanted(List<String> args) { return false; }
            @Override public int run(List<String> args, Session session) { throw new IllegalStateException("no farm"); }
        };

        /** Whether these arguments (or the environment) ask for the farm rather than local grading. */
        boolean wanted(List<String> args);

        /** Runs grade-all through the farm; returns an exit code. */
        int run(List<String> args, Session session);
    }

    /** Makes the grading function for a workspace and sandbox choice; throws with a plain message when it cannot. */
    interface GradingFactory {
        Grading open(Workspace workspace, SandboxChoice sandbox, Path classFolder);
    }

    /** grade-all with the course's grader. */
    public GradeAllCommand() {
        this(GraderGrading::open, Farm.NONE);
    }

    /** grade-all with the course's grader locally, and {@code farm} when the arguments or environment ask for it. */
    public GradeAllCommand(Farm farm) {
        this(GraderGrading::open, farm);
    }

    GradeAllCommand(GradingFactory factory) {
        this(factory, Farm.NONE);
    }

    private GradeAllCommand(GradingFactory factory, Farm farm) {
        this.factory = factory;
        this.farm = farm;
    }

    @Override public String name() { return "grade-all"; }
    @Override public String synopsis() {
        return GradeAllArgs.SYNOPSIS + " | grade-all <folder> --broker URI --db URI [--wait] | grade-all <folder> --db URI --status";
    }
    @Override public String summary() { return "instructors: grade a class folder, each submission in a container"; }

    @Override
    public String details() {
        return "Grades every <folder>/<learner>/exercises/<id>/src/main/java exactly as submit does, each submission's "
                + "hidden tests in a locked-down container (no network but loopback, capped memory, CPU and processes, "
                + "read-only files) or, with --sandbox process, in submit's sandboxed JVM. Writes <folder>/.grades/: per "
                + "learner the submit JSON and Gradescope's results.json, and summary.csv and summary.md. A second run "
                + "regrades only what changed. Needs Docker for containers: .ci/docker-up. With --broker and --db (or "
                + "LOOPBACK_BROKER and LOOPBACK_DB set; --local ignores them) it publishes each changed submission to the "
                + "grading farm's queue instead and returns; --wait shows progress and writes the same .grades files when "
                + "the workers are done; --status counts queued, grading, graded and failed submissions.";
    }

    @Override
    public List<String> examples() {
        return List.of("grade-all submissions --jobs 2", "grade-all submissions --sandbox process",
                "grade-all submissions --broker amqp://guest:guest@127.0.0.1:5672/ --db postgresql://postgres@127.0.0.1:5432/test --wait");
    }

    @Override
    public int run(List<String> words, Session session) {
        PrintWriter err = session.console().err();
        List<String> args = words.stream().filter(word -> !word.equals("--local")).toList();
        if (args.size() == words.size() && farm.wanted(args)) {
            return farm.run(args, session);
        }
        GradeAllArgs parsed;
        try {
            parsed = GradeAllArgs.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("grade-all: " + e.getMessage() + "\nusage: " + GradeAllArgs.SYNOPSIS);
            return ExitCode.USAGE;
        }
        if (!Files.isDirectory(parsed.folder())) {
            err.println("grade-all: " + parsed.folder() + " is not a folder; it should hold one sub-folder per learner.");
            return ExitCode.USAGE;
        }
        Workspace workspace = session.workspace();
        List<Submission> submissions = Roster.scan(parsed.folder(), exerciseIds(workspace));
        if (submissions.isEmpty()) {
            err.println("grade-all: no submissions in " + parsed.folder() + ": expected <learner>/exercises/<id>/src/main/java "
                    + "with <id> one of " + String.join(", ", exerciseIds(workspace)) + ".");
            return ExitCode.FAILED;
        }
        Grading grading;
        try {
            grading = factory.open(workspace, parsed.sandbox(), parsed.folder());
        } catch (RuntimeException e) {
            err.println("grade-all: cannot grade in the " + parsed.sandbox().word() + " sandbox: " + e.getMessage());
            return ExitCode.FAILED;
        }
        return grade(parsed, workspace, submissions, grading, session);
    }

    private int grade(GradeAllArgs args, Workspace workspace, List<Submission> submissions, Grading grading, Session session) {
        PrintWriter err = session.console().err();
        long learners = submissions.stream().map(Submission::learner).distinct().count();
        err.println("grade-all: " + submissions.size() + " submissions from " + learners + " learners, "
                + args.sandbox().word() + " sandbox, " + args.jobs() + (args.jobs() == 1 ? " job" : " jobs"));
        GradeStore store = GradeStore.in(args.folder());
        ProgressBar bar = new ProgressBar(err, session.console().palette(), session.console().interactive(), submissions.size());
        Batch batch = new Batch(grading, store, submission -> args.sandbox().word() + ":" + SourceHash.of(
                List.of(submission.sources(), workspace.graderExercises().resolve(submission.exercise()))), args.jobs());
        List<Row> rows;
        try (GradingWarmup.Scope warm = GradingWarmup.forBatch()) {
            rows = batch.run(submissions, bar); // sandboxes started ahead end with the scope
        }
        bar.finish();
        ClassReport.write(args.folder(), rows);
        session.console().verbatim(ClassSummary.markdown(rows));
        err.println("grade-all: " + tally(rows) + "; results in " + store.root());
        return ExitCode.OK;
    }

    private static String tally(List<Row> rows) {
        long regraded = rows.stream().filter(Row::regraded).count();
        StringBuilder text = new StringBuilder(regraded + " graded, " + (rows.size() - regraded) + " unchanged");
        for (Graded.Status status : Graded.Status.values()) {
            long count = rows.stream().filter(row -> row.graded().status() == status).count();
            if (status != Graded.Status.GRADED && count > 0) {
                text.append(", ").append(count).append(' ').append(status.words());
            }
        }
        return text.toString();
    }

    public static Set<String> exerciseIds(Workspace workspace) {
        if (!Files.isDirectory(workspace.graderExercises())) {
            return Set.of();
        }
        try (Stream<Path> dirs = Files.list(workspace.graderExercises())) {
            return dirs.filter(dir -> Files.isRegularFile(dir.resolve("exercise.json")))
                    .map(dir -> dir.getFileName().toString())
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
