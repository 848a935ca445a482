package dev.loopback.grader.sandbox;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxClassPathTest {
    @TempDir
    Path cache;

    @Test
    void theSandboxSeesJUnitAndTheSupportJarOnly() {
        List<Path> classPath = SupportJars.classPath(cache);

        assertAll(classPath.stream().map(entry -> () -> {
            String name = entry.getFileName().toString();
            assertTrue(name.endsWith(".jar"), entry + " is a jar, so the class-sharing archive covers it");
            assertTrue(name.startsWith("junit-") || name.startsWith("opentest4j") || name.startsWith("apiguardian")
                    || name.startsWith("jspecify") || name.startsWith("support-") || name.startsWith("loopback-sandbox-support"),
                    entry + " belongs on the sandbox class path");
            assertFalse(entry.toString().contains("jackson"), entry + " is the runner's, not the sandbox's");
        }));
        assertTrue(classPath.stream().anyMatch(p -> p.getFileName().toString().startsWith("junit-platform-launcher")));
        assertTrue(classPath.stream().anyMatch(p -> p.getFileName().toString().startsWith("junit-jupiter-engine")));
    }

    @Test
    void theSupportJarIsBuiltOnceAndReused() {
        Path first = SupportJars.classPath(cache).get(SupportJars.classPath(cache).size() - 1);

        assertTrue(SupportJars.classPath(cache).contains(first));
    }
}
