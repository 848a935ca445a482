package dev.loopback.runner.command;

import dev.loopback.runner.guide.ExercisesCommand;
import dev.loopback.runner.guide.NextCommand;
import dev.loopback.runner.guide.OutlineCommand;
import dev.loopback.runner.guide.ProgressCommand;
import dev.loopback.runner.lesson.ExerciseCommand;
import dev.loopback.runner.lesson.OpenCommand;
import dev.loopback.runner.reset.ResetCommand;
import dev.loopback.runner.scratch.RunCommand;
import dev.loopback.runner.scratch.TryCommand;
import dev.loopback.runner.solution.SolutionCommand;
import dev.loopback.runner.watch.WatchCommand;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The runner's commands by name, in the order they were added ({@code help} groups them with {@link HelpGroups}). */
public final class Commands {
    private final Map<String, Command> byName = new LinkedHashMap<>();

    /** Every command the runner offers. */
    public static Commands standard() {
        Commands commands = new Commands();
        commands.add(new OutlineCommand());
        commands.add(new OpenCommand());
        commands.add(new NextCommand());
        commands.add(new dev.loopback.runner.quiz.QuizCommand());
        commands.add(new dev.loopback.runner.drill.DrillCommand());
        commands.add(new ExercisesCommand());
        commands.add(new ExerciseCommand());
        commands.add(new ProgressCommand());
        commands.add(new HelpCommand(commands));
        commands.add(new dev.loopback.runner.grading.SubmitCommand());
        commands.add(new dev.loopback.runner.grading.HistoryCommand());
        commands.add(new dev.loopback.runner.grading.HintCommand());
        commands.add(new dev.loopback.runner.grading.ValidateCommand());
        commands.add(new TryCommand());
        commands.add(new RunCommand());
        commands.add(new WatchCommand());
        commands.add(new ResetCommand());
        commands.add(new SolutionCommand());
        commands.add(new dev.loopback.runner.author.NewCommand());
        commands.add(new dev.loopback.runner.instructor.GradeAllCommand(
                new dev.loopback.runner.farm.FarmGradeAll(System.getenv())));
        commands.add(new dev.loopback.runner.farm.WorkerCommand(System.getenv()));
        commands.add(new dev.loopback.runner.web.ServeCommand());
        commands.add(new QuitCommand());
        return commands;
    }

    void add(Command command) {
        byName.put(command.name(), command);
    }

    public Optional<Command> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<Command> all() {
        return Collections.unmodifiableList(new ArrayList<>(byName.values()));
    }

    /** Command names, in the order they were added. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
