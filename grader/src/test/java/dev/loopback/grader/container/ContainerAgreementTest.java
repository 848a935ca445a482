package dev.loopback.grader.container;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.loopback.grader.GradeOptions;
import dev.loopback.grader.GradeResult;
import dev.loopback.grader.Grader;
import dev.loopback.grader.ProgressListener;
import dev.loopback.grader.SampleCourse;
import dev.loopback.grader.Workspace;
import dev.loopback.grader.report.TextReport;
import dev.loopback.grader.rubric.CriterionResult;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A golden scenario graded with its hidden tests in the container gets the same score, criterion
 * by criterion, as in the process sandbox (needs Docker: .ci/docker-up).
 */
class ContainerAgreementTest {
    private static final Path SCENARIOS = Path.of("src/test/resources/scenarios/sample").toAbsolutePath();

    @TempDir
    static Path state;

    @BeforeAll
    static void dockerIsReady() {
        DockerCheck.requireReady(SandboxImage.configured());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"robust-non-daemon-thread", "robust-system-exit", "robust-thread-bomb", "robust-write-outside",
            "robust-out-of-memory", "robust-wall-clock"})
    void containerAndProcessScoresAgree(String scenario) {
        Workspace workspace = SampleCourse.workspace(state);
        Path sources = SCENARIOS.resolve(scenario).resolve("src");

        GradeResult process = grade(new Grader(workspace), sources);
        GradeResult container = grade(new Grader(workspace, new ContainerSandboxRunner(SandboxImage.configured())), sources);

        assertAll(
                () -> assertEquals(process.score(), container.score(), TextReport.render(container)),
                () -> assertEquals(earned(process), earned(container), TextReport.render(container)),
                () -> assertEquals(process.passed(), container.passed()));
    }

    private static GradeResult grade(Grader grader, Path sources) {
        return grader.grade("sample", sources, new GradeOptions(false, false), ProgressListener.NONE);
    }

    private static Map<String, Integer> earned(GradeResult result) {
        return result.criteria().stream().collect(Collectors.toMap(CriterionResult::id, CriterionResult::earned));
    }
}
