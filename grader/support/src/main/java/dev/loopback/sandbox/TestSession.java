package dev.loopback.sandbox;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/**
 * Discovers the hidden tests, reports the plan, and runs them; when a test throws something the
 * platform will not survive (an OutOfMemoryError), that test fails and the rest run again. The
 * learner's classes and the tests load in their own {@link SubmissionLoader}, so the JVM's class path
 * is the same jars on every run (its class-data-sharing archive stays valid) and the tests cannot be shadowed.
 */
final class TestSession {
    private final AgentArgs options;
    private final Path tests;
    private final Path learner;
    private final Launcher launcher;
    private final Events events;
    private final InitializerWatch initializers;

    TestSession(AgentArgs options, Path tests, Path learner, Launcher launcher, Events events,
            InitializerWatch initializers) {
        this.options = options;
        this.tests = tests;
        this.learner = learner;
        this.launcher = launcher;
        this.events = events;
        this.initializers = initializers;
    }

    /** Runs every discovered test but those in {@code skip} (finished by an earlier sandbox of the same submission). */
    void run(Set<String> skip) throws IOException {
        ClassLoader classes = new SubmissionLoader(tests, learner, Agent.class.getClassLoader());
        Thread.currentThread().setContextClassLoader(classes);
        TestPlan plan = launcher.discover(request(selectClasspathRoots(Set.of(tests))));
        Set<String> remaining = new LinkedHashSet<>();
        plan.getRoots().forEach(root -> plan.getDescendants(root).stream()
                .filter(TestSession::isTestMethod)
                .forEach(id -> {
                    if (!skip.contains(id.getUniqueId())) {
                        remaining.add(id.getUniqueId());
                    }
                    events.planned(id.getUniqueId(), id.getParentId().orElse(null), name(id),
                            id.getTags().stream().map(t -> t.getName()).toList());
                }));
        ReportingListener listener = new ReportingListener(events, learnerClasses(learner), options.perTestSeconds(),
                initializers);
        boolean first = skip.isEmpty();
        while (!remaining.isEmpty()) {
            try {
                if (first) {
                    launcher.execute(plan, listener); // the plan just discovered: no second discovery
                } else {
                    List<DiscoverySelector> selectors = remaining.stream()
                            .map(id -> (DiscoverySelector) selectUniqueId(id)).toList();
                    launcher.execute(request(selectors), listener);
                }
                remaining.clear();
            } catch (Throwable unrecoverable) {
                listener.failOpenTests(unrecoverable);
            }
            first = false;
            remaining.removeAll(listener.finished());
        }
    }

    private LauncherDiscoveryRequest request(List<? extends DiscoverySelector> selectors) {
        return request(selectors, options.perTestSeconds());
    }

    /** A request for {@code selectors} with the sandbox's per-test timeout, run on a separate thread. */
    static LauncherDiscoveryRequest request(List<? extends DiscoverySelector> selectors, int perTestSeconds) {
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .configurationParameter("junit.jupiter.execution.timeout.default", perTestSeconds + " s")
                .configurationParameter("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD")
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
                .build();
    }

    static boolean isTestMethod(TestIdentifier id) {
        return id.getSource().filter(MethodSource.class::isInstance).isPresent();
    }

    static String name(TestIdentifier id) {
        MethodSource source = (MethodSource) id.getSource().orElseThrow();
        String simpleClass = source.getClassName().substring(source.getClassName().lastIndexOf('.') + 1);
        return simpleClass + "." + source.getMethodName();
    }

    /** The top-level classes under {@code root}, the learner's compiled code. */
    static Set<String> learnerClasses(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .collect(Collectors.toSet());
        }
    }
}
