package dev.loopback.runner.quiz;

import java.util.List;

/** A quick check: multiple-choice questions that explain every option. */
public record Quiz(String id, String title, String intro, List<Question> questions) {

    public Quiz {
        questions = List.copyOf(questions);
    }
}
