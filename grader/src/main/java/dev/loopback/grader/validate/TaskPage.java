package dev.loopback.grader.validate;

import dev.loopback.grader.exercise.Criterion;
import dev.loopback.grader.exercise.Exercise;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that an exercise's task page ({@code exercises/<id>/README.md}) numbers its tasks the way Exercism's
 * test-runner interface expects ({@code ## 1. Title}, the number being the {@code task_id}): one task per rubric
 * criterion, numbered 1, 2, ... in rubric order, each titled like its criterion, since the Exercism report gives
 * criterion N the {@code task_id} N.
 */
public final class TaskPage {
    private static final Pattern TASK = Pattern.compile("^## (\\d+)\\. (.+?)\\s*$");

    private TaskPage() {}

    /** A numbered task heading of the page. */
    public record Task(int number, String title) {}

    /** The {@code ## N. Title} headings of {@code page}, in order (fenced code left out). */
    public static List<Task> tasks(Path page) {
        List<Task> tasks = new ArrayList<>();
        boolean code = false;
        try {
            for (String line : Files.readAllLines(page)) {
                if (line.startsWith("```") || line.startsWith("~~~")) {
                    code = !code;
                }
                Matcher m = TASK.matcher(line);
                if (!code && m.matches()) {
                    tasks.add(new Task(Integer.parseInt(m.group(1)), m.group(2)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tasks;
    }

    /** Problems with the task page at {@code page} (none when the exercise ships without one). */
    static List<String> check(Exercise exercise, Path page) {
        if (!Files.isRegularFile(page)) {
            return List.of();
        }
        String name = "exercises/" + exercise.id() + "/README.md";
        List<Task> tasks = tasks(page);
        List<Criterion> criteria = exercise.rubric().criteria();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < Math.max(tasks.size(), criteria.size()); i++) {
            Task task = i < tasks.size() ? tasks.get(i) : null;
            Criterion criterion = i < criteria.size() ? criteria.get(i) : null;
            if (task == null) {
                problems.add(name + ": no task heading \"## " + (i + 1) + ". " + criterion.title() + "\" for rubric "
                        + "criterion " + criterion.id() + " (Exercism's task_id " + (i + 1) + " points at it)");
            } else if (criterion == null) {
                problems.add(name + ": task \"## " + task.number() + ". " + task.title() + "\" has no rubric criterion "
                        + "(the rubric has " + criteria.size() + ")");
            } else if (task.number() != i + 1 || !task.title().equals(criterion.title())) {
                problems.add(name + ": task " + (i + 1) + " is \"## " + task.number() + ". " + task.title()
                        + "\", but rubric criterion " + (i + 1) + " is " + criterion.id() + ": expected \"## " + (i + 1)
                        + ". " + criterion.title() + "\" (Exercism's task_id is the rubric position)");
            }
        }
        return problems;
    }
}
