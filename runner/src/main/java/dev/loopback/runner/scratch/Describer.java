package dev.loopback.runner.scratch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/** Turns JShell's events for one snippet into what the learner reads: a value, a note, or a failure. */
final class Describer {
    private final JShell shell;

    Describer(JShell shell) {
        this.shell = shell;
    }

    /** The outcomes of evaluating {@code source}, ignoring the knock-on updates of earlier snippets. */
    List<Outcome> describe(String source, List<SnippetEvent> events) {
        List<Outcome> outcomes = new ArrayList<>();
        for (SnippetEvent event : events) {
            if (event.causeSnippet() == null) {
                describe(source, event).ifPresent(outcomes::add);
            }
        }
        return outcomes;
    }

    private Optional<Outcome> describe(String source, SnippetEvent event) {
        Snippet snippet = event.snippet();
        if (event.exception() != null) {
            return Optional.of(new Outcome.Failure(source, threw(event.exception())));
        }
        if (event.status() == Snippet.Status.REJECTED) {
            return Optional.of(new Outcome.Failure(source, new DiagnosticText(shell).of(snippet)));
        }
        if (snippet instanceof VarSnippet variable) {
            String label = variable.name().startsWith("$") ? expression(source) : variable.name();
            return Optional.of(new Outcome.Value(label, event.value()));
        }
        if (snippet instanceof ExpressionSnippet && event.value() != null) {
            return Optional.of(new Outcome.Value(expression(source), event.value()));
        }
        if (snippet instanceof DeclarationSnippet declaration && !(snippet instanceof VarSnippet)) {
            return Optional.of(new Outcome.Note(created(declaration, event.status())));
        }
        return Optional.empty();
    }

    private static String expression(String source) {
        String text = source.strip();
        return text.endsWith(";") ? text.substring(0, text.length() - 1).strip() : text;
    }

    private String created(DeclarationSnippet declaration, Snippet.Status status) {
        String kind = declaration instanceof MethodSnippet method
                ? "method " + method.name() + "(" + method.parameterTypes() + ")"
                : (declaration instanceof TypeDeclSnippet ? "type " : "") + declaration.name();
        String waiting = shell.unresolvedDependencies(declaration).collect(Collectors.joining(", "));
        if (status == Snippet.Status.RECOVERABLE_DEFINED || status == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
            return "created " + kind + ", usable once " + waiting + " is declared";
        }
        return "created " + kind;
    }

    private String threw(JShellException exception) {
        if (exception instanceof EvalException thrown) {
            String name = thrown.getExceptionClassName();
            String simple = name.substring(name.lastIndexOf('.') + 1);
            return "threw " + simple + (thrown.getMessage() == null ? "" : ": " + thrown.getMessage());
        }
        if (exception instanceof UnresolvedReferenceException unresolved) {
            String missing = shell.unresolvedDependencies(unresolved.getSnippet()).collect(Collectors.joining(", "));
            return "cannot run yet: " + unresolved.getSnippet().name() + " needs " + missing + ", which is not declared";
        }
        return "stopped: " + exception.getMessage();
    }
}
