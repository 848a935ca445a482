package dev.loopback.runner.farm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Creates and migrates the gradebook's schema on first use: the versioned SQL files under
 * {@code migrations/} ({@code V1__gradebook.sql}, ...) are applied in order, each recorded in
 * {@code schema_version}, all in one transaction under an advisory lock, so workers and publishers that
 * start at once migrate once and a failed migration leaves nothing half-done (PostgreSQL's DDL is transactional).
 * Why not Flyway: two tables and one process type need none of its features, and this is 40 lines that every
 * worker runs in milliseconds without another library on the class path.
 */
final class Migrations {
    /** The migrations in order; a new one is appended here and never edited once released. */
    static final List<String> FILES = List.of("V1__gradebook.sql");
    private static final long LOCK = 0x4c6f6f706261636bL; // "Loopback"

    private Migrations() {}

    /** Brings {@code schema} up to the newest version; returns the version it is at. */
    static int migrate(Connection connection, String schema) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
            statement.execute("SET LOCAL search_path TO " + schema);
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, "
                    + "file text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
            int current = 0;
            try (ResultSet rows = statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
                rows.next();
                current = rows.getInt(1);
            }
            if (current > FILES.size()) {
                throw new SQLException("the gradebook's schema " + schema + " is at version " + current
                        + ", newer than this Loopback knows (" + FILES.size() + "); update this checkout");
            }
            for (int version = current + 1; version <= FILES.size(); version++) {
                statement.execute(read(FILES.get(version - 1)));
                try (PreparedStatement record = connection.prepareStatement(
                        "INSERT INTO schema_version (version, file) VALUES (?, ?)")) {
                    record.setInt(1, version);
                    record.setString(2, FILES.get(version - 1));
                    record.executeUpdate();
                }
            }
            connection.commit();
            return FILES.size();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static String read(String file) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + file)) {
            if (in == null) {
                throw new IllegalStateException("migration " + file + " is missing from the runner's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
