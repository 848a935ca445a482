package dev.loopback.runner.shell;

import dev.loopback.runner.output.LineSource;
import java.io.IOException;
import java.nio.file.Files;
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
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;

/**
 * Lines typed at a terminal: history kept in a file, Tab completes, Ctrl-D ends; Ctrl-C clears the shell's line,
 * or cancels the running command.
 */
final class JLineSource implements LineSource {
    private static final Parser WORDS = new DefaultParser();
    private static final Parser CODE = new DefaultParser().quoteChars(new char[0]).escapeChars(new char[0]);

    private final LineReader reader;
    private Function<List<String>, List<String>> candidates = words -> List.of();
    private Optional<CodeCompletion> code = Optional.empty();
    private Parser parser = WORDS;
    private volatile Runnable onInterrupt;

    JLineSource(Terminal terminal, Path historyFile) {
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("loopback")
                .variable(LineReader.HISTORY_FILE, historyFile)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .parser((line, cursor, context) -> parser.parse(line, cursor, context))
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
    public Scope interruptWith(Runnable action) {
        Runnable before = onInterrupt;
        Terminal terminal = reader.getTerminal();
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> {
            terminal.writer().println();
            terminal.writer().flush();
            action.run();
        });
        onInterrupt = action;
        return () -> {
            terminal.handle(Terminal.Signal.INT, previous);
            onInterrupt = before;
        };
    }

    @Override
    public Scope codePrompt(Path historyFile, CodeCompletion completion) {
        Runnable interruptBefore = onInterrupt;
        Object historyBefore = reader.getVariable(LineReader.HISTORY_FILE);
        switchHistory(historyFile);
        onInterrupt = null;
        code = Optional.of(completion);
        parser = CODE;
        return () -> {
            switchHistory(historyBefore);
            onInterrupt = interruptBefore;
            code = Optional.empty();
            parser = WORDS;
        };
    }

    /** Saves the lines so far to the current history file, then continues with {@code file}'s. */
    private void switchHistory(Object file) {
        try {
            reader.getHistory().save();
            reader.setVariable(LineReader.HISTORY_FILE, file);
            if (Files.exists(Path.of(file.toString()))) {
                reader.getHistory().load();
            } else {
                reader.getHistory().purge();
            }
        } catch (IOException | IllegalArgumentException e) {
            reader.getTerminal().writer().println("(History is not kept: " + e.getMessage() + ")");
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
        if (code.isPresent()) {
            completeCode(code.get(), line, out);
            return;
        }
        List<String> before = line.words().subList(0, Math.min(line.wordIndex(), line.words().size()));
        candidates.apply(before).forEach(word -> out.add(new Candidate(word)));
    }

    /** JLine replaces the word at the cursor, so each completion keeps the part of that word before the anchor. */
    private static void completeCode(CodeCompletion completion, ParsedLine line, List<Candidate> out) {
        Completions found = completion.complete(line.line(), line.cursor());
        int wordStart = line.cursor() - line.wordCursor();
        if (found.anchor() < wordStart || found.anchor() > line.cursor()) {
            return;
        }
        String kept = line.line().substring(wordStart, found.anchor());
        found.texts().forEach(text -> out.add(new Candidate(kept + text, text, null, null, null, null, false)));
    }
}
