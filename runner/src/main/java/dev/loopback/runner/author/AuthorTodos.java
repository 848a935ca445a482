package dev.loopback.runner.author;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@value #MARK} markers a scaffold ({@code new lesson}, {@code new exercise}) leaves for the author to fill:
 * {@code validate} reports each as {@code file:line: TODO(author) ... left to fill} until it is gone.
 */
public final class AuthorTodos {
    /** The literal token every scaffold writes where the author has something to fill. */
    public static final String MARK = "TODO(author)";

    private AuthorTodos() {}

    /**
     * One line per marker in {@code paths} (files, or folders walked in name order, skipping {@code target/}),
     * each file named relative to {@code home}; paths that do not exist are skipped.
     */
    public static List<String> in(Path home, List<Path> paths) {
        List<String> found = new ArrayList<>();
        for (Path path : paths) {
            for (Path file : files(path)) {
                found.addAll(inFile(home, file));
            }
        }
        return found;
    }

    private static List<Path> files(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> Stream.iterate(path.relativize(file), p -> p != null, Path::getParent)
                            .noneMatch(p -> p.getFileName() != null && p.getFileName().toString().equals("target")))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> inFile(Path home, Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (MalformedInputException e) {
            return List.of(); // not text
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path absoluteHome = home.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        String shown = (absolute.startsWith(absoluteHome) ? absoluteHome.relativize(absolute) : file).toString()
                .replace('\\', '/');
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int at = lines.get(i).indexOf(MARK);
            if (at >= 0) {
                String what = lines.get(i).substring(at + MARK.length()).replaceFirst("^[:\\s]+", "")
                        .replaceFirst("(\"|\\*/).*", "").replaceFirst("[\\s.,;:]+$", "");
                if (what.length() > 70) {
                    what = what.substring(0, 67) + "...";
                }
                found.add(shown + ":" + (i + 1) + ": " + MARK + " " + (what.isEmpty() ? "" : what + " ") + "left to fill");
            }
        }
        return found;
    }
}
