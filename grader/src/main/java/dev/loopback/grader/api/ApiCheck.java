package dev.loopback.grader.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks that the learner's classes keep the stub's public types and member signatures, loading
 * both sides in their own class loaders (which also see the shared fixtures) without initialising
 * any class.
 */
public final class ApiCheck {
    private ApiCheck() {}

    /** Every public type or member of the stub the learner's classes lack or changed; empty when they match. */
    public static List<String> problems(Path stubClasses, Path learnerClasses) {
        List<String> problems = new ArrayList<>();
        try (URLClassLoader stub = loader(stubClasses); URLClassLoader learner = loader(learnerClasses)) {
            for (String name : classNames(stubClasses)) {
                Class<?> expected = Class.forName(name, false, stub);
                if (Types.isPublic(expected)) {
                    problems.addAll(compare(expected, name, learner));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("stub class vanished: " + e.getMessage(), e);
        }
        return problems;
    }

    private static List<String> compare(Class<?> expected, String name, ClassLoader learner) {
        Class<?> actual;
        try {
            actual = Class.forName(name, false, learner);
        } catch (ClassNotFoundException e) {
            return List.of(Types.display(expected) + " is missing - keep the stub's public types and their names");
        } catch (LinkageError e) {
            return List.of(Types.display(expected) + " cannot be loaded (" + e.getMessage() + ")");
        }
        try {
            return Members.compare(expected, actual);
        } catch (LinkageError e) {
            return List.of(Types.display(expected) + " refers to a class that is missing (" + e.getMessage() + ")");
        }
    }

    private static URLClassLoader loader(Path classes) {
        try {
            return new URLClassLoader(new URL[] {classes.toUri().toURL()}, ApiCheck.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<String> classNames(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString).filter(n -> n.endsWith(".class"))
                    .map(n -> n.substring(0, n.length() - 6).replace('/', '.').replace('\\', '.'))
                    .filter(n -> !n.equals("module-info") && !n.endsWith("package-info")).sorted().toList();
        }
    }
}
