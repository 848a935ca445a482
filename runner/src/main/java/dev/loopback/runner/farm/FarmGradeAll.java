package dev.loopback.runner.farm;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import dev.loopback.grader.Workspace;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.instructor.ClassReport;
import dev.loopback.runner.instructor.GradeAllCommand;
import dev.loopback.runner.instructor.Graded;
import dev.loopback.runner.instructor.Roster;
import dev.loopback.runner.instructor.Row;
import dev.loopback.runner.instructor.Submission;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * grade-all through the farm: publishes each submission whose sources or hidden tests changed since the last run
 * (persistent messages, publisher confirms), and with {@code --wait} polls the gradebook until every one is graded
 * or failed, then writes the same {@code .grades/} files as local grade-all; {@code --status} prints the counts.
 */
public final class FarmGradeAll implements GradeAllCommand.Farm {
    private static final int CONFIRM_BATCH = 100;
    private static final long POLL_MS = 1000;
    private final Map<String, String> env;

    /** The farm side of grade-all; {@code env} supplies LOOPBACK_BROKER and LOOPBACK_DB. */
    public FarmGradeAll(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public boolean wanted(List<String> args) {
        return args.stream().anyMatch(arg -> List.of("--broker", "--db", "--wait", "--status", "--class").contains(arg))
                || env.containsKey("LOOPBACK_BROKER") || env.containsKey("LOOPBACK_DB");
    }

    @Override
    public int run(List<String> args, Session session) {
        PrintWriter err = session.console().err();
        FarmArgs parsed;
        try {
            parsed = FarmArgs.parse(args, env);
        } catch (IllegalArgumentException e) {
            err.println("grade-all: " + e.getMessage() + "\nusage: " + FarmArgs.SYNOPSIS);
            return ExitCode.USAGE;
        }
        if (!Files.isDirectory(parsed.folder()) && !parsed.status()) {
            err.println("grade-all: " + parsed.folder() + " is not a folder; it should hold one sub-folder per learner.");
            return ExitCode.USAGE;
        }
        Gradebook gradebook = new Gradebook(parsed.database());
        try {
            gradebook.migrate();
            if (parsed.status()) {
                return status(parsed, gradebook, session);
            }
            return publish(parsed, gradebook, session);
        } catch (SQLException e) {
            err.println("grade-all: the gradebook at " + parsed.database() + " did not answer: " + firstLine(e.getMessage())
                    + ". Is PostgreSQL running and reachable?");
            return ExitCode.FAILED;
        } catch (IOException | TimeoutException e) {
            err.println("grade-all: the broker at " + parsed.broker() + " did not answer: " + Broker.reason(e)
                    + ". Is RabbitMQ running and reachable?");
            return ExitCode.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("grade-all: stopped waiting; the workers go on (grade-all ... --wait again to collect the results)");
            return ExitCode.FAILED;
        }
    }

    private static int status(FarmArgs args, Gradebook gradebook, Session session) throws SQLException {
        PrintWriter out = session.console().out();
        Map<String, Long> counts = gradebook.counts(args.classId());
        List<String> parts = new ArrayList<>();
        counts.forEach((state, count) -> parts.add(count + " " + state));
        out.println("class " + args.classId() + ": " + String.join(", ", parts));
        for (String failure : gradebook.failures(args.classId())) {
            out.println("  failed " + failure);
        }
        return ExitCode.OK;
    }

    private int publish(FarmArgs args, Gradebook gradebook, Session session)
            throws SQLException, IOException, TimeoutException, InterruptedException {
        PrintWriter err = session.console().err();
        Workspace course = session.workspace();
        List<Submission> submissions = Roster.scan(args.folder(), GradeAllCommand.exerciseIds(course));
        if (submissions.isEmpty()) {
            err.println("grade-all: no submissions in " + args.folder() + ": expected <learner>/exercises/<id>/src/main/java "
                    + "with <id> one of " + String.join(", ", GradeAllCommand.exerciseIds(course)) + ".");
            return ExitCode.FAILED;
        }
        Map<String, String> testsHashes = new HashMap<>();
        Map<GradeKey, Submission> current = new LinkedHashMap<>();
        for (Submission submission : submissions) {
            try {
                GradeKey key = new GradeKey(args.classId(), submission.learner(), submission.exercise(),
                        Worker.sourcesHash(submission.sources()),
                        testsHashes.computeIfAbsent(submission.exercise(), id -> Worker.testsHash(course, id)));
                current.put(key, submission);
            } catch (IllegalArgumentException e) {
                err.println("grade-all: " + submission.label() + " left out: " + e.getMessage());
            }
        }
        Map<GradeKey, String> states = gradebook.states(args.classId());
        int unchanged = 0;
        int inFlight = 0;
        int refused = 0;
        List<GradeKey> toPublish = new ArrayList<>();
        for (GradeKey key : current.keySet()) {
            String state = states.get(key);
            if ("graded".equals(state)) {
                unchanged++;
            } else if ("queued".equals(state) || "grading".equals(state)) {
                inFlight++;
            } else {
                toPublish.add(key);
            }
        }
        try (Connection connection = Broker.connect(args.broker(), "loopback grade-all " + args.classId())) {
            Channel channel = connection.createChannel();
            Broker.declare(channel, args.broker().queue());
            channel.confirmSelect();
            List<GradeKey> unconfirmed = new ArrayList<>();
            int published = 0;
            for (GradeKey key : toPublish) {
                byte[] archive;
                try {
                    archive = SubmissionArchive.pack(current.get(key).sources(), Worker.packageOf(course, key.exercise()));
                } catch (SubmissionArchive.Refused e) {
                    gradebook.fail(key, "not sent to the farm: " + e.getMessage(), "grade-all");
                    err.println("grade-all: " + key.label() + " not sent to the farm: " + e.getMessage());
                    refused++;
                    continue;
                }
                gradebook.queue(key);
                GradeMessage message = new GradeMessage(key, archive, 0);
                channel.basicPublish("", args.broker().queue(), message.properties(), archive);
                unconfirmed.add(key);
                published++;
                if (unconfirmed.size() == CONFIRM_BATCH) {
                    confirm(channel, unconfirmed, gradebook, err);
                }
            }
            confirm(channel, unconfirmed, gradebook, err);
            err.println("grade-all: published " + published + " of " + current.size() + " submissions to " + args.broker()
                    + " (" + unchanged + " unchanged, " + inFlight + " already queued" + (refused > 0 ? ", " + refused
                    + " not sent" : "") + "); class " + args.classId() + ", gradebook " + args.database());
            if (!args.waiting()) {
                err.println("grade-all: workers grade them; grade-all " + args.folder() + " --db ... --status counts them, "
                        + "--wait writes " + args.folder().resolve(".grades") + " when they are done.");
                return ExitCode.OK;
            }
            return await(args, current, gradebook, channel, session);
        }
    }

    private static void confirm(Channel channel, List<GradeKey> unconfirmed, Gradebook gradebook, PrintWriter err)
            throws SQLException, IOException, InterruptedException {
        if (unconfirmed.isEmpty()) {
            return;
        }
        try {
            channel.waitForConfirmsOrDie(60_000);
        } catch (IOException | TimeoutException e) {
            for (GradeKey key : unconfirmed) {
                gradebook.fail(key, "the broker did not confirm it was stored (" + Broker.reason(e) + "); run grade-all again",
                        "grade-all");
            }
            throw new IOException("the broker did not confirm " + unconfirmed.size() + " messages (" + Broker.reason(e)
                    + "); they are marked failed and go out again on the next run", e);
        }
        unconfirmed.clear();
    }

    private int await(FarmArgs args, Map<GradeKey, Submission> current, Gradebook gradebook, Channel channel, Session session)
            throws SQLException, IOException, InterruptedException {
        PrintWriter err = session.console().err();
        String last = "";
        while (true) {
            Map<GradeKey, String> states = gradebook.states(args.classId());
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String state : Gradebook.STATES.split(", ")) {
                counts.put(state, 0);
            }
            current.keySet().forEach(key -> counts.merge(states.getOrDefault(key, "queued"), 1, Integer::sum));
            int done = counts.get("graded") + counts.get("failed");
            long workers = channel.consumerCount(args.broker().queue());
            String line = "grade-all: " + done + "/" + current.size() + " done (" + counts.get("graded") + " graded, "
                    + counts.get("failed") + " failed), " + counts.get("grading") + " grading, " + counts.get("queued")
                    + " queued; " + workers + (workers == 1 ? " worker" : " workers") + " on the queue";
            if (!line.equals(last)) {
                err.println(line);
                err.flush();
                last = line;
            }
            if (done == current.size()) {
                break;
            }
            Thread.sleep(POLL_MS);
        }
        Map<GradeKey, Gradebook.Stored> stored = gradebook.results(args.classId());
        List<Row> rows = new ArrayList<>();
        current.forEach((key, submission) -> {
            Gradebook.Stored row = stored.get(key);
            Graded graded = row.state().equals("graded")
                    ? new Graded(Graded.Status.ofWords(row.outcome()), row.detail(), row.json(), row.gradescope())
                    : Graded.ungraded(key.exercise(), "the grader could not grade it: " + row.detail(), 0);
            ClassReport.store(args.folder(), submission, "farm:" + key.sourcesHash() + ":" + key.testsHash(), graded);
            rows.add(new Row(submission, graded, true));
        });
        Path grades = ClassReport.write(args.folder(), rows);
        session.console().verbatim(ClassReport.markdown(rows));
        long failed = rows.stream().filter(row -> row.graded().status() != Graded.Status.GRADED).count();
        err.println("grade-all: " + rows.size() + " submissions, " + failed + " not graded cleanly; results in " + grades);
        return ExitCode.OK;
    }

    private static String firstLine(String text) {
        return text == null ? "no reason given" : text.lines().findFirst().orElse("");
    }
}
