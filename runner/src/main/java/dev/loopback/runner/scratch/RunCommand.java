package dev.loopback.runner.scratch;

import dev.loopback.runner.command.Command;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.course.Course;
import dev.loopback.runner.course.CourseLoad;
import dev.loopback.runner.course.Lesson;
import dev.loopback.runner.course.Suggestions;
import dev.loopback.runner.output.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code run <lesson> <n>}: evaluates the lesson's runnable snippet N in a fresh scratchpad and shows each value. */
public final class RunCommand implements Command {

    @Override public String name() { return "run"; }
    @Override public String synopsis() { return "run <lesson> [n]"; }
    @Override public String summary() { return "run a lesson's snippet [run N] (without N: list them)"; }

    @Override
    public String details() {
        return "Lessons mark runnable Java snippets [run 1], [run 2], ... Run one to see every value it computes, "
                + "then change the numbers in 'try' to see how the result moves. Without a number, lists the snippets.";
    }

    @Override
    public List<String> examples() {
        return List.of("run 05", "run 05 3");
    }

    @Override
    public List<String> completions(Session session) {
        return session.courses().load() instanceof CourseLoad.Loaded loaded ? loaded.course().lessonKeys() : List.of();
    }

    @Override
    public int run(List<String> args, Session session) {
        Console console = session.console();
        if (args.isEmpty() || args.size() > 2) {
            console.err().println("Usage: run <lesson> [n], e.g. run 05 3 runs the snippet marked [run 3] in Lesson 05.");
            return ExitCode.USAGE;
        }
        Optional<Course> course = session.course();
        if (course.isEmpty()) {
            return ExitCode.INTERNAL;
        }
        Optional<Lesson> lesson = course.get().lesson(args.get(0));
        if (lesson.isEmpty()) {
            console.err().println("There is no lesson '" + args.get(0) + "'." + Suggestions.didYouMean(args.get(0),
                    course.get().lessonKeys()) + " Try 'run 05' to list Lesson 05's snippets.");
            return ExitCode.USAGE;
        }
        List<String> snippets = LessonSnippets.of(read(session.courses().dir().resolve(lesson.get().file())));
        if (args.size() == 1) {
            return list(lesson.get(), snippets, console);
        }
        Optional<Integer> number = number(args.get(1), snippets.size());
        if (number.isEmpty()) {
            console.err().println("Lesson " + lesson.get().number() + " has snippets [run 1] to [run "
                    + snippets.size() + "]; '" + args.get(1) + "' is not one of them.");
            return ExitCode.USAGE;
        }
        return evaluate(lesson.get(), number.get(), snippets.get(number.get() - 1), console);
    }

    private static int evaluate(Lesson lesson, int number, String source, Console console) {
        console.err().println(console.palette().dim("[run " + number + "] Lesson " + lesson.number() + ":"));
        source.lines().forEach(line -> console.err().println(console.palette().dim("  " + line)));
        try (Scratchpad pad = Scratchpad.open(Optional.empty(), Scratchpad.STANDARD_IMPORTS)) {
            if (Repl.show(pad.eval(source), console)) {
                return ExitCode.OK;
            }
        }
        console.err().println("Snippet [run " + number + "] of Lesson " + lesson.number() + " failed, as shown above.");
        return ExitCode.FAILED;
    }

    private static int list(Lesson lesson, List<String> snippets, Console console) {
        console.err().println("Lesson " + lesson.number() + " (" + lesson.title() + ") has " + snippets.size()
                + " runnable snippets:");
        for (int i = 0; i < snippets.size(); i++) {
            String first = snippets.get(i).lines().findFirst().orElse("");
            console.out().println("  run " + lesson.number() + " " + (i + 1) + "   " + first);
        }
        return ExitCode.OK;
    }

    private static Optional<Integer> number(String text, int count) {
        if (!text.matches("\\d{1,4}")) {
            return Optional.empty();
        }
        int number = Integer.parseInt(text);
        return number >= 1 && number <= count ? Optional.of(number) : Optional.empty();
    }

    private static String read(Path markdown) {
        try {
            return Files.readString(markdown);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + markdown + ": " + e.getMessage(), e);
        }
    }
}
