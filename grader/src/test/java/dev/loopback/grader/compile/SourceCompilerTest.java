package dev.loopback.grader.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.grader.SampleCourse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceCompilerTest {
    @TempDir
    Path dir;

    @Test
    void validSourcesBecomeClassFiles() {
        Path src = SampleCourse.sources(dir.resolve("src"), Map.of("p/A.java", "package p; public class A {}"));

        Compilation result = SourceCompiler.compile(src, List.of(), dir.resolve("classes"));

        assertInstanceOf(Compilation.Compiled.class, result);
        assertTrue(Files.isRegularFile(dir.resolve("classes/p/A.class")));
    }

    @Test
    void anErrorIsReportedWithLineColumnAndTheSourceLine() {
        Path src = SampleCourse.sources(dir.resolve("src"), Map.of("p/A.java",
                "package p;\npublic class A {\n\tint f() { return missing; }\n}\n"));

        Compilation result = SourceCompiler.compile(src, List.of(), dir.resolve("classes"));

        SourceDiagnostic error = assertInstanceOf(Compilation.DidNotCompile.class, result).errors().get(0);
        assertEquals(3, error.line());
        assertEquals(19, error.column(), "a tab counts as one column");
        assertEquals("\tint f() { return missing; }", error.sourceLine());
    }

    @Test
    void aFolderWithoutSourcesDoesNotCompile() {
        Compilation result = SourceCompiler.compile(dir.resolve("empty"), List.of(), dir.resolve("classes"));

        assertTrue(assertInstanceOf(Compilation.DidNotCompile.class, result).errors().get(0).message().contains("no .java files"));
    }
}
