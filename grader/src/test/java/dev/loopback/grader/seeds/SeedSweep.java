package dev.loopback.grader.seeds;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;

import dev.loopback.fixture.Seeded;
import dev.loopback.grader.ScenarioSources;
import dev.loopback.grader.compile.Compilation;
import dev.loopback.grader.compile.SourceCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs an exercise's hidden tests in this JVM against a learner's sources for many seeds: each run gets its
 * own class loader holding a fresh {@link Seeded} (which reads {@value Seeded#PROPERTY} once), the learner's
 * classes and the hidden tests, compiled against the stub as the grader does. No sandbox: for checking that
 * generated inputs never fail a right solution, whatever the seed.
 *
 * <p>By hand, for the slower network exercises (the scenario is a folder under scenarios/&lt;exercise&gt;/):
 * {@code mvn -q -B -pl grader/support,grader test-compile} then
 * {@code java -cp "$(cat cp.txt)" dev.loopback.grader.seeds.SeedSweep handshake-timer reference 1 30}.
 */
public final class SeedSweep {
    static final Path ROOT = locateRoot();
    static final Path SCENARIOS = ROOT.resolve("grader/src/test/resources/scenarios");

    private final String exercise;
    private final Path tests;
    private final Path work;

    /** The exercise's hidden tests compiled against its stub, under {@code work}. */
    public SeedSweep(String exercise, Path work) {
        this.exercise = exercise;
        this.work = work;
        Path exerciseDir = ROOT.resolve("grader/exercises").resolve(exercise);
        Path stub = compile(exerciseDir.resolve("stub"), List.of(), work.resolve("stub"));
        this.tests = compile(exerciseDir.resolve("tests"), List.of(stub), work.resolve("tests"));
    }

    /** The scenario's learner sources (its own src/, or the solution or stub with it laid over), compiled. */
    public Path learner(String scenario) {
        try {
            Path dir = SCENARIOS.resolve(exercise).resolve(scenario);
            Path sources = ScenarioSources.of(dir, ROOT.resolve("grader/exercises").resolve(exercise),
                    Files.createDirectories(work.resolve("merged")));
            return compile(sources, List.of(), work.resolve("learner-" + scenario));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Failures ("test: message") of one run of every hidden test with {@code seed}. */
    public List<String> run(Path learner, long seed, int perTestSeconds) {
        String before = System.getProperty(Seeded.PROPERTY);
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        System.setProperty(Seeded.PROPERTY, Long.toString(seed));
        try (URLClassLoader classes = new FreshFixtures(new URL[] {url(supportClasses()), url(learner), url(tests)},
                SeedSweep.class.getClassLoader(), packageOf(learner))) {
            Thread.currentThread().setContextClassLoader(classes);
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClasspathRoots(Set.of(tests)))
                    .configurationParameter("junit.jupiter.execution.timeout.default", perTestSeconds + " s")
                    .configurationParameter("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD")
                    .build();
            List<String> failures = new ArrayList<>();
            int[] finished = {0};
            Launcher launcher = LauncherFactory.create();
            launcher.execute(request, new TestExecutionListener() {
                @Override
                public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                    if (id.isTest()) {
                        finished[0]++;
                    }
                    if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                        failures.add(id.getDisplayName() + " " + id.getTags() + ": "
                                + result.getThrowable().map(Throwable::toString).orElse(result.getStatus().toString()));
                    }
                }
            });
            if (finished[0] == 0) {
                failures.add("no hidden test ran");
            }
            return failures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Thread.currentThread().setContextClassLoader(context);
            if (before == null) {
                System.clearProperty(Seeded.PROPERTY);
            } else {
                System.setProperty(Seeded.PROPERTY, before);
            }
        }
    }

    /** args: exercise scenario firstSeed lastSeed [perTestSeconds]; prints each failing seed, exit 1 if any. */
    public static void main(String[] args) throws IOException {
        SeedSweep sweep = new SeedSweep(args[0], Files.createTempDirectory("seed-sweep"));
        Path learner = sweep.learner(args[1]);
        int perTest = args.length > 4 ? Integer.parseInt(args[4]) : 15;
        int failed = 0;
        for (long seed = Long.parseLong(args[2]); seed <= Long.parseLong(args[3]); seed++) {
            long start = System.nanoTime();
            List<String> failures = sweep.run(learner, seed, perTest);
            System.out.printf("%s %s seed %d: %s (%d ms)%n", args[0], args[1], seed,
                    failures.isEmpty() ? "ok" : failures.size() + " failed", (System.nanoTime() - start) / 1_000_000);
            failures.forEach(f -> System.out.println("    " + f));
            failed += failures.isEmpty() ? 0 : 1;
        }
        System.out.println(failed + " seeds failed");
        System.exit(failed == 0 ? 0 : 1);
    }

    /** Child-first for the fixtures and the exercise's package, so every run has its own Seeded. */
    private static final class FreshFixtures extends URLClassLoader {
        private final String exercisePackage;

        FreshFixtures(URL[] urls, ClassLoader parent, String exercisePackage) {
            super(urls, parent);
            this.exercisePackage = exercisePackage;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("dev.loopback.fixture.") && !name.startsWith(exercisePackage + ".")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = findClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }

    private static String packageOf(Path classes) {
        try (Stream<Path> files = Files.walk(classes)) {
            Path first = files.filter(f -> f.toString().endsWith(".class")).findFirst().orElseThrow();
            return classes.relativize(first.getParent()).toString().replace('/', '.');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path compile(Path sources, List<Path> extra, Path out) {
        List<Path> classPath = new ArrayList<>(extra);
        Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(Path::of).forEach(classPath::add);
        Compilation result = SourceCompiler.compile(sources, classPath, out);
        if (result instanceof Compilation.DidNotCompile failed) {
            throw new IllegalStateException(sources + " did not compile: " + failed.errors().stream()
                    .map(Object::toString).collect(Collectors.joining("\n")));
        }
        return out;
    }

    private static Path supportClasses() {
        try {
            return Path.of(Seeded.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static URL url(Path path) throws IOException {
        return path.toUri().toURL();
    }

    private static Path locateRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("grader/exercises"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("run from inside the repository");
        }
        return dir;
    }
}
