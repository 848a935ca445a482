package dev.loopback.grader.compile;

import java.nio.file.Path;
import java.util.List;

/** What compiling a set of sources produced. */
public sealed interface Compilation {

    /** Every source compiled; class files are in {@code classes}. */
    record Compiled(Path classes, List<SourceDiagnostic> warnings) implements Compilation {}

    /** At least one error; nothing may run. */
    record DidNotCompile(List<SourceDiagnostic> errors) implements Compilation {}
}
