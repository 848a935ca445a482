package dev.loopback.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.security.cert.Certificate;

/**
 * Loads the hidden tests and the learner's classes in one class loader (so tests see the learner's
 * package-private members) in an order the learner cannot change: a class the tests folder holds
 * always comes from there, everything else from the JVM's class path (JUnit, the fixtures, the JDK),
 * and only what neither has from the learner's folder. A learner class named like a test, or like
 * a JUnit class, is never loaded.
 */
final class SubmissionLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Path tests;
    private final Path learner;
    private final ProtectionDomain testDomain;
    private final ProtectionDomain learnerDomain;

    SubmissionLoader(Path tests, Path learner, ClassLoader parent) {
        super(parent);
        this.tests = tests;
        this.learner = learner;
        this.testDomain = domain(tests);
        this.learnerDomain = domain(learner);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> type = findLoadedClass(name);
            if (type == null) {
                Path test = file(tests, name);
                if (test != null && Files.isRegularFile(test)) {
                    type = define(name, test, testDomain);
                } else {
                    type = fromParentOrLearner(name);
                }
            }
            if (resolve) {
                resolveClass(type);
            }
            return type;
        }
    }

    private Class<?> fromParentOrLearner(String name) throws ClassNotFoundException {
        try {
            return getParent().loadClass(name);
        } catch (ClassNotFoundException notOnClassPath) {
            Path own = file(learner, name);
            if (own == null || !Files.isRegularFile(own)) {
                throw notOnClassPath;
            }
            return define(name, own, learnerDomain);
        }
    }

    @Override
    public URL getResource(String name) {
        Path test = tests.resolve(name).normalize();
        if (test.startsWith(tests) && Files.isRegularFile(test)) {
            return url(test);
        }
        return getParent().getResource(name);
    }

    private Class<?> define(String name, Path file, ProtectionDomain domain) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return defineClass(name, bytes, 0, bytes.length, domain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The class file for {@code name} under {@code root}, or null for a name that could leave it. */
    private static Path file(Path root, String name) {
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.contains("..")) {
            return null;
        }
        Path file = root.resolve(name.replace('.', '/') + ".class").normalize();
        return file.startsWith(root) ? file : null;
    }

    private static ProtectionDomain domain(Path root) {
        return new ProtectionDomain(new CodeSource(url(root), (Certificate[]) null), null);
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
