package dev.loopback.runner.grading;

import dev.loopback.grader.drill.Agreement;
import dev.loopback.grader.drill.Calibration;
import dev.loopback.grader.drill.Calibrator;
import dev.loopback.grader.drill.Drill;
import dev.loopback.grader.drill.DrillParser;
import dev.loopback.grader.drill.LabelledAnswer;
import dev.loopback.grader.text.FormatException;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.practice.PracticeFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code validate --drill <id> [--labels DIR]}: how often the drill's scorer agrees with a person's labels, per
 * criterion, on a labelled set (by default the drill's labelled pool, {@code course/drills/<id>-labelled/}, the set
 * the build measures); with a calibration, the rules alone and then the calibrated scorer.
 * {@code validate --drill <id> --calibrate} fits the calibration on the pool and its {@code BLIND-RULES.tsv} and
 * writes {@code <drill>.calibration.json}.
 */
final class DrillAgreementCheck {
    private DrillAgreementCheck() {}

    static int run(String id, Path labels, Session session) {
        return run(id, labels, false, session, Clock.systemUTC());
    }

    static int run(String id, Path labels, boolean calibrate, Session session, Clock clock) {
        PrintWriter out = session.console().out();
        PrintWriter err = session.console().err();
        Optional<Path> file = PracticeFiles.DRILL.find(session, id);
        if (file.isEmpty()) {
            err.println("There is no drill '" + id + "'. Drills: " + String.join(", ", PracticeFiles.DRILL.ids(session)) + ".");
            return ExitCode.USAGE;
        }
        Path set = labels != null ? labels : Calibration.poolOf(file.get(), id);
        if (calibrate) {
            return calibrate(id, file.get(), set, session, clock);
        }
        if (!Files.isDirectory(set)) {
            out.println(session.console().palette().fail("FAIL") + "  drill " + id + ": no labelled set in " + shown(session, set)
                    + "; write realistic answers there, one .txt file each: 'met: <criterion ids>', '---', the answer");
            return ExitCode.FAILED;
        }
        try {
            Drill drill = DrillParser.parseCalibrated(id, file.get());
            drill.calibrationProblem().ifPresent(p -> out.println(session.console().palette().fail("WARN") + "  "
                    + p.replace(session.workspace().home().toAbsolutePath().normalize() + java.io.File.separator, "")));
            List<LabelledAnswer> answers = LabelledAnswer.readAll(set);
            if (answers.isEmpty()) {
                out.println(session.console().palette().fail("FAIL") + "  drill " + id + ": " + shown(session, set)
                        + " holds no labelled answers (*.txt)");
                return ExitCode.FAILED;
            }
            if (drill.calibrated().isPresent()) {
                out.print(Agreement.rules(drill, answers).report());
            }
            Agreement agreement = Agreement.measure(drill, answers);
            out.print(agreement.report());
            List<String> below = agreement.below(Agreement.FLOOR);
            if (!below.isEmpty()) {
                out.println(session.console().palette().fail("FAIL") + "  drill " + id + ": below 90% agreement: "
                        + String.join(", ", below));
                return ExitCode.FAILED;
            }
            if (answers.size() < 30) {
                out.println(session.console().palette().dim("Only " + answers.size() + " answers: the build's check "
                        + "(DrillAgreementTest) wants 30 or more before the figures mean much."));
            }
            out.println(session.console().palette().ok("OK") + "    drill " + id + ": every criterion at 90% or more on "
                    + answers.size() + " answers");
            return ExitCode.OK;
        } catch (FormatException e) {
            out.println(malformed(session, e));
        } catch (IllegalArgumentException e) {
            out.println(session.console().palette().fail("FAIL") + "  " + shown(session, set) + "/" + e.getMessage());
        } catch (IOException e) {
            out.println(session.console().palette().fail("FAIL") + "  drill " + id + ": cannot be read (" + e.getMessage() + ")");
        }
        return ExitCode.FAILED;
    }

    /** Fits drill {@code id}'s calibration on its labelled pool {@code set} and writes it beside the drill file. */
    private static int calibrate(String id, Path drillFile, Path set, Session session, Clock clock) {
        PrintWriter out = session.console().out();
        try {
            Drill drill = DrillParser.parse(id, drillFile);
            List<LabelledAnswer> answers = LabelledAnswer.readAll(set);
            Calibrator.Result result = Calibrator.calibrate(drill, Files.readString(drillFile), answers,
                    Calibrator.readBlindRules(set.resolve(Calibrator.BLIND_RULES)), LocalDate.now(clock).toString(),
                    "validate --drill " + id + " --calibrate");
            Path target = Calibration.fileOf(drillFile);
            result.calibration().write(drill, target);
            result.notes().forEach(n -> out.println(session.console().palette().dim(n)));
            out.print(result.crossValidation().report());
            out.println(session.console().palette().ok("OK") + "    drill " + id + ": wrote " + shown(session, target)
                    + " (" + result.calibration().provenance().trainingRows() + " training answers, pool of "
                    + answers.size() + ")");
            return ExitCode.OK;
        } catch (FormatException e) {
            out.println(malformed(session, e));
        } catch (IllegalArgumentException e) {
            out.println(session.console().palette().fail("FAIL") + "  drill " + id + ": " + e.getMessage());
        } catch (IOException e) {
            out.println(session.console().palette().fail("FAIL") + "  drill " + id + ": cannot be read or written ("
                    + e.getMessage() + ")");
        }
        return ExitCode.FAILED;
    }

    private static String shown(Session session, Path file) {
        Path home = session.workspace().home().toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(home) ? home.relativize(absolute).toString() : file.toString();
    }

    /** A drill file or labelled answer an author must fix, named by file and line. */
    private static String malformed(Session session, FormatException e) {
        return session.console().palette().fail("FAIL") + "  " + shown(session, e.file()) + ":" + e.line() + ": "
                + e.problem();
    }
}
