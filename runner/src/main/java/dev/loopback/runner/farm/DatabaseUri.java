package dev.loopback.runner.farm;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.Set;

/**
 * Where the gradebook is: {@code postgresql://USER[:PASS]@HOST:PORT/DB}, optionally {@code ?schema=NAME} (default
 * {@code loopback}: the farm's tables stay out of the database's other schemas).
 */
record DatabaseUri(FarmUri uri, String database, String schema) {
    static final String DEFAULT_SCHEMA = "loopback";

    static DatabaseUri parse(String text) {
        FarmUri uri = FarmUri.parse(text, "postgresql", 5432, Set.of("schema"));
        if (uri.path().isEmpty() || uri.path().contains("/")) {
            throw new IllegalArgumentException("the postgresql address names no database; expected e.g. "
                    + "postgresql://postgres@127.0.0.1:5432/test");
        }
        if (!uri.path().matches("[A-Za-z0-9_.-]{1,63}")) {
            // The name goes into a JDBC URL, where '?' or '&' would add driver options (such as a socket factory).
            throw new IllegalArgumentException("the database name '" + Printable.of(uri.path(), 63) + "' may use letters, "
                    + "digits, '_', '.' and '-' (at most 63)");
        }
        String schema = uri.options().getOrDefault("schema", DEFAULT_SCHEMA);
        if (!schema.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("the schema name '" + schema + "' may use lowercase letters, digits and '_'");
        }
        return new DatabaseUri(uri, uri.path(), schema);
    }

    /** A new connection whose search path is the farm's schema (which may not exist yet: {@link Migrations} makes it). */
    Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", uri.user().isEmpty() ? "postgres" : uri.user());
        if (!uri.password().isEmpty()) {
            properties.setProperty("password", uri.password());
        }
        properties.setProperty("currentSchema", schema);
        properties.setProperty("ApplicationName", "loopback");
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("socketTimeout", "60");
        return DriverManager.getConnection("jdbc:postgresql://" + uri.host() + ":" + uri.port() + "/" + database, properties);
    }

    @Override
    public String toString() {
        return uri.shown() + (schema.equals(DEFAULT_SCHEMA) ? "" : " (schema " + schema + ")");
    }
}
