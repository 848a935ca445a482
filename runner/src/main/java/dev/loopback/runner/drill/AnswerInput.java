package dev.loopback.runner.drill;

import dev.loopback.runner.command.Session;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Gets the learner's answer: from a file, from an editor (the command passes $EDITOR on a terminal), or typed and ended by a line holding only ".". */
final class AnswerInput {
    static final String END = ".";
    private static final String COMMENT = "#";

    private final Session session;
    private final PrintWriter err;
    private final Optional<String> editor;

    AnswerInput(Session session, Optional<String> editor) {
        this.session = session;
        this.err = session.console().err();
        this.editor = editor;
    }

    /** The answer, or empty when there is none to score (after telling the learner why). */
    Optional<String> read(Optional<Path> file) {
        if (file.isPresent()) {
            try {
                return Optional.of(Files.readString(file.get(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.println("Could not read your answer file " + file.get() + " (" + e.getMessage() + ").");
                return Optional.empty();
            }
        }
        return editor.flatMap(this::edited).or(this::typed);
    }

    private Optional<String> typed() {
        err.println("Type your answer; end it with a line holding only a dot (" + END + ").");
        err.flush();
        List<String> lines = new ArrayList<>();
        while (true) {
            Optional<String> line = session.console().in().readLine("| ");
            if (Thread.currentThread().isInterrupted()) {
                return Optional.empty();
            }
            if (line.isEmpty() && lines.isEmpty()) {
                err.println("No answer, so nothing was scored or recorded.");
                return Optional.empty();
            }
            if (line.isEmpty() || line.get().strip().equals(END)) {
                return Optional.of(String.join("\n", lines));
            }
            lines.add(line.get());
        }
    }

    private Optional<String> edited(String editor) {
        try {
            Files.createDirectories(session.workspace().state());
            Path draft = Files.createTempFile(session.workspace().state(), "drill-answer", ".md");
            Files.writeString(draft, COMMENT + " Write your answer below. Lines starting with " + COMMENT
                    + " are ignored; save and close the editor when done.\n\n", StandardCharsets.UTF_8);
            int status = new ProcessBuilder("sh", "-c", editor + " \"$1\"", "sh", draft.toString())
                    .inheritIO().start().waitFor();
            String text = Files.readAllLines(draft, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.startsWith(COMMENT)).reduce("", (a, b) -> a + b + "\n");
            Files.deleteIfExists(draft);
            if (status != 0) {
                err.println("The editor (" + editor + ") exited with status " + status + "; type your answer here instead.");
                return Optional.empty();
            }
            return Optional.of(text.strip());
        } catch (IOException e) {
            err.println("Could not open " + editor + " (" + e.getMessage() + "); type your answer here instead.");
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
