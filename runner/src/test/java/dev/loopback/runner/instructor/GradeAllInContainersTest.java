package dev.loopback.runner.instructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.grader.Workspace;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.output.Console;
import dev.loopback.runner.output.Palette;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** grade-all on the grader's sample exercise with every submission in its own container (needs Docker: .ci/docker-up). */
@Tag("docker")
class GradeAllInContainersTest {
    private static final Path SAMPLE = Path.of("../grader/src/test/resources/sample-course").toAbsolutePath().normalize();
    private static final Path SCENARIOS = Path.of("../grader/src/test/resources/scenarios/sample").toAbsolutePath().normalize();

    @TempDir
    Path root;
    private final StringWriter err = new StringWriter();

    @Test
    void aClassIsGradedWithCorrectBrokenAndHostileSubmissions() throws IOException {
        Path folder = root.resolve("class");
        copy(SAMPLE.resolve("grader/exercises/sample/solution"), learner(folder, "ada"));
        copy(SCENARIOS.resolve("robust-system-exit/src"), learner(folder, "bob"));
        copy(SAMPLE.resolve("grader/exercises/sample/stub"), learner(folder, "cy"));
        Files.writeString(learner(folder, "cy").resolve("sample/Sizing.java"), "class Sizing { int x = ; }");

        int status = new GradeAllCommand().run(List.of(folder.toString(), "--sandbox", "container", "--jobs", "2"), session());

        assertEquals(ExitCode.OK, status, err::toString);
        List<String> csv = Files.readAllLines(folder.resolve(".grades/summary.csv"));
        assertTrue(csv.get(1).startsWith("ada,sample,100/100,graded,,"), csv::toString);
        assertTrue(csv.get(2).startsWith("bob,sample,0/100,crashed,in-flight ports,"), csv::toString);
        assertTrue(csv.get(3).startsWith("cy,sample,0/100,did not compile,"), csv::toString);
        assertTrue(err.toString().contains("bob/sample: crashed: the test JVM ended early (exit status 3)"), err::toString);
        assertEquals(100, SubmitJson.tree(Files.readString(folder.resolve(".grades/ada/results.json"))).path("score").asInt());
    }

    private Session session() {
        Workspace workspace = new Workspace(root, SAMPLE.resolve("course"), root.resolve("exercises"),
                SAMPLE.resolve("grader/exercises"), root.resolve(".course"));
        Console console = new Console(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                prompt -> Optional.empty(), Palette.of(false), 80, false);
        return new Session(workspace, console);
    }

    private static Path learner(Path folder, String name) {
        return folder.resolve(name).resolve("exercises/sample/src/main/java");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }
}
