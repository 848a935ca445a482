package dev.loopback.runner.scratch;

import dev.loopback.runner.output.LineSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/** A JShell session that runs snippets inside this JVM, with optional extra classes on its class path. */
final class Scratchpad implements AutoCloseable {
    static final List<String> STANDARD_IMPORTS = List.of("java.time.*", "java.net.*", "java.util.*");

    private final JShell shell;
    private final Snippets snippets;
    private final Describer describer;
    private final Thread.UncaughtExceptionHandler handlerBefore;
    private volatile boolean stopped;

    private Scratchpad(JShell shell, Thread.UncaughtExceptionHandler handlerBefore) {
        this.shell = shell;
        this.handlerBefore = handlerBefore;
        this.snippets = new Snippets(shell.sourceCodeAnalysis());
        this.describer = new Describer(shell);
    }

    /**
     * A session seeing {@code classes} (when present) with each of {@code imports} (e.g. {@code poolsizer.*})
     * imported. The class path goes in before anything asks JShell for source analysis: JDK 17 keeps
     * compiler contexts made earlier, which would not see it.
     */
    static Scratchpad open(Optional<Path> classes, List<String> imports) {
        Thread.UncaughtExceptionHandler handlerBefore = Thread.getDefaultUncaughtExceptionHandler();
        JShell shell = JShell.builder().executionEngine("local").build();
        classes.ifPresent(dir -> shell.addToClasspath(dir.toAbsolutePath().toString()));
        Scratchpad pad = new Scratchpad(shell, handlerBefore);
        try {
            imports.forEach(pad::importAll);
            return pad;
        } catch (IllegalStateException e) {
            pad.close();
            throw e;
        }
    }

    /** Imports {@code name}, e.g. {@code poolsizer.*}; throws when it fails. */
    void importAll(String name) {
        String source = "import " + name + ";";
        List<Outcome> outcomes = evalSnippet(source);
        if (outcomes.stream().anyMatch(Outcome::failed)) {
            throw new IllegalStateException(source + " failed: " + outcomes);
        }
    }

    /** Evaluates every complete snippet in {@code input}, in order; text cut off mid-snippet is a failure. */
    List<Outcome> eval(String input) {
        Snippets.Split split = snippets.split(input);
        List<Outcome> outcomes = evalAll(split.complete());
        if (!split.rest().isBlank()) {
            outcomes.add(new Outcome.Failure(split.rest(),
                    "This snippet stops mid-statement: " + split.rest().strip() + " (a missing ';', ')' or '}'?)"));
        }
        return outcomes;
    }

    /** The outcomes of every snippet in {@code input}, or empty (nothing run) while its last snippet is unfinished. */
    Optional<List<Outcome>> evalIfComplete(String input) {
        Snippets.Split split = snippets.split(input);
        return split.rest().isBlank() ? Optional.of(evalAll(split.complete())) : Optional.empty();
    }

    private List<Outcome> evalAll(List<String> sources) {
        List<Outcome> outcomes = new ArrayList<>();
        sources.forEach(source -> outcomes.addAll(evalSnippet(source)));
        return outcomes;
    }

    private List<Outcome> evalSnippet(String source) {
        List<SnippetEvent> events;
        String printed;
        stopped = false;
        try (Printed capture = Printed.capture()) {
            events = shell.eval(source);
            printed = capture.text();
        }
        List<Outcome> outcomes = new ArrayList<>();
        if (!printed.isEmpty()) {
            outcomes.add(new Outcome.Note(printed.stripTrailing()));
        }
        outcomes.addAll(describer.describe(source, events));
        if (stopped) {
            outcomes.add(new Outcome.Failure(source, "stopped: the snippet was still running when you pressed Ctrl-C"));
        }
        return outcomes;
    }

    /** What may complete {@code line} at {@code cursor}, as JShell suggests it (members, types, variables). */
    LineSource.Completions complete(String line, int cursor) {
        int[] anchor = new int[1];
        List<String> texts = shell.sourceCodeAnalysis().completionSuggestions(line, cursor, anchor).stream()
                .map(SourceCodeAnalysis.Suggestion::continuation).distinct().toList();
        return new LineSource.Completions(anchor[0], texts);
    }

    /** Stops the snippet running now (a runaway loop); safe from another thread, such as a Ctrl-C handler. */
    void stop() {
        stopped = true;
        shell.stop();
    }

    @Override
    public void close() {
        shell.close();
        Thread.setDefaultUncaughtExceptionHandler(handlerBefore);
    }
}
