package dev.loopback.runner.shell;

import dev.loopback.runner.output.LineSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/** Lines typed at a terminal: history kept in a file, Tab completes, Ctrl-C cancels the line, Ctrl-D ends. */
final class JLineSource implements LineSource {
    private final LineReader reader;
    private Function<List<String>, List<String>> candidates = words -> List.of();

    JLineSource(Terminal terminal, Path historyFile) {
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("loopback")
                .variable(LineReader.HISTORY_FILE, historyFile)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .completer(this::complete)
                .build();
    }

    @Override
    public Optional<String> readLine(String prompt) {
        try {
            return Optional.of(reader.readLine(prompt));
        } catch (UserInterruptException e) {
            return Optional.of("");
        } catch (EndOfFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public void completeWith(Function<List<String>, List<String>> next) {
        this.candidates = next;
    }

    @Override
    public OptionalInt columns() {
        int width = reader.getTerminal().getWidth();
        return width > 0 ? OptionalInt.of(width) : OptionalInt.empty();
    }

    private void complete(LineReader lineReader, ParsedLine line, List<Candidate> out) {
        List<String> before = line.words().subList(0, Math.min(line.wordIndex(), line.words().size()));
        candidates.apply(before).forEach(word -> out.add(new Candidate(word)));
    }
}
