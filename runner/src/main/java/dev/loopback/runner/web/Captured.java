package dev.loopback.runner.web;

import dev.loopback.runner.command.Command;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.output.Console;
import dev.loopback.runner.output.Palette;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;

/**
 * A terminal command run for the browser, its output captured: the JSON API answers with exactly what the
 * command prints (the same code path, not a copy of it), and its messages become the error text.
 */
record Captured(int exit, String out, String err) {

    static Captured run(Command command, List<String> args, Session session) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Console console = new Console(new PrintWriter(out, true), new PrintWriter(err, true), prompt -> Optional.empty(),
                Palette.of(false), 100, false);
        int exit = command.run(args, session.withConsole(console));
        console.out().flush();
        console.err().flush();
        return new Captured(exit, out.toString(), err.toString());
    }
}
