package dev.loopback.runner.instructor;

import dev.loopback.grader.Workspace;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.output.Console;
import dev.loopback.runner.output.Palette;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A workspace with two exercise definitions and a class folder of learners' sources, on disk, for grade-all tests. */
final class ClassFolder {
    final Workspace workspace;
    final Path folder;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    ClassFolder(Path root) throws IOException {
        workspace = Workspace.at(root.resolve("course-home"));
        for (String id : new String[] {"pool-sizer", "fd-leak"}) {
            Files.createDirectories(workspace.graderExercises().resolve(id));
            Files.writeString(workspace.graderExercises().resolve(id).resolve("exercise.json"), "{\"id\":\"" + id + "\"}");
        }
        folder = Files.createDirectories(root.resolve("class"));
    }

    /** Writes {@code learner}'s source file for {@code exercise}. */
    ClassFolder source(String learner, String exercise, String text) throws IOException {
        Path file = folder.resolve(learner).resolve("exercises").resolve(exercise)
                .resolve("src/main/java/pkg/Answer.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return this;
    }

    Session session() {
        Console console = new Console(new PrintWriter(out, true), new PrintWriter(err, true), prompt -> Optional.empty(),
                Palette.of(false), 80, false);
        return new Session(workspace, console);
    }

    Path grades() {
        return folder.resolve(".grades");
    }
}
