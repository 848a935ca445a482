package dev.loopback.runner.quiz;

import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.practice.PracticeProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The interactive quiz: one question at a time, right or wrong at once, the score at the end. */
final class QuizConversation {
    private final Session session;
    private final Quiz quiz;
    private final Layout layout;
    private final PracticeProgress progress;
    private final QuizReport report;

    QuizConversation(Session session, Quiz quiz, Layout layout, PracticeProgress progress) {
        this.session = session;
        this.quiz = quiz;
        this.layout = layout;
        this.progress = progress;
        this.report = new QuizReport(session.console());
    }

    int run() {
        report.opening(quiz);
        List<Answered> answers = new ArrayList<>();
        for (int i = 0; i < quiz.questions().size(); i++) {
            report.question(quiz, layout, i);
            Optional<Integer> shown = ask(quiz.questions().get(i).options().size());
            if (shown.isEmpty()) {
                if (!Thread.currentThread().isInterrupted()) {
                    session.console().err().println("Quiz stopped before the end; this attempt is not recorded.");
                }
                return ExitCode.OK;
            }
            Answered answered = Answered.of(quiz, layout, i, shown.get());
            answers.add(answered);
            report.verdict(answered);
        }
        OptionalInt before = progress.quizBest(quiz.id());
        record(progress, quiz, answers);
        report.score(answers, before, progress.quizBest(quiz.id()));
        return ExitCode.OK;
    }

    /** Keeps this attempt (and so possibly a new best score) in the learner's progress. */
    static void record(PracticeProgress progress, Quiz quiz, List<Answered> answers) {
        int score = (int) answers.stream().filter(Answered::right).count();
        progress.quizAttempt(quiz.id(), score, answers.size(), answers.stream().map(Answered::right).toList());
    }

    private Optional<Integer> ask(int options) {
        String last = Layout.letter(options - 1);
        while (true) {
            Optional<String> line = session.console().in().readLine("Your answer (A-" + last + "): ");
            if (line.isEmpty()) {
                return Optional.empty();
            }
            int shown = Layout.shown(line.get(), options);
            if (shown >= 0) {
                return Optional.of(shown);
            }
            session.console().err().println("Type one letter from A to " + last + ", then Enter.");
        }
    }
}
