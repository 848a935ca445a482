package dev.loopback.runner.web;

import java.util.Set;

/**
 * Code blocks as HTML with their tokens marked, so a page can set keywords, strings, numbers and comments apart:
 * Java (and {@code jshell} snippets, C) by a small lexer, {@code console} sessions by their prompt and comment lines,
 * anything else escaped as it is. Every character of the code comes out once, escaped; the marks are
 * {@code <span class="tok-kw|tok-str|tok-num|tok-com|tok-ann|tok-prompt">}, styled in app.css by weight and slant as
 * well as colour, so they read without colour too.
 */
final class CodeHighlight {
    private static final Set<String> JAVA = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch",
            "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
            "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
            "native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile",
            "while", "var", "record", "sealed", "permits", "yield", "true", "false", "null");
    private static final Set<String> C = Set.of("auto", "break", "case", "char", "const", "continue", "default", "do",
            "double", "else", "enum", "extern", "float", "for", "goto", "if", "int", "long", "register", "return",
            "short", "signed", "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void",
            "volatile", "while", "NULL");

    private CodeHighlight() {}

    /** {@code code} (the block's text) as escaped HTML with its tokens marked for {@code language} (the info string). */
    static String html(String language, String code) {
        return switch (language) {
            case "java", "jshell" -> lex(code, JAVA);
            case "c" -> lex(code, C);
            case "console" -> console(code);
            default -> Html.esc(code);
        };
    }

    private static String lex(String code, Set<String> keywords) {
        StringBuilder out = new StringBuilder(code.length() * 2);
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            int end;
            if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '/') {
                end = lineEnd(code, i);
                mark(out, "tok-com", code, i, end);
            } else if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '*') {
                int close = code.indexOf("*/", i + 2);
                end = close < 0 ? code.length() : close + 2;
                mark(out, "tok-com", code, i, end);
            } else if (c == '"' || c == '\'') {
                end = quoted(code, i, c);
                mark(out, "tok-str", code, i, end);
            } else if (Character.isDigit(c)) {
                end = i;
                while (end < code.length() && (Character.isLetterOrDigit(code.charAt(end)) || code.charAt(end) == '_'
                        || code.charAt(end) == '.' && end + 1 < code.length() && Character.isDigit(code.charAt(end + 1)))) {
                    end++;
                }
                mark(out, "tok-num", code, i, end);
            } else if (Character.isJavaIdentifierStart(c) || c == '@') {
                end = i + 1;
                while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
                    end++;
                }
                String word = code.substring(i, end);
                if (c == '@' && end > i + 1) {
                    mark(out, "tok-ann", code, i, end);
                } else if (keywords.contains(word)) {
                    mark(out, "tok-kw", code, i, end);
                } else {
                    out.append(Html.esc(word));
                }
            } else {
                end = i + 1;
                out.append(Html.esc(String.valueOf(c)));
            }
            i = end;
        }
        return out.toString();
    }

    /** The end of a string or char literal opened at {@code start}: its closing quote, or the end of the line. */
    private static int quoted(String code, int start, char quote) {
        int i = start + 1;
        while (i < code.length() && code.charAt(i) != quote && code.charAt(i) != '\n') {
            i += code.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(code.length(), i < code.length() && code.charAt(i) == quote ? i + 1 : i);
    }

    private static String console(String code) {
        StringBuilder out = new StringBuilder(code.length() * 2);
        for (int start = 0; start < code.length(); ) {
            int end = lineEnd(code, start);
            String line = code.substring(start, end);
            if (line.startsWith("# ") || line.equals("#")) {
                mark(out, "tok-com", code, start, end);
            } else if (line.startsWith("$ ")) {
                mark(out, "tok-prompt", code, start, start + 2);
                out.append(Html.esc(line.substring(2)));
            } else {
                out.append(Html.esc(line));
            }
            if (end < code.length()) {
                out.append('\n');
            }
            start = end + 1;
        }
        return out.toString();
    }

    private static int lineEnd(String code, int from) {
        int newline = code.indexOf('\n', from);
        return newline < 0 ? code.length() : newline;
    }

    private static void mark(StringBuilder out, String kind, String code, int from, int to) {
        out.append("<span class=\"").append(kind).append("\">").append(Html.esc(code.substring(from, to)))
                .append("</span>");
    }
}
