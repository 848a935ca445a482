package dev.loopback.runner.farm;

import dev.loopback.runner.command.Command;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.instructor.GraderGrading;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * {@code worker}: a grading-farm worker. Consumes submissions from the broker's queue, grades each as
 * {@code submit} does in the chosen sandbox, stores the result in the gradebook; runs until Ctrl-C or SIGTERM,
 * then finishes what it holds (or hands it back) and exits 0.
 */
public final class WorkerCommand implements Command {
    private final Map<String, String> env;

    /** The worker command; {@code env} supplies LOOPBACK_BROKER and LOOPBACK_DB when the flags are not given. */
    public WorkerCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override public String name() { return "worker"; }
    @Override public String synopsis() { return WorkerArgs.SYNOPSIS; }
    @Override public String summary() { return "instructors: grade submissions from the grading farm's queue until stopped"; }

    @Override
    public String details() {
        return "Takes submissions that grade-all --broker published, grades each exactly as submit does (in a container, "
                + "or with --sandbox process in submit's sandboxed JVM), stores the result in the PostgreSQL gradebook and "
                + "only then acknowledges it. Start as many as you like, on as many machines (each needs this course "
                + "checkout). LOOPBACK_BROKER and LOOPBACK_DB stand in for --broker and --db. Ctrl-C or SIGTERM: finishes "
                + "what it holds, then exits 0.";
    }

    @Override
    public List<String> examples() {
        return List.of("worker --broker amqp://guest:guest@127.0.0.1:5672/ --db postgresql://postgres@127.0.0.1:5432/test "
                + "--sandbox process --jobs 2");
    }

    @Override
    public int run(List<String> args, Session session) {
        PrintWriter err = session.console().err();
        WorkerArgs parsed;
        try {
            parsed = WorkerArgs.parse(args, env);
        } catch (IllegalArgumentException e) {
            err.println("worker: " + e.getMessage() + "\nusage: " + WorkerArgs.SYNOPSIS);
            return ExitCode.USAGE;
        }
        Worker worker;
        try {
            String name = hostName() + "-" + ProcessHandle.current().pid();
            worker = new Worker(parsed.broker(), parsed.database(), session.workspace(),
                    state -> GraderGrading.inState(session.workspace(), parsed.sandbox(), state), parsed.jobs(), name, err);
        } catch (RuntimeException e) {
            err.println("worker: cannot grade in the " + parsed.sandbox().word() + " sandbox: " + e.getMessage());
            return ExitCode.FAILED;
        }
        Object previous = Signals.onStop(() -> new Thread(worker::stop, "loopback-worker-stop").start());
        try {
            worker.start();
        } catch (IOException | TimeoutException | SQLException e) {
            err.println("worker: cannot start: " + Broker.reason(e) + " (broker " + parsed.broker() + ", gradebook "
                    + parsed.database() + "). Are both running and reachable?");
            worker.stop();
            Signals.restore(previous);
            return ExitCode.FAILED;
        }
        try {
            worker.awaitStopped();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.stop();
        } finally {
            Signals.restore(previous);
        }
        return ExitCode.OK;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "worker";
        }
    }
}
