package dev.loopback.grader.container;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.loopback.grader.GradeOptions;
import dev.loopback.grader.GradeResult;
import dev.loopback.grader.Grader;
import dev.loopback.grader.ProgressListener;
import dev.loopback.grader.SampleCourse;
import dev.loopback.grader.ScenarioSources;
import dev.loopback.grader.Workspace;
import dev.loopback.grader.report.TextReport;
import dev.loopback.grader.rubric.CriterionResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A golden scenario graded with its hidden tests in the container gets the same score, criterion
 * by criterion, as in the process sandbox (needs Docker: .ci/docker-up).
 */
@Tag("docker")
class ContainerAgreementTest {
    private static final Path SCENARIOS = Path.of("src/test/resources/scenarios").toAbsolutePath();

    @TempDir
    static Path state;

    @BeforeAll
    static void dockerIsReady() {
        DockerCheck.requireReady(SandboxImage.configured());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sample/robust-non-daemon-thread", "sample/robust-system-exit", "sample/robust-thread-bomb",
            "sample/robust-write-outside", "sample/robust-out-of-memory", "sample/robust-wall-clock",
            "pool-sizer/wrong-littles-law", "handshake-timer/wrong-connections-closed",
            "pool-sizer/hostile-system-exit-zero", "pool-sizer/hostile-thread-bomb", "pool-sizer/hostile-direct-memory",
            "pool-sizer/hostile-deflater-native-memory", "pool-sizer/hostile-stdin-key", "pool-sizer/hostile-forged-output",
            "pool-sizer/hostile-xslt-extension-function"})
    void containerAndProcessScoresAgree(String scenario) throws IOException {
        String exercise = scenario.substring(0, scenario.indexOf('/'));
        Workspace workspace = exercise.equals("sample") ? SampleCourse.workspace(state)
                : Workspace.find(Path.of("").toAbsolutePath()).orElseThrow().withState(state);
        Path sources = ScenarioSources.of(SCENARIOS.resolve(scenario), workspace.graderExercises().resolve(exercise), state);

        GradeResult process = grade(new Grader(workspace), exercise, sources);
        GradeResult container = grade(new Grader(workspace, new ContainerSandboxRunner(SandboxImage.configured())), exercise, sources);

        assertAll(
                () -> assertEquals(process.score(), container.score(), TextReport.render(container)),
                () -> assertEquals(earned(process), earned(container), TextReport.render(container)),
                () -> assertEquals(process.passed(), container.passed()));
    }

    private static GradeResult grade(Grader grader, String exercise, Path sources) {
        return grader.grade(exercise, sources, new GradeOptions(false, false), ProgressListener.NONE);
    }

    private static Map<String, Integer> earned(GradeResult result) {
        return result.criteria().stream().collect(Collectors.toMap(CriterionResult::id, CriterionResult::earned));
    }
}
