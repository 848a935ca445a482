package dev.loopback.runner.web;

import dev.loopback.runner.command.Command;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.grading.GradingWarmup;
import dev.loopback.runner.output.LineSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve [--port N] [--no-open]}: the same course as a local web app on 127.0.0.1, until Ctrl-C. The first line
 * on standard output is the address to open, {@code http://127.0.0.1:PORT/?token=TOKEN}.
 */
public final class ServeCommand implements Command {
    private static final String USAGE = "Usage: serve [--port N] [--no-open]";

    @Override public String name() { return "serve"; }
    @Override public String synopsis() { return "serve [--port N] [--no-open]"; }
    @Override public String summary() { return "the course in your browser (127.0.0.1 only) until Ctrl-C"; }
    @Override public List<String> examples() { return List.of("serve", "serve --port 8080 --no-open"); }

    @Override
    public String details() {
        return "Starts a web server on 127.0.0.1 only and prints the address to open, with a token that only you have"
                + " (a page you visit elsewhere cannot use the server without it). Lessons, quick checks, drills,"
                + " exercises with live grading and progress, from the same files as the terminal; Submit grades your"
                + " files on disk. --port N picks the port (default: a free one); --no-open never opens a browser."
                + " Ctrl-C stops it.";
    }

    @Override
    public int run(List<String> args, Session session) {
        PrintWriter err = session.console().err();
        int port = 0;
        boolean open = true;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--no-open")) {
                open = false;
            } else if (arg.equals("--port") && i + 1 < args.size() && args.get(i + 1).matches("\\d{1,5}")
                    && Integer.parseInt(args.get(i + 1)) <= 65535) {
                port = Integer.parseInt(args.get(++i));
            } else {
                err.println("'" + arg + "' is not an option of serve (--port takes a number from 0 to 65535). " + USAGE);
                return ExitCode.USAGE;
            }
        }
        if (session.course().isEmpty()) {
            return ExitCode.INTERNAL;
        }
        WebServer server;
        try {
            server = WebServer.start(session, port);
        } catch (BindException e) {
            err.println("Port " + port + " on 127.0.0.1 is taken (" + e.getMessage() + "); pick another with --port, or"
                    + " leave it out for a free one.");
            return ExitCode.USAGE;
        } catch (IOException e) {
            err.println("The web server could not start: " + e.getMessage());
            return ExitCode.INTERNAL;
        }
        CountDownLatch stop = new CountDownLatch(1);
        Object previous = Interrupts.onSigint(stop::countDown); // before the address is out: a Ctrl-C right after it still stops cleanly
        try (server) {
            session.console().verbatim(server.url() + "\n");
            session.console().out().flush();
            err.println("Serving the course on 127.0.0.1:" + server.port() + " only; the token in the address lets only you"
                    + " in. Ctrl-C stops.");
            err.flush();
            // After the URL: a sandbox warms up in the background, as in the shell, while serve runs.
            try (GradingWarmup.Scope warm = GradingWarmup.atShellStart(session)) {
                if (open) {
                    Browser.open(URI.create(server.url()), err);
                }
                waitForCtrlC(session, stop);
            }
        } finally {
            Interrupts.restore(previous);
        }
        err.println("Stopped serving.");
        err.flush();
        return ExitCode.OK;
    }

    /** Blocks until Ctrl-C: the terminal's interrupt key, SIGINT (counting {@code stop} down), or an interrupt of this thread (the shell's cancel). */
    private static void waitForCtrlC(Session session, CountDownLatch stop) {
        try (LineSource.Scope scope = session.console().in().interruptWith(stop::countDown)) {
            stop.await();
        } catch (InterruptedException e) {
            Thread.interrupted(); // Ctrl-C in the shell: stopping is the asked-for outcome, not a cancellation
        }
    }
}
