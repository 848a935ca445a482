package dev.loopback.runner.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How {@code help} groups the commands: by what the learner is doing, new ones under "More", help and quit last. */
final class HelpGroups {
    private static final List<Names> ORDER = List.of(
            new Names("Reading", List.of("outline", "open", "next", "exercise", "exercises", "progress", "serve")),
            new Names("Practising", List.of("quiz", "drill", "try", "run")),
            new Names("Grading", List.of("submit", "watch", "history", "hint", "reset", "solution")),
            new Names("Authors and instructors", List.of("validate", "new", "grade-all", "worker")),
            new Names("This shell", List.of("help", "quit")));

    /** A heading and its commands, in listing order. */
    record Group(String title, List<Command> commands) {}

    private record Names(String title, List<String> names) {}

    private HelpGroups() {
    }

    /** The non-empty groups of {@code commands}; those no group names go to "More", just before the last group. */
    static List<Group> of(List<Command> commands) {
        Map<String, Command> rest = new LinkedHashMap<>();
        commands.forEach(command -> rest.put(command.name(), command));
        List<Group> groups = new ArrayList<>();
        for (Names names : ORDER) {
            List<Command> members = new ArrayList<>();
            for (String name : names.names()) {
                Command command = rest.remove(name);
                if (command != null) {
                    members.add(command);
                }
            }
            groups.add(new Group(names.title(), members));
        }
        groups.add(groups.size() - 1, new Group("More", List.copyOf(rest.values())));
        return groups.stream().filter(group -> !group.commands().isEmpty()).toList();
    }
}
