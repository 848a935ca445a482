package dev.loopback.runner.scratch;

import dev.loopback.runner.workbench.ExerciseFiles;
import java.nio.file.Path;

/** Compiles the learner's current sources of one exercise so the scratchpad can load them. */
interface LearnerBuild {

    /** Compiles {@code files.sources()} into the empty directory {@code classes}. */
    Build compile(ExerciseFiles files, Path classes);

    /** What compiling produced. */
    sealed interface Build {}

    /** Class files ready in {@code classes}. */
    record Compiled(Path classes) implements Build {}

    /** The compiler refused the code; {@code diagnostics} is the learner-facing report. */
    record Broken(String diagnostics) implements Build {}
}
