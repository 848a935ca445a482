package dev.loopback.runner.solution;

import dev.loopback.runner.workbench.ExerciseFiles;
import dev.loopback.runner.workbench.FileTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The reference solution as one Markdown page: the design note, then every source file in a Java code block. */
final class SolutionPage {
    private SolutionPage() {}

    static String markdown(ExerciseFiles files) {
        try {
            StringBuilder page = new StringBuilder();
            if (Files.isRegularFile(files.note())) {
                page.append(Files.readString(files.note()).strip()).append("\n\n");
            }
            for (Path source : FileTree.files(files.solution())) {
                String name = files.solution().relativize(source).toString().replace('\\', '/');
                page.append("## ").append(name).append("\n\n```java\n")
                        .append(Files.readString(source).stripTrailing()).append("\n```\n\n");
            }
            return page.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the reference solution: " + e.getMessage(), e);
        }
    }
}
