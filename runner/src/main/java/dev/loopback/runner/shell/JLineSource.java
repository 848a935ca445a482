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

/**
 * Lines typed at a terminal: history kept in a file, Tab completes, Ctrl-D ends; Ctrl-C clears the shell's line,
 * or cancels the running command.
 */
final class JLineSource implements LineSource {
    private final LineReader reader;
    private Function<List<String>, List<String>> candidates = words -> List.of();
    private volatile Runnable onInterrupt;

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
            Runnable action = onInterrupt;
            if (action == null) {
                return Optional.of("");
            }
            action.run();
            return Optional.empty();
        } catch (EndOfFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public Interruption interruptWith(Runnable action) {
        Runnable before = onInterrupt;
        Terminal terminal = reader.getTerminal();
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> action.run());
        onInterrupt = action;
        return () -> {
            terminal.handle(Terminal.Signal.INT, previous);
            onInterrupt = before;
        };
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
