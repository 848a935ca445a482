package dev.loopback.runner.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small helpers over {@link HttpExchange}: bounded bodies, form and query parsing, responses with safe headers. */
final class Http {
    /** The largest request body read; a bigger one is refused with 413 before it is read to the end. */
    static final int MAX_BODY = 64 * 1024;

    private Http() {}

    /** A request body over {@link #MAX_BODY}. */
    static final class TooLarge extends Exception {
        TooLarge() {
            super("request body over " + MAX_BODY + " bytes");
        }
    }

    /** The request body as UTF-8, at most {@link #MAX_BODY} bytes. */
    static String body(HttpExchange exchange) throws IOException, TooLarge {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > MAX_BODY) {
            throw new TooLarge();
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new TooLarge();
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** {@code a=1&b=2} decoded; the first value of a repeated name wins. */
    static Map<String, String> params(String encoded) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> entry : multi(encoded).entrySet()) {
            params.put(entry.getKey(), entry.getValue().get(0));
        }
        return params;
    }

    /** {@code a=1&a=2} decoded, every value kept in order. */
    static Map<String, List<String>> multi(String encoded) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return params;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException e) {
                // a malformed escape: ignore the pair
            }
        }
        return params;
    }

    static void html(HttpExchange exchange, int status, String html) throws IOException {
        send(exchange, status, "text/html; charset=utf-8", html);
    }

    static void json(HttpExchange exchange, int status, String json) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", json);
    }

    static void text(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", text.endsWith("\n") ? text : text + "\n");
    }

    static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        headers(exchange);
        exchange.sendResponseHeaders(303, -1);
        exchange.close();
    }

    /** Where a Server-Sent Events stream writes: {@code event} may be null (a plain message). */
    interface EventWriter {
        void send(String event, String data) throws IOException;
    }

    /** What a Server-Sent Events stream does once its headers are out. */
    interface Stream {
        void run(EventWriter writer) throws IOException, InterruptedException;
    }

    /** A {@code text/event-stream} response: headers at once, then each event flushed as it is written. */
    static void events(HttpExchange exchange, Stream stream) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        headers(exchange);
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(": stream open\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            stream.run((event, data) -> {
                StringBuilder frame = new StringBuilder();
                if (event != null) {
                    frame.append("event: ").append(event).append('\n');
                }
                data.lines().forEach(line -> frame.append("data: ").append(line).append('\n'));
                out.write(frame.append('\n').toString().getBytes(StandardCharsets.UTF_8));
                out.flush();
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exchange.close();
    }

    static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        headers(exchange);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length == 0 ? -1 : bytes.length);
        if (!head && bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    /** No caching, no sniffing, no framing, no referrer to other sites, and only this server's own scripts and styles. */
    private static void headers(HttpExchange exchange) {
        var h = exchange.getResponseHeaders();
        h.set("Cache-Control", "no-store");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("X-Frame-Options", "DENY");
        h.set("Referrer-Policy", "same-origin"); // no-referrer would make Chromium send "Origin: null" on form posts
        h.set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    }
}
