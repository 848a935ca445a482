package dev.loopback.runner.instructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopback.grader.Workspace;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.grading.SubmitCommand;
import dev.loopback.runner.output.Console;
import dev.loopback.runner.output.Palette;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** grade-all's {@code <learner>/results.json} is what {@code submit --format gradescope} prints, graded for real. */
class GradeAllResultsShapeTest {
    private static final Path SAMPLE = Path.of("../grader/src/test/resources/sample-course").toAbsolutePath().normalize();
    /** Compiles and runs, but gets the port range wrong and prints while it works. */
    private static final String PARTLY_RIGHT = """
            package sample;

            public final class Sizing {
                private Sizing() {}

                public static int inFlight(int perSecond, int millis) {
                    return (int) Math.ceil(perSecond * millis / 1000.0);
                }

                public static boolean isEphemeral(int port) {
                    System.out.println("checking " + port);
                    return port > 1024;
                }
            }
            """;
    /** Does not compile, with generics in the message. */
    private static final String BROKEN = """
            package sample;

            import java.util.List;

            public final class Sizing {
                private Sizing() {}

                public static int inFlight(int perSecond, int millis) {
                    List<String> names = List.of();
                    return names;
                }

                public static boolean isEphemeral(int port) {
                    return false;
                }
            }
            """;

    @TempDir
    Path root;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void gradeAllAndSubmitWriteTheSameGradescopeShape() throws IOException {
        for (String[] learner : new String[][] {{"ada", PARTLY_RIGHT}, {"bob", BROKEN}}) {
            Path file = root.resolve("class").resolve(learner[0]).resolve("exercises/sample/src/main/java/sample/Sizing.java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, learner[1]);
        }
        assertEquals(ExitCode.OK, new GradeAllCommand().run(List.of(root.resolve("class").toString(), "--sandbox",
                "process"), session()), err::toString);

        for (String[] learner : new String[][] {{"ada", PARTLY_RIGHT}, {"bob", BROKEN}}) {
            JsonNode gradeAll = SubmitJson.tree(Files.readString(root.resolve("class/.grades").resolve(learner[0])
                    .resolve("results.json")));
            JsonNode submit = submit(learner[1]);

            assertEquals(paths(submit), paths(gradeAll), learner[0]);
            for (String field : List.of("score", "max_score", "output_format", "test_output_format")) {
                assertEquals(submit.path(field), gradeAll.path(field), learner[0] + " " + field);
            }
            assertEquals(submit.path("tests").findValuesAsText("name"), gradeAll.path("tests").findValuesAsText("name"));
            assertEquals(submit.path("tests").findValuesAsText("status"), gradeAll.path("tests").findValuesAsText("status"));
            assertEquals(submit.path("tests").findValues("score"), gradeAll.path("tests").findValues("score"));
            assertTrue(gradeAll.path("execution_time").isDouble(), "seconds with their fraction");
        }
        JsonNode ada = SubmitJson.tree(Files.readString(root.resolve("class/.grades/ada/results.json")));
        String ports = ada.path("tests").get(1).path("output").asText();
        assertTrue(ports.contains("Hint: ") && ports.contains("See Lesson 05 - What a new connection costs"), ports);
        assertTrue(ports.contains("checking "), "what the code printed: " + ports);
        JsonNode bob = SubmitJson.tree(Files.readString(root.resolve("class/.grades/bob/results.json")));
        assertTrue(bob.path("output").asText().contains("error: incompatible types: java.util.List<java.lang.String> cannot be converted to int\n"
                + "        return names;\n               ^"), "every diagnostic in full: " + bob.path("output").asText());
    }

    private JsonNode submit(String source) throws IOException {
        Path home = Files.createTempDirectory(root, "learner");
        Path file = home.resolve("exercises/sample/src/main/java/sample/Sizing.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        StringWriter printed = new StringWriter();
        Workspace workspace = new Workspace(home, SAMPLE.resolve("course"), home.resolve("exercises"),
                SAMPLE.resolve("grader/exercises"), home.resolve(".course"));
        Console console = new Console(new PrintWriter(printed, true), new PrintWriter(err, true), prompt -> Optional.empty(),
                Palette.of(false), 80, false);
        new SubmitCommand().run(List.of("sample", "--format", "gradescope"), new Session(workspace, console));
        return SubmitJson.tree(printed.toString());
    }

    private Session session() {
        Workspace workspace = new Workspace(root, SAMPLE.resolve("course"), root.resolve("exercises"),
                SAMPLE.resolve("grader/exercises"), root.resolve(".course"));
        Console console = new Console(new PrintWriter(out, true), new PrintWriter(err, true), prompt -> Optional.empty(),
                Palette.of(false), 80, false);
        return new Session(workspace, console);
    }

    /** Every field path with its JSON type, arrays by position: the shape. */
    private static TreeSet<String> paths(JsonNode node) {
        TreeSet<String> paths = new TreeSet<>();
        walk("", node, paths);
        return paths;
    }

    private static void walk(String at, JsonNode node, TreeSet<String> paths) {
        paths.add(at + ":" + node.getNodeType() + (node.isNumber() ? "/" + node.numberType() : ""));
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.forEach(name -> walk(at + "." + name, node.get(name), paths));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(at + "[" + i + "]", node.get(i), paths);
            }
        }
    }
}
