package dev.loopback.runner.instructor;

import dev.loopback.grader.Workspace;
import dev.loopback.grader.report.GradescopeReport;
import dev.loopback.runner.command.Command;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code grade-all}: grades every learner's submissions in a class folder as {@code submit} would,
 * writes per-learner results (submit JSON and Gradescope results.json) and a class summary.
 */
public final class GradeAllCommand implements Command {
    private final GradingFactory factory;

    /** Makes the grading function for a workspace and sandbox choice; throws with a plain message when it cannot. */
    interface GradingFactory {
        Grading open(Workspace workspace, SandboxChoice sandbox, Path classFolder);
    }

    /** grade-all with the course's grader. */
    public GradeAllCommand() {
        this(GraderGrading::open);
    }

    GradeAllCommand(GradingFactory factory) {
        this.factory = factory;
    }

    @Override public String name() { return "grade-all"; }
    @Override public String synopsis() { return GradeAllArgs.SYNOPSIS; }
    @Override public String summary() { return "instructors: grade a class folder, each submission in a container"; }

    @Override
    public String details() {
        return "Grades every <folder>/<learner>/exercises/<id>/src/main/java exactly as submit does, each submission's "
                + "hidden tests in a locked-down container (no network but loopback, capped memory, CPU and processes, "
                + "read-only files) or, with --sandbox process, in submit's sandboxed JVM. Writes <folder>/.grades/: per "
                + "learner the submit JSON and Gradescope's results.json, and summary.csv and summary.md. A second run "
                + "regrades only what changed. Needs Docker for containers: .ci/docker-up.";
    }

    @Override
    public List<String> examples() {
        return List.of("grade-all submissions --jobs 2", "grade-all submissions --sandbox process");
    }

    @Override
    public int run(List<String> args, Session session) {
        PrintWriter err = session.console().err();
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
        List<Row> rows = batch.run(submissions, bar);
        bar.finish();
        write(store, rows);
        session.console().verbatim(ClassSummary.markdown(rows));
        err.println("grade-all: " + tally(rows) + "; results in " + store.root());
        return ExitCode.OK;
    }

    private static void write(GradeStore store, List<Row> rows) {
        Map<String, List<Row>> byLearner = rows.stream()
                .collect(Collectors.groupingBy(row -> row.submission().learner(), TreeMap::new, Collectors.toList()));
        byLearner.forEach((learner, own) -> {
            Map<String, String> byExercise = new LinkedHashMap<>();
            own.forEach(row -> byExercise.put(row.submission().exercise(), row.graded().gradescope()));
            GradeStore.write(store.learner(learner).resolve("results.json"), GradescopeReport.combine(byExercise));
        });
        GradeStore.write(store.root().resolve("summary.csv"), ClassSummary.csv(rows));
        GradeStore.write(store.root().resolve("summary.md"), ClassSummary.markdown(rows));
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

    static Set<String> exerciseIds(Workspace workspace) {
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
