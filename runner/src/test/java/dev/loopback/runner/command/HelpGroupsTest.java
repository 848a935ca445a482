package dev.loopback.runner.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.runner.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code help} lists commands by what the learner is doing, whatever order they were registered in. */
class HelpGroupsTest {
    @TempDir
    Path state;

    @Test
    void commandsAreGroupedByActivityWithUnknownOnesUnderMoreBeforeHelpAndQuit() {
        Commands commands = new Commands();
        List.of("quit", "submit", "help", "scratchpad", "validate", "quiz", "open", "outline", "run", "progress")
                .forEach(name -> commands.add(named(name)));

        List<HelpGroups.Group> groups = HelpGroups.of(commands.all());

        assertEquals(List.of("Reading: outline open progress", "Practising: quiz run", "Grading: submit",
                "Authors and instructors: validate", "More: scratchpad", "This shell: help quit"),
                groups.stream().map(g -> g.title() + ": " + String.join(" ",
                        g.commands().stream().map(Command::name).toList())).toList());
    }

    @Test
    void helpPrintsTheGroupHeadingsInOrderWithHelpAndQuitLast() {
        Fixtures io = new Fixtures();
        Session session = io.session(Fixtures.sample(), state, 100);

        assertEquals(ExitCode.OK, Commands.standard().find("help").orElseThrow().run(List.of(), session));

        String out = io.out.toString();
        List<String> inOrder = List.of("\nReading\n  outline", "\n  open", "\nPractising\n  quiz", "\nGrading\n  submit",
                "\nAuthors and instructors\n  validate", "\n  help", "\n  quit");
        int at = 0;
        for (String text : inOrder) {
            int found = out.indexOf(text, at);
            assertTrue(found >= at, "'" + text.strip() + "' is not where expected in:\n" + out);
            at = found + text.length();
        }
    }

    private static Command named(String name) {
        return new Command() {
            @Override public String name() { return name; }
            @Override public String synopsis() { return name; }
            @Override public String summary() { return "does " + name; }
            @Override public int run(List<String> args, Session session) { return ExitCode.OK; }
        };
    }
}
