package dev.loopback.grader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What one grading may leave behind, checked rather than assumed: taken before the grading, it names
 * afterwards every sandbox process still alive, every file added, changed or removed outside the
 * submission folder (in the learner's state, except the builds, which the grader prunes, and the grader's caches; in
 * the exercise's grader and learner folders; in the clone's {@code .course/}), and every new file named
 * like a hostile scenario's canary ({@value #CANARY}...) in those places, the home folder, {@code ~/.m2}
 * and {@code /tmp}.
 */
final class Confinement {
    /** How hostile scenarios name the files they try to plant outside their folder. */
    static final String CANARY = "PWNED";
    /** How long a sandbox's processes may take to disappear once the grading has returned. */
    static final Duration PROCESSES_GONE = Duration.ofSeconds(10);

    private final Path state;
    private final Path submission;
    private final ProcessCensus census;
    private final TreeDigest stateBefore;
    private final Map<Path, TreeDigest> watched = new LinkedHashMap<>();
    private final Map<Path, Set<String>> canaries = new LinkedHashMap<>();

    private Confinement(Path state, Path submission, List<Path> folders, List<Path> canaryFolders) {
        this.state = state;
        this.submission = submission.toAbsolutePath().normalize();
        this.census = ProcessCensus.take(state);
        this.stateBefore = digestState();
        folders.forEach(f -> watched.put(f, TreeDigest.of(f, this::inSubmission)));
        canaryFolders.forEach(f -> canaries.put(f, canariesIn(f)));
    }

    /** Takes the picture before {@code submission} is graded as {@code exercise} in {@code workspace}. */
    static Confinement before(Workspace workspace, String exercise, Path submission) {
        Path home = Path.of(System.getProperty("user.home"));
        return new Confinement(workspace.state(), submission,
                List.of(workspace.graderExercises().resolve(exercise), workspace.exercises().resolve(exercise),
                        workspace.home().resolve(".course")),
                List.of(home, home.resolve(".m2"), Path.of("/tmp"), workspace.home()));
    }

    /** Every way the grading reached beyond its submission folder; empty when it stayed inside. */
    List<String> breaches() {
        List<String> found = new ArrayList<>();
        if (ProcessCensus.canSee()) {
            census.leftovers(PROCESSES_GONE).forEach(p -> found.add("process left behind: " + p));
        }
        TreeDigest stateAfter = digestState();
        found.addAll(stateAfter.changesSince(stateBefore,
                path -> path.startsWith("builds/") || path.startsWith("cache/"),
                path -> path.startsWith("builds/") || path.startsWith("cache/sandbox/")));
        found.addAll(stateAfter.newFilesNamed(stateBefore, CANARY));
        watched.forEach((folder, before) -> {
            TreeDigest after = TreeDigest.of(folder, this::inSubmission);
            found.addAll(after.changesSince(before, path -> false, path -> false));
        });
        canaries.forEach((folder, before) -> canariesIn(folder).stream().filter(name -> !before.contains(name))
                .forEach(name -> found.add("canary planted: " + folder.resolve(name))));
        return found;
    }

    private TreeDigest digestState() {
        return TreeDigest.of(state, this::inSubmission);
    }

    private boolean inSubmission(Path path) {
        return path.toAbsolutePath().normalize().startsWith(submission);
    }

    private static Set<String> canariesIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(CANARY)).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
