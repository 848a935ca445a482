package dev.loopback.grader.validate;

import dev.loopback.grader.exercise.Criterion;
import dev.loopback.grader.exercise.Exercise;
import dev.loopback.grader.rubric.TestOutcome;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The static rules for a rubric and its mapping to hidden tests. */
final class RubricRules {
    private RubricRules() {}

    static List<String> wellFormed(Exercise exercise) {
        List<String> problems = new ArrayList<>();
        String file = "rubric.json";
        if (!exercise.id().equals(exercise.rubric().exercise())) {
            problems.add(file + ": \"exercise\" is \"" + exercise.rubric().exercise() + "\", expected \"" + exercise.id() + "\"");
        }
        Set<String> ids = new HashSet<>();
        for (Criterion c : exercise.rubric().criteria()) {
            if (c.id() == null || !ids.add(c.id())) {
                problems.add(file + ": criterion id " + c.id() + " is missing or used twice");
            }
            if (c.points() <= 0) {
                problems.add(file + ": criterion " + c.id() + " has " + c.points() + " points; it needs more than 0");
            }
            for (String[] field : new String[][] {{"title", c.title()}, {"checks", c.checks()},
                    {"section", c.section()}}) {
                if (field[1] == null || field[1].isBlank()) {
                    problems.add(file + ": criterion " + c.id() + " has no \"" + field[0] + "\"");
                }
            }
            if (c.hints().isEmpty()) {
                problems.add(file + ": criterion " + c.id() + " has no hint level; give it \"hints\": [nudge, concrete,"
                        + " recipe], most specific last (or an old-style \"hint\")");
            }
            for (int i = 0; i < c.hints().size(); i++) {
                if (c.hints().get(i).isBlank()) {
                    problems.add(file + ": criterion " + c.id() + " has an empty hint level " + (i + 1));
                }
            }
        }
        if (exercise.rubric().maxScore() != 100) {
            problems.add(file + ": points add up to " + exercise.rubric().maxScore() + ", not 100");
        }
        int passMark = exercise.rubric().passMark();
        if (passMark <= 0 || passMark > exercise.rubric().maxScore()) {
            problems.add(file + ": passMark " + passMark + " is not between 1 and the maximum score");
        }
        return problems;
    }

    static List<String> mapping(Exercise exercise, List<TestOutcome> tests) {
        List<String> problems = new ArrayList<>();
        if (tests.isEmpty()) {
            problems.add("tests/: no hidden tests were found");
        }
        Set<String> tested = new HashSet<>();
        String known = exercise.rubric().criteria().stream().map(Criterion::id).toList().toString();
        for (TestOutcome test : tests) {
            List<String> criteria = test.tags().stream().filter(t -> exercise.rubric().criterion(t).isPresent()).toList();
            List<String> unknown = test.tags().stream().filter(t -> exercise.rubric().criterion(t).isEmpty()).toList();
            if (criteria.size() == 1 && unknown.isEmpty()) {
                tested.addAll(criteria);
                continue;
            }
            String found = unknown.isEmpty() ? "has " + criteria.size() + " criterion tags " + criteria
                    : "has " + (unknown.size() == 1 ? "tag " : "tags ") + quoted(unknown) + ", which "
                            + (unknown.size() == 1 ? "is" : "are") + " no rubric criterion"
                            + (criteria.isEmpty() ? "" : ", besides " + quoted(criteria));
            problems.add("hidden test " + test.name() + " " + found
                    + "; it needs exactly one @Tag naming a rubric criterion, one of " + known);
            tested.addAll(criteria);
        }
        exercise.rubric().criteria().stream().filter(c -> !tested.contains(c.id()))
                .forEach(c -> problems.add("rubric criterion " + c.id() + " has no hidden test tagged with it"));
        return problems;
    }

    private static String quoted(List<String> tags) {
        return String.join(", ", tags.stream().map(t -> "\"" + t + "\"").toList());
    }
}
