package dev.loopback.runner.instructor;

import java.util.List;

/** The class summary: learner, exercise, score, criteria failed and time per submission, as CSV and as a Markdown table. */
final class ClassSummary {
    private static final String[] HEADER = {"learner", "exercise", "score", "status", "criteria failed", "time"};

    private ClassSummary() {}

    static String csv(List<Row> rows) {
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append('\n');
        for (Row row : rows) {
            List<String> cells = cells(row);
            csv.append(String.join(",", cells.stream().map(ClassSummary::csvCell).toList())).append('\n');
        }
        return csv.toString();
    }

    static String markdown(List<Row> rows) {
        StringBuilder md = new StringBuilder("| " + String.join(" | ", HEADER) + " |\n");
        md.append("|---|---|---:|---|---|---:|\n");
        for (Row row : rows) {
            md.append("| ").append(String.join(" | ", cells(row).stream()
                    .map(cell -> cell.replace("|", "\\|")).toList())).append(" |\n");
        }
        return md.toString();
    }

    private static List<String> cells(Row row) {
        SubmitJson result = row.result();
        return List.of(row.submission().learner(), row.submission().exercise(),
                result.score() + "/" + result.maxScore(), row.graded().status().words(),
                String.join(" ", result.failedCriteria()), String.format(java.util.Locale.ROOT, "%.1f s", result.durationMs() / 1000.0));
    }

    private static String csvCell(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
