package dev.loopback.runner.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopback.runner.command.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code submit --format gradescope|exercism} on the sample exercise, graded for real in the sandbox. */
class PlatformFormatsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Right about in-flight, wrong about ports, and chatty. */
    private static final String CHATTY = """
            package sample;

            public final class Sizing {
                private Sizing() {}

                public static int inFlight(int perSecond, int millis) {
                    System.out.println("debug: " + perSecond + " per second, " + millis + " ms");
                    return (int) Math.ceil(perSecond * millis / 1000.0);
                }

                public static boolean isEphemeral(int port) {
                    System.out.println("debug: port " + port + " ".repeat(600) + "end");
                    return false;
                }
            }
            """;

    @TempDir
    Path home;

    @Test
    void exercismExitsZeroWhenTestsFailBecauseTheRunnerItselfWorked() throws Exception {
        GradingFixture fixture = new GradingFixture(home, "stub");

        int status = fixture.run(new SubmitCommand(), "sample", "--format", "exercism");

        assertEquals(ExitCode.OK, status, fixture.err.toString());
        JsonNode results = JSON.readTree(fixture.out.toString());
        assertEquals("fail", results.path("status").asText());
        assertEquals(3, results.path("version").asInt());
    }

    @Test
    void outputDirWritesResultsJsonThereAndNothingToStandardOutput() throws Exception {
        GradingFixture fixture = new GradingFixture(home, "stub");
        Path dir = home.resolve("out/results-dir");

        int status = fixture.run(new SubmitCommand(), "sample", "--format", "gradescope", "--output-dir", dir.toString());

        assertEquals(ExitCode.OK, status, fixture.err.toString());
        assertEquals("", fixture.out.toString());
        JsonNode results = JSON.readTree(Files.readString(dir.resolve("results.json")));
        assertEquals(100, results.path("max_score").asInt());
        assertEquals("md", results.path("output_format").asText());
        assertTrue(fixture.err.toString().contains("Wrote " + dir.resolve("results.json")), fixture.err.toString());
    }

    @Test
    void outputDirNeedsAResultsFormat() {
        GradingFixture fixture = new GradingFixture(home, "stub");

        assertEquals(ExitCode.USAGE, fixture.run(new SubmitCommand(), "sample", "--output-dir", home.toString()));
        assertTrue(fixture.err.toString().contains("--output-dir writes results.json, so it needs --format"),
                fixture.err.toString());
    }

    @Test
    void codeThatEndsTheJvmIsAnExercismErrorWithAMessageSayingSo() throws Exception {
        GradingFixture fixture = new GradingFixture(home, "stub");
        Path scenario = GradingFixture.SAMPLE.resolveSibling("scenarios/sample/robust-system-exit/src/sample/Sizing.java");
        Files.copy(scenario, home.resolve("exercises/sample/src/main/java/sample/Sizing.java"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        int status = fixture.run(new SubmitCommand(), "sample", "--format", "exercism");

        assertEquals(ExitCode.OK, status, fixture.err.toString());
        JsonNode results = JSON.readTree(fixture.out.toString());
        assertEquals("error", results.path("status").asText(), results.toString());
        assertTrue(results.path("message").asText().startsWith("Your code ended the JVM while this test ran (exit status 3"),
                results.toString());
        assertEquals("error", results.path("tests").get(0).path("status").asText(), results.toString());
    }

    @Test
    void whatTheCodePrintedReachesBothFormatsBoundedForExercism() throws Exception {
        GradingFixture fixture = new GradingFixture(home, "stub");
        Files.writeString(home.resolve("exercises/sample/src/main/java/sample/Sizing.java"), CHATTY);

        fixture.run(new SubmitCommand(), "sample", "--format", "exercism");
        JsonNode exercism = JSON.readTree(fixture.out.toString());
        fixture.out.getBuffer().setLength(0);
        fixture.run(new SubmitCommand(), "sample", "--format", "gradescope");
        JsonNode gradescope = JSON.readTree(fixture.out.toString());

        assertEquals("pass", exercism.path("tests").get(0).path("status").asText(), exercism.toString());
        JsonNode ports = exercism.path("tests").get(1);
        assertEquals("fail", ports.path("status").asText(), exercism.toString());
        assertTrue(ports.path("output").asText().contains("debug: "), ports.toString());
        assertTrue(ports.path("output").asText().length() <= 500, ports.toString());
        assertTrue(ports.path("output").asText().endsWith("Output was truncated. Please limit to 500 chars"),
                ports.toString());
        String gradescopeOutput = gradescope.path("tests").get(1).path("output").asText();
        assertTrue(gradescopeOutput.contains("What your code printed"), gradescopeOutput);
        assertTrue(gradescopeOutput.contains("end\n") || gradescopeOutput.endsWith("end"), "not cut at 500 characters");
        assertFalse(gradescope.path("tests").get(0).path("output").asText().contains("debug: "),
                "a passed criterion shows what it checks");
    }
}
