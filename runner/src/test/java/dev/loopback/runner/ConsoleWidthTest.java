package dev.loopback.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.grader.Workspace;
import dev.loopback.runner.command.Commands;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.render.DisplayWidth;
import dev.loopback.runner.workbench.ShippedCourse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * No command prints a line wider than the console (issue 11, item 5: the line after {@code open 05} was 100 columns
 * at 80). Each command runs through {@link Loopback#run} on a copy of the shipped course at {@code --width 60} and
 * {@code --width 80}, and every line of its standard output and error is measured.
 *
 * <p>Left out: commands that need a terminal or typed input ({@code quiz 05} and {@code drill 05} without answers,
 * {@code try}, {@code watch}, {@code reset} without {@code --yes}), {@code grade-all} (a class folder and many sandbox
 * JVMs) and {@code --json}/{@code --format} output, which programs read and which is printed verbatim on purpose
 * ({@code Console.verbatim}). Compiler diagnostics would be verbatim too, but the untouched stub compiles, so none
 * appear here.
 */
class ConsoleWidthTest {
    @TempDir
    Path root;

    @ParameterizedTest
    @ValueSource(ints = {60, 80})
    void everyLineOfEveryCommandFitsTheConsole(int width) throws IOException {
        Workspace workspace = ShippedCourse.copyTo(root.resolve("course"));
        Path answer = Files.writeString(root.resolve("answer.txt"), "The first request pays for the TCP handshake, "
                + "a full round trip before any byte of the request is sent, and the later ones reuse the pooled "
                + "connection. Keep connections alive in a pool sized with Little's Law.\n");
        List<List<String>> commands = new ArrayList<>();
        commands.add(List.of("help"));
        Commands.standard().names().forEach(name -> commands.add(List.of("help", name)));
        Stream.of("outline", "next", "open 05", "open 05 The three-way handshake", "open pool-sizer",
                "exercise pool-sizer", "exercise fd-leak", "exercises", "next", "quiz 05 --answers B,C,D,B,A",
                "quiz 05 --answers A,A,A,A,A", "next", "hint pool-sizer", "hint pool-sizer", "hint pool-sizer",
                "hint pool-sizer", "progress", "history pool-sizer", "submit pool-sizer", "history pool-sizer",
                "solution pool-sizer", "run 05", "reset pool-sizer --yes", "progress", "next",
                "open network-socket", "opne 05", "quiz 05 --answers Z", "submit pool-sizr", "hint",
                "open 05 no-such-section").map(line -> List.of(line.split(" "))).forEach(commands::add);
        commands.add(List.of("drill", "05", "--answer-file", answer.toString()));

        List<String> tooWide = new ArrayList<>();
        for (List<String> command : commands) {
            Fixtures io = new Fixtures();
            Session session = new Session(workspace.withState(root.resolve("state")), io.console(80, false, ""));
            List<String> args = new ArrayList<>(command);
            args.addAll(List.of("--width", String.valueOf(width)));
            int status = new Loopback(session, Commands.standard()).run(args.toArray(String[]::new));
            assertTrue(status != ExitCode.INTERNAL, String.join(" ", command) + " failed inside:\n" + io.err);
            Stream.of(io.out.toString(), io.err.toString()).flatMap(String::lines)
                    .filter(line -> DisplayWidth.of(line) > width)
                    .forEach(line -> tooWide.add(String.join(" ", command) + " (" + DisplayWidth.of(line) + "): " + line));
            assertTrue(!io.out.toString().isBlank() || !io.err.toString().isBlank(), String.join(" ", command) + " printed nothing");
        }
        assertEquals(List.of(), tooWide, "lines wider than " + width + " columns:\n" + String.join("\n", tooWide));
    }
}
