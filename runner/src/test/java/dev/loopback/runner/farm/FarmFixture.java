package dev.loopback.runner.farm;

import static org.junit.jupiter.api.Assertions.fail;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import dev.loopback.grader.Workspace;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.instructor.GradeAllCommand;
import dev.loopback.runner.instructor.GraderGrading;
import dev.loopback.runner.instructor.SandboxChoice;
import dev.loopback.runner.output.Console;
import dev.loopback.runner.output.Palette;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * One farm test's own corner of the real services (a queue and a schema named with a random suffix, removed at
 * the end), a copy of the sample course as the checkout, a class folder, and workers in this JVM or as child JVMs.
 */
final class FarmFixture implements AutoCloseable {
    static final Path SAMPLE = Path.of("../grader/src/test/resources/sample-course").toAbsolutePath().normalize();
    static final String CORRECT = read(SAMPLE.resolve("grader/exercises/sample/solution/sample/Sizing.java"));
    /** Both methods spin: every hidden test runs into its 3 s timeout, so grading takes most of the 9 s wall clock. */
    static final String SPINNING = """
            package sample;

            public final class Sizing {
                private Sizing() {}

                public static int inFlight(int perSecond, int millis) {
                    while (perSecond != millis + 1) { Thread.onSpinWait(); }
                    return 0;
                }

                public static boolean isEphemeral(int port) {
                    while (port != -7) { Thread.onSpinWait(); }
                    return false;
                }
            }
            """;
    static final String BROKEN = """
            package sample;

            public final class Sizing {
                public static int inFlight(int perSecond, int millis) { return perSecond * millis / 1000 }
            }
            """;

    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    final String queue = "loopback.grade.test-" + suffix;
    final String schema = "farm_test_" + suffix;
    final String brokerText = "amqp://guest:guest@127.0.0.1:5672/?queue=" + queue;
    final String dbText = "postgresql://postgres@127.0.0.1:5432/test?schema=" + schema;
    final BrokerUri broker = BrokerUri.parse(brokerText);
    final DatabaseUri database = DatabaseUri.parse(dbText);
    final Gradebook gradebook = new Gradebook(database);
    final Path root;
    final Path classFolder;
    final Workspace course;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    private final List<Worker> workers = new ArrayList<>();
    private final List<Process> children = new ArrayList<>();

    FarmFixture(Path root) throws IOException {
        this.root = root;
        this.course = checkout("checkout");
        this.classFolder = Files.createDirectories(root.resolve("class"));
    }

    /** A copy of the sample course (its course/ and grader/exercises/) under {@code name}, as a worker's checkout. */
    Workspace checkout(String name) throws IOException {
        Path home = root.resolve(name);
        copy(SAMPLE, home);
        return Workspace.at(home);
    }

    /** Writes {@code learner}'s Sizing.java for {@code exercise}. */
    FarmFixture source(String learner, String exercise, String text) throws IOException {
        Path file = classFolder.resolve(learner).resolve("exercises").resolve(exercise).resolve("src/main/java/sample/Sizing.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return this;
    }

    /** Runs grade-all through the farm with {@code extra} arguments after the class folder; returns its exit status. */
    int gradeAll(String... extra) {
        List<String> args = new ArrayList<>(List.of(classFolder.toString(), "--broker", brokerText, "--db", dbText));
        args.addAll(List.of(extra));
        return new GradeAllCommand(new FarmGradeAll(Map.of())).run(args, session(course));
    }

    Session session(Workspace workspace) {
        Console console = new Console(new PrintWriter(out, true), new PrintWriter(err, true), prompt -> Optional.empty(),
                Palette.of(false), 200, false);
        return new Session(workspace, console);
    }

    /** A worker in this JVM on {@code checkout}, process sandbox, started; its log goes to {@code log}. */
    Worker worker(Workspace checkout, String name, int jobs, StringWriter log) throws Exception {
        Worker worker = new Worker(broker, database, checkout,
                state -> GraderGrading.inState(checkout, SandboxChoice.PROCESS, state), jobs, name + "-" + suffix,
                new PrintWriter(log, true));
        workers.add(worker);
        worker.start();
        return worker;
    }

    /** A worker as a child JVM ({@code worker} command of the runner's Main), its error stream to {@code log}. */
    Process childWorker(Path log) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dloopback.home=" + course.home(),
                "dev.loopback.runner.Main", "worker", "--broker", brokerText, "--db", dbText, "--sandbox", "process");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("LOOPBACK_BROKER");
        builder.environment().remove("LOOPBACK_DB");
        Process process = builder.start();
        children.add(process);
        return process;
    }

    /** The key grade-all publishes for {@code learner}'s {@code exercise} as it is on disk now. */
    GradeKey key(String learner, String exercise) {
        return new GradeKey("class", learner, exercise,
                Worker.sourcesHash(classFolder.resolve(learner).resolve("exercises").resolve(exercise).resolve("src/main/java")),
                Worker.testsHash(course, exercise));
    }

    Gradebook.Stored row(String learner, String exercise) throws SQLException {
        return gradebook.find(key(learner, exercise)).orElseThrow(() -> new AssertionError("no row for " + learner + "/" + exercise));
    }

    /** Waits up to {@code limit} for {@code condition}, checking every 100 ms; fails naming {@code what} and {@code context}. */
    static void await(Duration limit, String what, BooleanSupplier condition, java.util.function.Supplier<String> context) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("waited " + limit.toSeconds() + " s for " + what + "; " + context.get());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted waiting for " + what);
            }
        }
    }

    /** Whether the row of {@code learner}/{@code exercise} is in {@code state}. */
    boolean inState(String learner, String exercise, String state) {
        try {
            return gradebook.find(key(learner, exercise)).map(row -> row.state().equals(state)).orElse(false);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Ready and unacknowledged messages of {@code name} on the broker. */
    long[] counts(String name) throws Exception {
        try (Connection connection = Broker.connect(broker, "farm test")) {
            Channel channel = connection.createChannel();
            return new long[] {channel.queueDeclarePassive(name).getMessageCount(), 0};
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    @Override
    public void close() throws Exception {
        for (Process child : children) {
            child.destroyForcibly().waitFor();
        }
        for (Worker worker : workers) {
            worker.stop();
        }
        try (Connection connection = Broker.connect(broker, "farm test cleanup")) {
            Channel channel = connection.createChannel();
            channel.queueDelete(queue);
            channel.queueDelete(Broker.deadQueue(queue));
            channel.exchangeDelete(Broker.deadQueue(queue));
        }
        try (java.sql.Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
