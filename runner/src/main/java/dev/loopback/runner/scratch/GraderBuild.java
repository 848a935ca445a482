package dev.loopback.runner.scratch;

import dev.loopback.grader.compile.Compilation;
import dev.loopback.grader.compile.DiagnosticFormat;
import dev.loopback.grader.compile.SourceCompiler;
import dev.loopback.runner.workbench.ExerciseFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Compiles with the grader's own compiler, so errors read exactly as they do in {@code submit}. */
final class GraderBuild implements LearnerBuild {
    private final Path home;

    GraderBuild(Path home) {
        this.home = home;
    }

    @Override
    public Build compile(ExerciseFiles files, Path classes) {
        Compilation compilation = SourceCompiler.compile(files.sources(), List.of(), classes);
        if (compilation instanceof Compilation.DidNotCompile failed) {
            return new Broken(failed.errors().stream().map(d -> DiagnosticFormat.format(d, home))
                    .collect(Collectors.joining(System.lineSeparator() + System.lineSeparator())));
        }
        return new Compiled(((Compilation.Compiled) compilation).classes());
    }
}
