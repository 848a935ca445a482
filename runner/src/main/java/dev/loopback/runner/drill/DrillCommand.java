package dev.loopback.runner.drill;

import dev.loopback.grader.drill.Assessment;
import dev.loopback.grader.drill.CriterionResult;
import dev.loopback.grader.drill.Drill;
import dev.loopback.grader.drill.DrillParser;
import dev.loopback.grader.drill.DrillScorer;
import dev.loopback.runner.command.Command;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.practice.Args;
import dev.loopback.runner.practice.Loaded;
import dev.loopback.runner.practice.PracticeFiles;
import dev.loopback.runner.practice.PracticeProgress;
import dev.loopback.runner.practice.StorePracticeProgress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code drill <id>}: a free-text answer scored against the drill's rubric, then the model answer,
 * then the learner's own verdict per criterion (kept apart from the automatic score).
 */
public final class DrillCommand implements Command {
    private static final String USAGE = "Usage: drill <id> [--answer-file FILE] [--json]";

    @Override public String name() { return "drill"; }
    @Override public String synopsis() { return "drill <id> [--answer-file F] [--json]"; }
    @Override public String summary() { return "explain it in your own words; scored against the rubric"; }

    @Override
    public String details() {
        return "Shows the drill's prompt and takes your answer: typed, ending with a line holding only '.', from"
                + " --answer-file, or in $EDITOR when it is set. Scores it against the rubric by concept matching and"
                + " shows each criterion met or not with the words that met it, then the model answer; then you judge"
                + " each criterion yourself. Both verdicts are kept, apart. A misconception the answer states is named and"
                + " corrected, and the criteria it touches are not met; a note about the answer or the grader, or a bare"
                + " list of terms, is not scored and says why. --json (with --answer-file) prints {drill, score, maxScore,"
                + " criteria: [{id, met, evidence}], misconceptions: [{id, evidence, correction}]}, plus notice when the"
                + " text was not scored as an answer.";
    }

    @Override
    public List<String> examples() {
        return List.of("drill 05", "drill 05 --answer-file answer.txt --json");
    }

    @Override
    public List<String> completions(Session session) {
        return PracticeFiles.DRILL.ids(session);
    }

    @Override
    public int run(List<String> words, Session session) {
        Args args = Args.parse(words, Set.of("--answer-file"), Set.of("--json"));
        if (args.problem().isPresent() || args.positional().size() != 1) {
            return usage(session, args.problem().orElse("name one drill, e.g. 'drill 05'"));
        }
        boolean json = args.on("--json");
        if (json && args.value("--answer-file").isEmpty()) {
            return usage(session, "--json needs --answer-file: scripts hand the answer over as a file");
        }
        Loaded<Drill> loaded = Loaded.load(session, PracticeFiles.DRILL, args.positional().get(0),
                DrillParser::parseCalibrated);
        if (loaded instanceof Loaded.Failed<Drill> failed) {
            return failed.exitCode();
        }
        Drill drill = ((Loaded.Ready<Drill>) loaded).content();
        drill.calibrationProblem().ifPresent(p -> session.console().err().println("This drill's calibration is broken, so"
                + " it is scored by its rules alone: " + p.replace(session.workspace().home() + java.io.File.separator, "")));
        DrillReport report = new DrillReport(session.console());
        if (!json) {
            report.prompt(drill);
        }
        Optional<Path> file = args.value("--answer-file").map(f -> session.workspace().home().resolve(f));
        Optional<String> editor = Optional.ofNullable(System.getenv("EDITOR"))
                .filter(e -> session.console().interactive() && !e.isBlank());
        Optional<String> answer = new AnswerInput(session, editor).read(file);
        if (answer.isEmpty()) {
            return file.isPresent() ? ExitCode.USAGE : ExitCode.OK;
        }
        Assessment assessment = DrillScorer.score(drill, answer.get());
        PracticeProgress progress = new StorePracticeProgress(session.progress(),
                Clock.systemUTC());
        int attempt = assessment instanceof Assessment.Scored ? record(progress, assessment, answer.get()) : 0;
        if (json) {
            session.console().verbatim(DrillJson.of(assessment) + "\n");
            DrillJson.notice(assessment).ifPresent(session.console().err()::println);
            return ExitCode.OK;
        }
        report.assessment(drill, assessment);
        if (assessment instanceof Assessment.Scored) {
            report.modelAnswer(drill);
            new SelfAssessment(session, drill).ask().ifPresent(v -> {
                progress.selfAssessment(drill.id(), attempt, v);
                report.selfAssessed(drill, assessment, v);
            });
        }
        return ExitCode.OK;
    }

    private static int record(PracticeProgress progress, Assessment assessment, String answer) {
        Map<String, Boolean> met = new LinkedHashMap<>();
        Map<String, List<String>> evidence = new LinkedHashMap<>();
        for (CriterionResult result : assessment.criteria()) {
            met.put(result.id(), result.met());
            evidence.put(result.id(), result.evidence());
        }
        return progress.drillAttempt(assessment.drillId(), answer, assessment.score(), assessment.maxScore(), met, evidence);
    }

    private static int usage(Session session, String problem) {
        session.console().err().println(problem + ". " + USAGE);
        return ExitCode.USAGE;
    }
}
