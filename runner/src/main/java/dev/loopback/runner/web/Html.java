package dev.loopback.runner.web;

/** The page frame every page shares, and escaping. */
final class Html {
    private Html() {}

    /** {@code text} safe inside HTML text and double-quoted attributes. */
    static String esc(Object text) {
        String s = String.valueOf(text);
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A whole page: a skip link, the navigation, then {@code body} in {@code <main>}. */
    static String page(String title, String body) {
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"color-scheme\" content=\"light dark\">"
                + "<title>" + esc(title) + " - Loopback</title>"
                + "<link rel=\"stylesheet\" href=\"/assets/app.css\"><script src=\"/assets/app.js\" defer></script></head>\n"
                + "<body><a class=\"skip\" href=\"#main\">Skip to content</a>"
                + "<header><nav aria-label=\"Course\"><a href=\"/\">Home</a> <a href=\"/progress\">Progress</a></nav></header>\n"
                + "<main id=\"main\">\n" + body + "\n</main></body></html>\n";
    }

    /** A page saying what was not found. */
    static String notFound(String what) {
        return page("Not found", "<h1>Not found</h1><p>" + esc(what) + "</p><p><a href=\"/\">Back to the course</a></p>");
    }
}
