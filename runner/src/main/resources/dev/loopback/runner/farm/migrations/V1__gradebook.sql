-- The gradebook: one row per graded version of a submission, keyed by what it was graded from.
-- state: queued (published), grading (a worker holds it), graded (result stored), failed (the grader could not grade it).
-- outcome, detail, result_json, gradescope_json: as local grade-all stores them (status words, one-line detail,
-- the submit JSON, the Gradescope results). A graded row always has all three results (the CHECK below): no
-- half-written row can exist.
CREATE TABLE grades (
    class_name      text        NOT NULL,
    learner         text        NOT NULL,
    exercise        text        NOT NULL,
    sources_hash    text        NOT NULL,
    tests_hash      text        NOT NULL,
    state           text        NOT NULL CHECK (state IN ('queued', 'grading', 'graded', 'failed')),
    outcome         text,
    detail          text        NOT NULL DEFAULT '',
    result_json     text,
    gradescope_json text,
    deliveries      integer     NOT NULL DEFAULT 0,
    worker          text,
    queued_at       timestamptz NOT NULL DEFAULT now(),
    started_at      timestamptz,
    finished_at     timestamptz,
    PRIMARY KEY (class_name, learner, exercise, sources_hash, tests_hash),
    CHECK (state <> 'graded' OR (outcome IS NOT NULL AND result_json IS NOT NULL AND gradescope_json IS NOT NULL
                                 AND finished_at IS NOT NULL))
);

CREATE INDEX grades_latest ON grades (class_name, learner, exercise, queued_at DESC);
