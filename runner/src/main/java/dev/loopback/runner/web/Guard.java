package dev.loopback.runner.web;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may talk to the server: a request must name this server in its {@code Host} (127.0.0.1:PORT or localhost:PORT,
 * so a DNS-rebound name is refused) and carry the token: as the {@code token} query parameter, then the HttpOnly
 * SameSite=Strict cookie that parameter sets, or an {@code Authorization: Bearer} header. A POST with an
 * {@code Origin} must come from this server's own origin. A request the browser marks as coming from another site
 * ({@code Sec-Fetch-Site: same-site} or {@code cross-site}) is refused unless it is a link followed (a GET navigation):
 * cookies are not kept apart by port, so a page on another port of 127.0.0.1 is "same site" and its requests would
 * carry the SameSite=Strict cookie.
 */
final class Guard {
    private final String token;
    private final int port;

    Guard(String token, int port) {
        this.token = token;
        this.port = port;
    }

    /** A fresh 256-bit token, URL-safe. */
    static String newToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String cookieName() {
        return "loopback_" + port;
    }

    /** Why the request is refused (403), or empty when it may go on. */
    Optional<String> refusal(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || !List.of("127.0.0.1:" + port, "localhost:" + port).contains(host.toLowerCase(Locale.ROOT))) {
            return Optional.of("This server answers only to http://127.0.0.1:" + port + "/ (Host header '" + host + "').");
        }
        if (!tokenMatches(exchange)) {
            return Optional.of("No valid token: open the URL that 'serve' printed (it carries ?token=...).");
        }
        String site = exchange.getRequestHeaders().getFirst("Sec-Fetch-Site");
        if (site != null && !List.of("same-origin", "none").contains(site.toLowerCase(Locale.ROOT))
                && !(exchange.getRequestMethod().equals("GET") && "navigate".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Sec-Fetch-Mode")))) {
            return Optional.of("A request from another site (Sec-Fetch-Site: " + site + ") refused: only this server's own pages,"
                    + " or a link you follow, may reach it. Pages on other ports of 127.0.0.1 count as another site here.");
        }
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (exchange.getRequestMethod().equals("POST") && origin != null
                && !List.of("http://127.0.0.1:" + port, "http://localhost:" + port).contains(origin.toLowerCase(Locale.ROOT))) {
            return Optional.of("Cross-origin request from " + origin + " refused.");
        }
        return Optional.empty();
    }

    /** Whether the token came in the query string (then the response sets the cookie). */
    boolean tokenInQuery(HttpExchange exchange) {
        return same(Http.params(exchange.getRequestURI().getRawQuery()).get("token"));
    }

    /** {@code path} with its query minus every {@code token} parameter: where a page opened with the token goes next. */
    static String withoutToken(String path, String rawQuery) {
        List<String> kept = new java.util.ArrayList<>();
        for (String pair : rawQuery == null ? new String[0] : rawQuery.split("&")) {
            if (!pair.isEmpty() && !pair.equals("token") && !pair.startsWith("token=")) {
                kept.add(pair);
            }
        }
        return kept.isEmpty() ? path : path + "?" + String.join("&", kept);
    }

    String setCookie() {
        return cookieName() + "=" + token + "; Path=/; HttpOnly; SameSite=Strict";
    }

    private boolean tokenMatches(HttpExchange exchange) {
        if (tokenInQuery(exchange)) {
            return true;
        }
        for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", List.of())) {
            for (String cookie : header.split(";")) {
                String[] pair = cookie.strip().split("=", 2);
                if (pair.length == 2 && pair[0].equals(cookieName()) && same(pair[1])) {
                    return true;
                }
            }
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        return authorization != null && authorization.startsWith("Bearer ") && same(authorization.substring(7).strip());
    }

    private boolean same(String candidate) {
        return candidate != null && MessageDigest.isEqual(candidate.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }
}
