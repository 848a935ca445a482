package dev.loopback.runner.watch;

import dev.loopback.grader.GradeOptions;
import dev.loopback.grader.GradeResult;
import dev.loopback.grader.Grader;
import dev.loopback.grader.ProgressListener;
import dev.loopback.grader.compile.DiagnosticFormat;
import dev.loopback.grader.report.TextReport;
import dev.loopback.grader.report.UnlockedHints;
import dev.loopback.grader.rubric.CriterionResult;
import dev.loopback.grader.rubric.Explain;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.grading.HintLevels;
import dev.loopback.runner.workbench.ExerciseFiles;
import java.util.ArrayList;
import java.util.List;

/** Grading through the grader, recorded in the submission history like {@code submit}. */
final class GraderGrading implements Grading {
    private final Session session;

    GraderGrading(Session session) {
        this.session = session;
    }

    @Override
    public GradeReport grade(ExerciseFiles exercise) {
        session.console().err().println(session.console().palette().dim("Grading " + exercise.id() + "..."));
        GradeResult result = new Grader(session.workspace()).grade(exercise.id(), exercise.sources(),
                GradeOptions.DEFAULT, ProgressListener.NONE);
        List<String> diagnostics = new ArrayList<>();
        result.diagnostics().forEach(d -> diagnostics.add(DiagnosticFormat.format(d, session.workspace().home())));
        result.apiProblems().forEach(problem -> diagnostics.add("Your classes no longer match the stub: " + problem));
        result.notes().forEach(note -> diagnostics.add("Note: " + note));
        UnlockedHints hints = HintLevels.afterGrading(session.progress(), result);
        return new GradeReport(result.compiled(), result.score(), result.maxScore(), result.passed(),
                result.criteria().stream().map(c -> criterion(result, c, hints)).toList(), diagnostics);
    }

    private static GradeReport.Criterion criterion(GradeResult result, CriterionResult c, UnlockedHints hints) {
        String section = c.criterion().section();
        String feedback = Explain.besidePointer(c.failures().isEmpty() ? c.feedback() : c.failures().get(0), section);
        List<String> shown = hints.shown(c.criterion());
        int levels = c.criterion().hints().size();
        String next = result.compiled() && shown.size() < levels
                ? TextReport.nextHint(result.exercise(), shown.size(), levels) : "";
        return new GradeReport.Criterion(c.id(), c.criterion().title(), c.points(), c.earned(), c.passed(), feedback,
                TextReport.lessonLink(result, c), shown, next);
    }
}
