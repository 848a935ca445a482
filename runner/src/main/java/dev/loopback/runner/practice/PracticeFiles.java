package dev.loopback.runner.practice;

import dev.loopback.runner.command.Session;
import dev.loopback.runner.course.Activity;
import dev.loopback.runner.course.CourseLoad;
import dev.loopback.runner.course.Lesson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Finds quick-check and drill files: through the course manifest ({@code quickCheck} or {@code drill}
 * of a lesson, by id), or by name ({@code course/checks/05-*.md}) when the manifest does not list it.
 */
public enum PracticeFiles {
    QUICK_CHECK(Lesson::quickCheck, "checks"),
    DRILL(Lesson::drill, "drills");

    private final Function<Lesson, Activity> activity;
    private final String folder;

    PracticeFiles(Function<Lesson, Activity> activity, String folder) {
        this.activity = activity;
        this.folder = folder;
    }

    /** The file for {@code id}, if the course has one. */
    public Optional<Path> find(Session session, String id) {
        return fromManifest(session, id).or(() -> byName(session).stream()
                .filter(p -> idOf(p).equals(id)).findFirst());
    }

    /** The ids of every such file in the course folder, for completion and "try one of". */
    public List<String> ids(Session session) {
        return byName(session).stream().map(PracticeFiles::idOf).distinct().toList();
    }

    private Optional<Path> fromManifest(Session session, String id) {
        if (!(session.courses().load() instanceof CourseLoad.Loaded loaded)) {
            return Optional.empty();
        }
        return loaded.course().lessons().stream().map(activity).filter(a -> a != null && id.equals(a.id()))
                .findFirst().map(a -> session.courses().dir().resolve(a.file()));
    }

    private List<Path> byName(Session session) {
        Path dir = session.workspace().course().resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("[^-]+-.*\\.md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.indexOf('-'));
    }
}
