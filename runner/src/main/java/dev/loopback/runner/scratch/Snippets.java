package dev.loopback.runner.scratch;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;

/** Cuts typed or pasted source into the complete snippets JShell evaluates one at a time. */
final class Snippets {
    private final SourceCodeAnalysis analysis;

    Snippets(SourceCodeAnalysis analysis) {
        this.analysis = analysis;
    }

    /** The complete snippets at the start of some source, and the text after them that is not complete yet. */
    record Split(List<String> complete, String rest) {}

    /** Splits {@code input}; {@code rest} is blank when every snippet in it is complete. */
    Split split(String input) {
        List<String> complete = new ArrayList<>();
        String rest = input;
        while (!rest.isBlank()) {
            CompletionInfo info = analysis.analyzeCompletion(rest);
            if (info.completeness() == Completeness.EMPTY) {
                return new Split(complete, "");
            }
            if (!info.completeness().isComplete() || info.remaining().equals(rest)) {
                break;
            }
            complete.add(info.source());
            rest = info.remaining();
        }
        return new Split(complete, rest);
    }
}
