package dev.loopback.runner.quiz;

import dev.loopback.runner.output.Console;
import dev.loopback.runner.output.Palette;
import dev.loopback.grader.text.Wrap;
import java.io.PrintWriter;
import java.util.List;
import java.util.OptionalInt;

/** How the quiz looks on the terminal: questions, verdicts with their explanations, the score. */
final class QuizReport {
    private final PrintWriter out;
    private final Palette palette;
    private final int width;

    QuizReport(Console console) {
        this.out = console.out();
        this.palette = console.palette();
        this.width = console.width();
    }

    void opening(Quiz quiz) {
        out.println(palette.heading(quiz.title()));
        if (!quiz.intro().isEmpty()) {
            out.println(Wrap.text(quiz.intro(), width, ""));
        }
        out.println(palette.dim(quiz.questions().size() + " questions. Answer each with its letter."));
    }

    void question(Quiz quiz, Layout layout, int index) {
        Question question = quiz.questions().get(index);
        out.println();
        out.println(palette.strong("Question " + question.number() + " of " + quiz.questions().size()));
        out.println(Wrap.text(question.text(), width, ""));
        List<Integer> order = layout.orders().get(index);
        for (int shown = 0; shown < order.size(); shown++) {
            String text = question.options().get(order.get(shown)).text();
            out.println("  " + Layout.letter(shown) + ") " + Wrap.text(text, width, "     ").substring(5));
        }
        out.flush();
    }

    void verdict(Answered answered) {
        if (answered.right()) {
            out.println(palette.ok("Right."));
            out.println(Wrap.text(answered.chosen().why(), width, "  "));
        } else {
            out.println(palette.fail("Not quite.") + " You chose " + answered.answer() + ".");
            out.println(Wrap.text(answered.chosen().why(), width, "  "));
            out.println("The answer is " + answered.correctLetter() + ") " + answered.correctOption().text() + ".");
            out.println(Wrap.text(answered.correctOption().why(), width, "  "));
        }
        if (!answered.question().explanation().isEmpty()) {
            out.println(palette.dim(Wrap.text(answered.question().explanation(), width, "  ")));
        }
        out.flush();
    }

    void score(List<Answered> answers, OptionalInt bestBefore, OptionalInt bestNow) {
        long right = answers.stream().filter(Answered::right).count();
        out.println();
        out.println(palette.strong("Score: " + right + " of " + answers.size() + "."));
        if (bestBefore.isPresent() && bestNow.getAsInt() > bestBefore.getAsInt()) {
            out.println("A new best (it was " + bestBefore.getAsInt() + ").");
        } else if (bestNow.isPresent()) {
            out.println("Your best so far: " + bestNow.getAsInt() + " of " + answers.size() + ".");
        }
        if (right < answers.size()) {
            out.println("Reread the explanations above, then try again: the options come in a new order every time.");
        }
        out.flush();
    }

    /** Every question's verdict then the score, for answers given up front. */
    void all(Quiz quiz, List<Answered> answers, OptionalInt best) {
        out.println(palette.heading(quiz.title()));
        for (Answered answered : answers) {
            out.println();
            out.println(palette.strong(answered.question().number() + ". ") + answered.question().text());
            verdict(answered);
        }
        score(answers, OptionalInt.empty(), best);
    }
}
