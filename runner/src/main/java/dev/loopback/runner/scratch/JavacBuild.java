package dev.loopback.runner.scratch;

import dev.loopback.runner.practice.ExerciseFiles;
import dev.loopback.runner.practice.FileTree;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles with the JDK's own javac in this JVM, reporting errors as {@code path:line:col} with a caret. */
final class JavacBuild implements LearnerBuild {

    @Override
    public Build compile(ExerciseFiles files, Path classes) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager manager = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<Path> sources = FileTree.files(files.sources()).stream()
                    .filter(path -> path.toString().endsWith(".java")).toList();
            if (sources.isEmpty()) {
                return new Broken("No .java files under " + files.sources() + ": try 'reset " + files.id() + "'.");
            }
            Files.createDirectories(classes);
            List<String> options = List.of("-d", classes.toString(), "-proc:none", "-Xlint:none");
            boolean ok = javac.getTask(new StringWriter(), manager, diagnostics, options, null,
                    manager.getJavaFileObjectsFromPaths(sources)).call();
            return ok ? new Compiled(classes) : new Broken(format(diagnostics.getDiagnostics()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String format(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        return diagnostics.stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(JavacBuild::format)
                .collect(Collectors.joining(System.lineSeparator()));
    }

    private static String format(Diagnostic<? extends JavaFileObject> d) {
        String where = d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ":"
                + d.getColumnNumber() + ": ";
        String line = sourceLine(d);
        String caret = d.getColumnNumber() > 0 ? " ".repeat((int) d.getColumnNumber() - 1) + "^" : "";
        return where + "error: " + d.getMessage(Locale.ROOT)
                + (line.isEmpty() ? "" : System.lineSeparator() + line + System.lineSeparator() + caret);
    }

    private static String sourceLine(Diagnostic<? extends JavaFileObject> d) {
        try {
            if (d.getSource() == null || d.getLineNumber() < 1) {
                return "";
            }
            return d.getSource().getCharContent(true).toString().lines()
                    .skip(d.getLineNumber() - 1).findFirst().orElse("");
        } catch (IOException e) {
            return "";
        }
    }
}
