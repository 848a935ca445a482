package dev.loopback.runner.farm;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The parts of a farm address ({@code amqp://USER:PASS@HOST:PORT/VHOST?queue=NAME} or
 * {@code postgresql://USER[:PASS]@HOST:PORT/DB?schema=NAME}). Errors and {@link #shown()} never contain the password.
 */
record FarmUri(String scheme, String user, String password, String host, int port, String path, Map<String, String> options) {

    /** Parses {@code text} with {@code scheme}; throws {@link IllegalArgumentException} saying what is wrong (no password). */
    static FarmUri parse(String text, String scheme, int defaultPort, Set<String> known) {
        String example = scheme.equals("amqp") ? "amqp://guest:guest@127.0.0.1:5672/" : "postgresql://postgres@127.0.0.1:5432/test";
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not an address (" + e.getReason() + "); expected e.g. " + example);
        }
        if (!scheme.equals(uri.getScheme())) {
            throw new IllegalArgumentException("expected a " + scheme + ":// address such as " + example
                    + ", not " + (uri.getScheme() == null ? "one without a scheme" : uri.getScheme() + "://..."));
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("the " + scheme + " address names no host; expected e.g. " + example);
        }
        String user = "";
        String password = "";
        if (uri.getRawUserInfo() != null) {
            String info = uri.getRawUserInfo();
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            password = colon < 0 ? "" : decode(info.substring(colon + 1));
        }
        Map<String, String> options = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                if (!known.contains(key)) {
                    throw new IllegalArgumentException("the " + scheme + " address has an unknown option '" + key
                            + "'" + (known.isEmpty() ? "" : "; it takes " + String.join(", ", known)));
                }
                options.put(key, eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "" : decode(uri.getRawPath().substring(1));
        return new FarmUri(scheme, user, password, uri.getHost(), uri.getPort() < 0 ? defaultPort : uri.getPort(), path,
                Map.copyOf(options));
    }

    /** The address as logs show it: the user but never the password. */
    String shown() {
        StringBuilder text = new StringBuilder(scheme).append("://");
        if (!user.isEmpty()) {
            text.append(user).append(password.isEmpty() ? "" : ":***").append('@');
        }
        return text.append(host).append(':').append(port).append('/').append(path).toString();
    }

    @Override
    public String toString() {
        return shown();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
