package dev.loopback.runner.practice;

import dev.loopback.grader.text.FormatException;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A quick check or drill loaded for a command, or the exit code to stop with after saying why. */
public sealed interface Loaded<T> {

    /** The content is ready to use. */
    record Ready<T>(T content) implements Loaded<T> {}

    /** Loading failed and the learner has been told why. */
    record Failed<T>(int exitCode) implements Loaded<T> {}

    /** Reads a content file; authoring mistakes are thrown as a {@link FormatException} naming file and line. */
    interface Reader<T> {
        T read(String id, Path file) throws IOException, FormatException;
    }

    /** Finds and reads {@code id}, telling the learner on err what went wrong if it cannot. */
    static <T> Loaded<T> load(Session session, PracticeFiles kind, String id, Reader<T> reader) {
        PrintWriter err = session.console().err();
        Optional<Path> file = kind.find(session, id);
        if (file.isEmpty()) {
            List<String> ids = kind.ids(session);
            err.println("There is no " + (kind == PracticeFiles.DRILL ? "drill" : "quick check") + " '" + id + "'."
                    + (ids.isEmpty() ? "" : " Try one of: " + String.join(", ", ids) + "."));
            return new Failed<>(ExitCode.USAGE);
        }
        try {
            return new Ready<>(reader.read(id, file.get()));
        } catch (IOException e) {
            err.println("Could not read " + file.get() + ": " + e.getMessage());
            return new Failed<>(ExitCode.INTERNAL);
        } catch (FormatException e) {
            String where = session.workspace().home() + File.separator;
            err.println("This course file has a mistake, so it cannot be shown: " + e.getMessage().replace(where, ""));
            err.println("It is a problem in the course, not in your work; please tell the course author.");
            return new Failed<>(ExitCode.INTERNAL);
        }
    }
}
