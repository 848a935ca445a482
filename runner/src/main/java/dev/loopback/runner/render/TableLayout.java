package dev.loopback.runner.render;

import java.util.List;

/** Chooses column widths so a boxed table fits a width: natural widths if they fit, else shared out fairly. */
final class TableLayout {
    private TableLayout() {}

    /** Columns a frame of {@code columns} columns takes: a bar and a space each side of every cell. */
    static int frameWidth(int columns) {
        return 3 * columns + 1;
    }

    /**
     * Content widths for each column; {@code natural[i]} is what column i would like, {@code minimum[i]} its
     * longest word. Their sum never exceeds {@code width - frameWidth}, and no column is narrower than one.
     */
    static int[] widths(int[] natural, int[] minimum, int width) {
        int columns = natural.length;
        int available = Math.max(columns, width - frameWidth(columns));
        int[] result = natural.clone();
        if (sum(natural) <= available) {
            return result;
        }
        int[] floor = new int[columns];
        for (int i = 0; i < columns; i++) {
            floor[i] = Math.max(1, Math.min(minimum[i], natural[i]));
        }
        if (sum(floor) > available) {
            return shrink(floor, available);
        }
        int spare = available - sum(floor);
        int wanted = sum(natural) - sum(floor);
        int given = 0;
        for (int i = 0; i < columns; i++) {
            result[i] = floor[i] + (int) ((long) spare * (natural[i] - floor[i]) / wanted);
            given += result[i] - floor[i];
        }
        for (int i = 0; given < spare; i = (i + 1) % columns) {
            if (result[i] < natural[i]) {
                result[i]++;
                given++;
            }
        }
        return result;
    }

    /** Takes columns from the widest column, one at a time, until the sum fits. */
    private static int[] shrink(int[] widths, int available) {
        int[] result = widths.clone();
        while (sum(result) > available) {
            int widest = 0;
            for (int i = 1; i < result.length; i++) {
                widest = result[i] > result[widest] ? i : widest;
            }
            if (result[widest] == 1) {
                break;
            }
            result[widest]--;
        }
        return result;
    }

    static int sum(int[] values) {
        int total = 0;
        for (int value : values) {
            total += value;
        }
        return total;
    }

    /** The natural width of every column of {@code rows}. */
    static int[] natural(List<List<List<Span>>> rows, int columns) {
        int[] result = new int[columns];
        for (List<List<Span>> row : rows) {
            for (int i = 0; i < row.size() && i < columns; i++) {
                result[i] = Math.max(result[i], Math.max(1, Words.natural(row.get(i))));
            }
        }
        return result;
    }

    /** The longest word of every column of {@code rows}. */
    static int[] minimum(List<List<List<Span>>> rows, int columns) {
        int[] result = new int[columns];
        for (List<List<Span>> row : rows) {
            for (int i = 0; i < row.size() && i < columns; i++) {
                result[i] = Math.max(result[i], Words.longest(row.get(i)));
            }
        }
        return result;
    }
}
