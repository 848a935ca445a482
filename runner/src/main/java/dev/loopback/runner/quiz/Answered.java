package dev.loopback.runner.quiz;

import java.util.List;

/** One question as the learner answered it, with the letters as they were shown. */
record Answered(Question question, String answer, String correctLetter, Option chosen) {

    boolean right() {
        return chosen.correct();
    }

    Option correctOption() {
        return question.options().get(question.correct());
    }

    /** Grades the option shown at {@code shown} for question {@code index} under {@code layout}. */
    static Answered of(Quiz quiz, Layout layout, int index, int shown) {
        Question question = quiz.questions().get(index);
        List<Integer> order = layout.orders().get(index);
        return new Answered(question, Layout.letter(shown), Layout.letter(order.indexOf(question.correct())),
                question.options().get(order.get(shown)));
    }
}
