package dev.loopback.runner.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/** The order the options of each question are shown in: {@code orders.get(q).get(i)} is the authored index shown as letter i. */
record Layout(List<List<Integer>> orders) {

    static Layout authored(Quiz quiz) {
        return new Layout(quiz.questions().stream()
                .map(q -> IntStream.range(0, q.options().size()).boxed().toList()).toList());
    }

    /** A fresh order for every question, reproducible from {@code random}'s seed. */
    static Layout shuffled(Quiz quiz, Random random) {
        List<List<Integer>> orders = new ArrayList<>();
        for (List<Integer> authored : authored(quiz).orders()) {
            List<Integer> order = new ArrayList<>(authored);
            Collections.shuffle(order, random);
            orders.add(List.copyOf(order));
        }
        return new Layout(orders);
    }

    static String letter(int shown) {
        return String.valueOf((char) ('A' + shown));
    }

    /** The shown position of a letter such as "b" for a question with {@code options} options, or -1. */
    static int shown(String letter, int options) {
        String trimmed = letter.trim();
        if (trimmed.length() != 1) {
            return -1;
        }
        int index = Character.toUpperCase(trimmed.charAt(0)) - 'A';
        return index >= 0 && index < options ? index : -1;
    }
}
