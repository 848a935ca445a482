package dev.loopback.grader.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * pool-sizer's hidden tests mix fixed examples with inputs generated from the run's seed: for 50 seeds every
 * right solution passes them all, and every wrong-* scenario still fails (the generated cases never rescue it).
 */
class PoolSizerSeedsTest {
    private static final int SEEDS = 50;

    @TempDir
    static Path work;

    private static SeedSweep sweep;

    private static synchronized SeedSweep sweep() {
        if (sweep == null) {
            sweep = new SeedSweep("pool-sizer", work);
        }
        return sweep;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"reference", "correct-biginteger-nanos", "correct-exact-multiply", "correct-long-millis"})
    void rightSolutionsPassForEverySeed(String scenario) {
        Path learner = sweep().learner(scenario);
        List<String> failures = new ArrayList<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            for (String failure : sweep().run(learner, seed, 10)) {
                failures.add("seed " + seed + ": " + failure);
            }
        }
        assertEquals(List.of(), failures);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"wrong-littles-law", "wrong-headroom", "wrong-exact-arithmetic", "wrong-fd-ceiling",
        "wrong-keepalive-margin", "wrong-validation"})
    void wrongSolutionsFailTheirCriterionForEverySeed(String scenario) {
        String criterion = scenario.substring("wrong-".length());
        Path learner = sweep().learner(scenario);
        for (long seed = 1; seed <= SEEDS; seed += 7) {
            List<String> failures = sweep().run(learner, seed, 10);
            assertTrue(!failures.isEmpty() && failures.stream().allMatch(f -> f.contains("[" + criterion + "]")),
                    "seed " + seed + ": " + scenario + " should fail only tests tagged " + criterion + ": " + failures);
        }
    }
}
