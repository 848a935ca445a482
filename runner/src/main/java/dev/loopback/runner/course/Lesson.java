package dev.loopback.runner.course;

import java.util.List;

/** One lesson: its Markdown file (relative to {@code course/}), its checks and its exercises. */
public record Lesson(String id, String number, String title, String file, Integer minutes, String difficulty,
        List<String> prerequisites, Activity quickCheck, Activity drill, List<ExerciseRef> exercises) {

    public Lesson {
        prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
        exercises = exercises == null ? List.of() : List.copyOf(exercises);
    }

    /** Whether {@code key} names this lesson: its id, its number, or its number without leading zeros. */
    public boolean answersTo(String key) {
        return key.equals(id) || key.equals(number) || (number != null && stripZeros(key).equals(stripZeros(number)));
    }

    private static String stripZeros(String text) {
        String stripped = text.replaceFirst("^0+(?=\\d)", "");
        return stripped.chars().allMatch(Character::isDigit) ? stripped : "\0" + text;
    }

    /** "Lesson 05 - Network sockets". */
    public String label() {
        return "Lesson " + number + " - " + title;
    }
}
