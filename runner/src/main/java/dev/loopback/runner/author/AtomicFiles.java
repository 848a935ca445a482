package dev.loopback.runner.author;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Writes that never leave a half-written file: a new file is created only if absent; a replaced one is swapped in whole. */
final class AtomicFiles {
    private AtomicFiles() {}

    /** Writes {@code text} to a temporary file beside {@code file}, then moves it over {@code file} in one step. */
    static void replace(Path file, String text) throws IOException {
        dev.loopback.grader.text.AtomicText.replace(file, text);
    }

    /** Creates {@code file} (and its folders) with {@code text}; fails if it already exists. */
    static void create(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }
}
