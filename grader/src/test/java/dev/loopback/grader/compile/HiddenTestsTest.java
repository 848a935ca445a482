package dev.loopback.grader.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.grader.SampleCourse;
import dev.loopback.grader.exercise.Exercise;
import dev.loopback.grader.exercise.Exercises;
import dev.loopback.grader.sandbox.SandboxClassPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HiddenTestsTest {
    @TempDir
    Path cache;

    private final Exercise sample = new Exercises(SampleCourse.HOME.resolve("grader/exercises")).load("sample");

    private List<Path> classPath() {
        List<Path> path = new ArrayList<>(SandboxClassPath.junit());
        path.add(SandboxClassPath.support());
        return path;
    }

    @Test
    void compilesTheTestsAgainstTheStubOnce() throws Exception {
        HiddenTests.Build first = HiddenTests.of(sample, classPath(), cache);
        Path testClass = first.tests().resolve("sample/InFlightTest.class");
        Files.setLastModifiedTime(testClass, FileTime.fromMillis(0));

        HiddenTests.Build second = HiddenTests.of(sample, classPath(), cache);

        assertEquals(first, second);
        assertTrue(Files.isRegularFile(second.stub().resolve("sample/Sizing.class")));
        assertEquals(0, Files.getLastModifiedTime(testClass).toMillis(), "a warm cache compiles nothing");
    }
}
