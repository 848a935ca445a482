package dev.loopback.runner.farm;

import dev.loopback.runner.instructor.Graded;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The gradebook in PostgreSQL (table {@code grades}, see {@code migrations/V1__gradebook.sql}). Every write is one
 * statement, so a row is never half-written; results are upserted under the {@link GradeKey} and a row once
 * graded is never written again, so a redelivered submission is stored once. One connection per call: a worker
 * writes a few times a second at most, and a fresh connection is what survives a database restart.
 */
final class Gradebook {
    static final String STATES = "queued, grading, graded, failed";
    private static final String KEY = "class_name = ? AND learner = ? AND exercise = ? AND sources_hash = ? AND tests_hash = ?";
    private static final String COLUMNS = "class_name, learner, exercise, sources_hash, tests_hash";
    private final DatabaseUri uri;

    Gradebook(DatabaseUri uri) {
        this.uri = uri;
    }

    /** A stored row: state is queued, grading, graded or failed; the results are null until graded. */
    record Stored(GradeKey key, String state, String outcome, String detail, String json, String gradescope,
                  int deliveries, String worker) {}

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T with(Work<T> work) throws SQLException {
        try (Connection connection = uri.connect()) {
            return work.run(connection);
        }
    }

    String describe() {
        return uri.toString();
    }

    /** Creates or migrates the schema; returns its version. */
    int migrate() throws SQLException {
        return with(connection -> Migrations.migrate(connection, uri.schema()));
    }

    /** The state of every row of {@code classId}, by key. */
    Map<GradeKey, String> states(String classId) throws SQLException {
        return with(connection -> {
            Map<GradeKey, String> states = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + ", state FROM grades WHERE class_name = ?")) {
                select.setString(1, classId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        states.put(key(rows), rows.getString("state"));
                    }
                }
            }
            return states;
        });
    }

    /** Records {@code key} as queued: a new row, or a failed one tried again (a graded or in-flight row stays). */
    void queue(GradeKey key) throws SQLException {
        update("INSERT INTO grades (" + COLUMNS + ", state) VALUES (?, ?, ?, ?, ?, 'queued') ON CONFLICT (" + COLUMNS
                + ") DO UPDATE SET state = 'queued', outcome = NULL, detail = '', deliveries = 0, worker = NULL,"
                + " queued_at = now(), started_at = NULL, finished_at = NULL WHERE grades.state = 'failed'", key);
    }

    /** A worker takes {@code key}: its delivery count, or empty when the key is already graded (nothing to do). */
    OptionalInt begin(GradeKey key, String worker) throws SQLException {
        return with(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO grades (" + COLUMNS
                    + ", state, deliveries, worker, started_at) VALUES (?, ?, ?, ?, ?, 'grading', 1, ?, now())"
                    + " ON CONFLICT (" + COLUMNS + ") DO UPDATE SET state = 'grading', deliveries = grades.deliveries + 1,"
                    + " worker = EXCLUDED.worker, started_at = now() WHERE grades.state <> 'graded' RETURNING deliveries")) {
                bind(upsert, key);
                upsert.setString(6, worker);
                try (ResultSet rows = upsert.executeQuery()) {
                    return rows.next() ? OptionalInt.of(rows.getInt(1)) : OptionalInt.empty();
                }
            }
        });
    }

    /** Stores {@code graded} for {@code key}; false when another delivery already stored it (nothing written). */
    boolean finish(GradeKey key, Graded graded, String worker) throws SQLException {
        return with(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO grades (" + COLUMNS
                    + ", state, outcome, detail, result_json, gradescope_json, deliveries, worker, started_at, finished_at)"
                    + " VALUES (?, ?, ?, ?, ?, 'graded', ?, ?, ?, ?, 1, ?, now(), now()) ON CONFLICT (" + COLUMNS
                    + ") DO UPDATE SET state = 'graded', outcome = EXCLUDED.outcome, detail = EXCLUDED.detail,"
                    + " result_json = EXCLUDED.result_json, gradescope_json = EXCLUDED.gradescope_json,"
                    + " worker = EXCLUDED.worker, finished_at = now() WHERE grades.state <> 'graded'")) {
                bind(upsert, key);
                upsert.setString(6, graded.status().words());
                upsert.setString(7, graded.detail());
                upsert.setString(8, graded.json());
                upsert.setString(9, graded.gradescope());
                upsert.setString(10, worker);
                return upsert.executeUpdate() == 1;
            }
        });
    }

    /** Records that the grader could not grade {@code key}, with {@code reason} (unless it was graded meanwhile). */
    void fail(GradeKey key, String reason, String worker) throws SQLException {
        with(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO grades (" + COLUMNS
                    + ", state, detail, deliveries, worker, finished_at) VALUES (?, ?, ?, ?, ?, 'failed', ?, 1, ?, now())"
                    + " ON CONFLICT (" + COLUMNS + ") DO UPDATE SET state = 'failed', detail = EXCLUDED.detail,"
                    + " worker = EXCLUDED.worker, finished_at = now() WHERE grades.state <> 'graded'")) {
                bind(upsert, key);
                upsert.setString(6, reason);
                upsert.setString(7, worker);
                return upsert.executeUpdate();
            }
        });
    }

    /** Sets the one-line note of a row not yet graded or failed (why it is still waiting). */
    void note(GradeKey key, String detail) throws SQLException {
        with(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE grades SET detail = ? WHERE " + KEY + " AND state IN ('queued', 'grading')")) {
                update.setString(1, detail);
                bindFrom(update, 2, key);
                return update.executeUpdate();
            }
        });
    }

    /** A message the broker dead-lettered: failed with {@code reason}, unless a worker already recorded why. */
    boolean deadLettered(GradeKey key, String reason) throws SQLException {
        return with(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO grades (" + COLUMNS
                    + ", state, detail, finished_at) VALUES (?, ?, ?, ?, ?, 'failed', ?, now()) ON CONFLICT (" + COLUMNS
                    + ") DO UPDATE SET state = 'failed', detail = EXCLUDED.detail || CASE WHEN grades.detail = '' THEN ''"
                    + " ELSE ' (last: ' || grades.detail || ')' END, finished_at = now()"
                    + " WHERE grades.state IN ('queued', 'grading')")) {
                bind(upsert, key);
                upsert.setString(6, reason);
                return upsert.executeUpdate() == 1;
            }
        });
    }

    /** The latest row of every learner's exercise in {@code classId} (the one most recently queued), by state. */
    Map<String, Long> counts(String classId) throws SQLException {
        return with(connection -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String state : STATES.split(", ")) {
                counts.put(state, 0L);
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT state, count(*) FROM (SELECT DISTINCT ON"
                    + " (learner, exercise) state FROM grades WHERE class_name = ? ORDER BY learner, exercise, queued_at DESC)"
                    + " latest GROUP BY state")) {
                select.setString(1, classId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        counts.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
            return counts;
        });
    }

    /** The latest failed rows of {@code classId}, as "learner/exercise: reason". */
    java.util.List<String> failures(String classId) throws SQLException {
        return with(connection -> {
            java.util.List<String> lines = new java.util.ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT learner, exercise, detail FROM (SELECT"
                    + " DISTINCT ON (learner, exercise) learner, exercise, state, detail FROM grades WHERE class_name = ?"
                    + " ORDER BY learner, exercise, queued_at DESC) latest WHERE state = 'failed' ORDER BY learner, exercise")) {
                select.setString(1, classId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        lines.add(rows.getString(1) + "/" + rows.getString(2) + ": " + rows.getString(3));
                    }
                }
            }
            return lines;
        });
    }

    /** Every row of {@code classId}, by key. */
    Map<GradeKey, Stored> results(String classId) throws SQLException {
        return with(connection -> {
            Map<GradeKey, Stored> found = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + ", state, outcome, detail,"
                    + " result_json, gradescope_json, deliveries, worker FROM grades WHERE class_name = ?")) {
                select.setString(1, classId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Stored row = stored(rows);
                        found.put(row.key(), row);
                    }
                }
            }
            return found;
        });
    }

    /** The stored row of {@code key}. */
    Optional<Stored> find(GradeKey key) throws SQLException {
        return with(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + ", state, outcome, detail,"
                    + " result_json, gradescope_json, deliveries, worker FROM grades WHERE " + KEY)) {
                bind(select, key);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(stored(rows)) : Optional.empty();
                }
            }
        });
    }

    private int update(String sql, GradeKey key) throws SQLException {
        return with(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, key);
                return statement.executeUpdate();
            }
        });
    }

    private static void bind(PreparedStatement statement, GradeKey key) throws SQLException {
        bindFrom(statement, 1, key);
    }

    private static void bindFrom(PreparedStatement statement, int at, GradeKey key) throws SQLException {
        statement.setString(at, key.classId());
        statement.setString(at + 1, key.learner());
        statement.setString(at + 2, key.exercise());
        statement.setString(at + 3, key.sourcesHash());
        statement.setString(at + 4, key.testsHash());
    }

    private static Stored stored(ResultSet rows) throws SQLException {
        return new Stored(key(rows), rows.getString("state"), rows.getString("outcome"), rows.getString("detail"),
                rows.getString("result_json"), rows.getString("gradescope_json"), rows.getInt("deliveries"),
                rows.getString("worker"));
    }

    private static GradeKey key(ResultSet rows) throws SQLException {
        return new GradeKey(rows.getString("class_name"), rows.getString("learner"), rows.getString("exercise"),
                rows.getString("sources_hash"), rows.getString("tests_hash"));
    }
}
