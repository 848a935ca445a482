package dev.loopback.runner.quiz;

import dev.loopback.runner.command.Command;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.practice.Args;
import dev.loopback.runner.practice.Loaded;
import dev.loopback.runner.practice.PracticeFiles;
import dev.loopback.runner.practice.PracticeProgress;
import dev.loopback.runner.practice.StorePracticeProgress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;

/**
 * {@code quiz <id>}: a quick check, one question at a time with options shuffled per attempt;
 * {@code --answers B,A,C} answers up front (authored order, or the order {@code --seed N} gives).
 */
public final class QuizCommand implements Command {
    private static final String USAGE = "Usage: quiz <id> [--answers B,A,C,...] [--seed N] [--json]";

    @Override public String name() { return "quiz"; }
    @Override public String synopsis() { return "quiz <id> [--answers ...] [--json]"; }
    @Override public String summary() { return "quick check: multiple choice, every answer explained"; }

    @Override
    public String details() {
        return "Asks the quick check one question at a time, options A-D shuffled on every attempt; answer by letter."
                + " Each answer is marked right or wrong at once and explained, option by option; the score comes"
                + " at the end and every attempt is kept with your best score. --answers B,C,D,B,A answers up front"
                + " (letters in the authored order, or in the order --seed N gives) and --json prints the results"
                + " as JSON for scripts.";
    }

    @Override
    public List<String> examples() {
        return List.of("quiz 05", "quiz 05 --answers B,C,D,B,A --json");
    }

    @Override
    public List<String> completions(Session session) {
        return PracticeFiles.QUICK_CHECK.ids(session);
    }

    @Override
    public int run(List<String> words, Session session) {
        Args args = Args.parse(words, Set.of("--answers", "--seed"), Set.of("--json"));
        if (args.problem().isPresent() || args.positional().size() != 1) {
            return usage(session, args.problem().orElse("name one quick check, e.g. 'quiz 05'"));
        }
        if (args.on("--json") && args.value("--answers").isEmpty()) {
            return usage(session, "--json needs --answers: scripts answer up front");
        }
        OptionalLong seed;
        try {
            seed = args.value("--seed").map(s -> OptionalLong.of(Long.parseLong(s))).orElse(OptionalLong.empty());
        } catch (NumberFormatException e) {
            return usage(session, "--seed takes a whole number");
        }
        Loaded<Quiz> loaded = Loaded.load(session, PracticeFiles.QUICK_CHECK, args.positional().get(0), QuizParser::parse);
        if (loaded instanceof Loaded.Failed<Quiz> failed) {
            return failed.exitCode();
        }
        Quiz quiz = ((Loaded.Ready<Quiz>) loaded).content();
        PracticeProgress progress = new StorePracticeProgress(session.progress(),
                Clock.systemUTC());
        if (args.value("--answers").isPresent()) {
            Layout layout = seed.isPresent() ? Layout.shuffled(quiz, new Random(seed.getAsLong())) : Layout.authored(quiz);
            return answered(session, quiz, layout, seed, args, progress);
        }
        Layout layout = Layout.shuffled(quiz, seed.isPresent() ? new Random(seed.getAsLong()) : new Random());
        return new QuizConversation(session, quiz, layout, progress).run();
    }

    private static int answered(Session session, Quiz quiz, Layout layout, OptionalLong seed, Args args,
            PracticeProgress progress) {
        String[] letters = args.value("--answers").orElseThrow().split(",", -1);
        if (letters.length != quiz.questions().size()) {
            return usage(session, "--answers needs " + quiz.questions().size() + " letters, one per question,"
                    + " separated by commas; got " + letters.length);
        }
        List<Answered> answers = new ArrayList<>();
        for (int i = 0; i < letters.length; i++) {
            int shown = Layout.shown(letters[i], quiz.questions().get(i).options().size());
            if (shown < 0) {
                return usage(session, "answer " + (i + 1) + " is '" + letters[i] + "'; question " + (i + 1)
                        + " takes a letter from A to " + Layout.letter(quiz.questions().get(i).options().size() - 1));
            }
            answers.add(Answered.of(quiz, layout, i, shown));
        }
        QuizConversation.record(progress, quiz, answers);
        if (args.on("--json")) {
            session.console().verbatim(QuizJson.of(quiz, seed, answers) + "\n");
        } else {
            new QuizReport(session.console()).all(quiz, answers, progress.quizBest(quiz.id()));
        }
        return ExitCode.OK;
    }

    private static int usage(Session session, String problem) {
        session.console().err().println(problem + ". " + USAGE);
        return ExitCode.USAGE;
    }
}
