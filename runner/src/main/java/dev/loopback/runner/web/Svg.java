package dev.loopback.runner.web;

import static dev.loopback.runner.web.Html.esc;

import java.util.List;
import java.util.Locale;

/**
 * The one SVG emitter: a small line chart drawn inline, readable without colour. Everything is drawn in the text
 * colour ({@code currentColor}, so it follows light and dark), each point carries its value as a label and a marker
 * whose shape says its state (a filled circle: passed; an open square: not passed), the axes are labelled, the SVG has a
 * title and description for screen readers, and the same numbers follow as a table.
 */
final class Svg {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 240;
    private static final int LEFT = 48;
    private static final int RIGHT = 16;
    private static final int TOP = 20;
    private static final int BOTTOM = 44;

    /** One point: its x label (e.g. the attempt number), its value, whether it is in the "good" state, and a note for the table. */
    record Point(String label, int value, boolean good, String note) {}

    private Svg() {}

    /**
     * A chart with id {@code id} (unique on the page) of {@code points} from 0 to {@code max}, the x axis named
     * {@code xName} and the y axis {@code yName}; {@code good}/{@code bad} name the two marker states in the legend.
     */
    static String lineChart(String id, String title, String xName, String yName, int max, List<Point> points, String good, String bad) {
        StringBuilder svg = new StringBuilder("<figure class=\"chart\" id=\"").append(esc(id)).append("\"><figcaption>")
                .append(esc(title)).append("</figcaption>");
        if (points.isEmpty()) {
            return svg.append("<p class=\"dim\">Nothing to draw yet.</p></figure>").toString();
        }
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        int n = points.size();
        String describe = describe(points, yName, max, good, bad);
        svg.append("<svg viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"")
                .append(esc(id)).append("-t ").append(esc(id)).append("-d\" focusable=\"false\" fill=\"currentColor\" stroke=\"currentColor\">")
                .append("<title id=\"").append(esc(id)).append("-t\">").append(esc(title)).append("</title><desc id=\"").append(esc(id))
                .append("-d\">").append(esc(describe)).append("</desc>");
        for (int tick = 0; tick <= 4; tick++) {
            double y = TOP + plotH - plotH * tick / 4;
            int value = max * tick / 4;
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\" stroke-opacity=\"").append(tick == 0 ? "0.8" : "0.15")
                    .append("\" stroke-width=\"1\"/><text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\" font-size=\"12\" stroke=\"none\">").append(value).append("</text>");
        }
        svg.append("<text x=\"12\" y=\"").append(fmt(TOP + plotH / 2)).append("\" font-size=\"12\" stroke=\"none\" text-anchor=\"middle\""
                + " transform=\"rotate(-90 12 ").append(fmt(TOP + plotH / 2)).append(")\">").append(esc(yName)).append("</text>")
                .append("<text x=\"").append(fmt(LEFT + plotW / 2)).append("\" y=\"").append(HEIGHT - 6)
                .append("\" font-size=\"12\" stroke=\"none\" text-anchor=\"middle\">").append(esc(xName)).append("</text>");
        StringBuilder line = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        int every = Math.max(1, (n + 19) / 20);
        for (int i = 0; i < n; i++) {
            Point p = points.get(i);
            double x = n == 1 ? LEFT + plotW / 2 : LEFT + 12 + (plotW - 24) * i / (n - 1);
            double y = TOP + plotH - plotH * Math.max(0, Math.min(max, p.value())) / Math.max(1, max);
            line.append(i == 0 ? "M" : " L").append(fmt(x)).append(' ').append(fmt(y));
            if (p.good()) {
                marks.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"5\"/>");
            } else {
                marks.append("<rect x=\"").append(fmt(x - 4.5)).append("\" y=\"").append(fmt(y - 4.5))
                        .append("\" width=\"9\" height=\"9\" fill=\"none\" stroke-width=\"2\"/>");
            }
            if (i % every == 0 || i == n - 1) {
                marks.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y - 9)).append("\" font-size=\"11\" stroke=\"none\""
                        + " text-anchor=\"middle\">").append(p.value()).append("</text><text x=\"").append(fmt(x)).append("\" y=\"")
                        .append(fmt(TOP + plotH + 16)).append("\" font-size=\"11\" stroke=\"none\" text-anchor=\"middle\">")
                        .append(esc(p.label())).append("</text>");
            }
        }
        svg.append("<path d=\"").append(line).append("\" fill=\"none\" stroke-width=\"2\"/>").append(marks).append("</svg>");
        svg.append("<p class=\"legend\"><span aria-hidden=\"true\">●</span> ").append(esc(good)).append(" <span aria-hidden=\"true\">□</span> ")
                .append(esc(bad)).append("</p>");
        svg.append("<details class=\"chart-table\"><summary>The numbers as a table</summary><table><thead><tr><th scope=\"col\">")
                .append(esc(xName)).append("</th><th scope=\"col\">").append(esc(yName)).append("</th><th scope=\"col\">State</th>"
                        + "<th scope=\"col\">Note</th></tr></thead><tbody>");
        for (Point p : points) {
            svg.append("<tr><td>").append(esc(p.label())).append("</td><td>").append(p.value()).append("</td><td>")
                    .append(esc(p.good() ? good : bad)).append("</td><td>").append(esc(p.note())).append("</td></tr>");
        }
        return svg.append("</tbody></table></details></figure>").toString();
    }

    /** One bar: what it measures (its label says all, colour says nothing) and its value. */
    record Bar(String label, double value) {}

    /**
     * Horizontal bars with id {@code id}, one per {@code bars}, scaled to the largest, each labelled with what it
     * measures and its value in {@code unit}; the same numbers follow as a table.
     */
    static String barChart(String id, String title, String unit, List<Bar> bars) {
        StringBuilder svg = new StringBuilder("<figure class=\"chart\" id=\"").append(esc(id)).append("\"><figcaption>")
                .append(esc(title)).append("</figcaption>");
        if (bars.isEmpty()) {
            return svg.append("<p class=\"dim\">Nothing to draw yet.</p></figure>").toString();
        }
        int label = 190;
        int row = 26;
        int height = TOP + row * bars.size() + 8;
        double room = WIDTH - label - RIGHT - 70;
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
        StringBuilder said = new StringBuilder();
        bars.forEach(b -> said.append(said.length() == 0 ? "" : "; ").append(b.label()).append(' ').append(number(b.value()))
                .append(' ').append(unit));
        svg.append("<svg viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" role=\"img\" aria-labelledby=\"")
                .append(esc(id)).append("-t ").append(esc(id)).append("-d\" focusable=\"false\" fill=\"currentColor\" stroke=\"none\">")
                .append("<title id=\"").append(esc(id)).append("-t\">").append(esc(title)).append("</title><desc id=\"").append(esc(id))
                .append("-d\">").append(esc(said + ".")).append("</desc>");
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = TOP + row * i;
            double w = max <= 0 ? 0 : room * Math.max(0, b.value()) / max;
            svg.append("<text x=\"").append(label - 8).append("\" y=\"").append(fmt(y + 15)).append("\" font-size=\"12\""
                    + " text-anchor=\"end\">").append(esc(b.label())).append("</text><rect x=\"").append(label).append("\" y=\"")
                    .append(fmt(y + 4)).append("\" width=\"").append(fmt(Math.max(1, w))).append("\" height=\"16\" fill-opacity=\"0.55\"/>")
                    .append("<text x=\"").append(fmt(label + Math.max(1, w) + 6)).append("\" y=\"").append(fmt(y + 15))
                    .append("\" font-size=\"12\">").append(number(b.value())).append(' ').append(esc(unit)).append("</text>");
        }
        svg.append("</svg><details class=\"chart-table\"><summary>The numbers as a table</summary><table><thead><tr>"
                + "<th scope=\"col\">Measured</th><th scope=\"col\">").append(esc(unit)).append("</th></tr></thead><tbody>");
        for (Bar b : bars) {
            svg.append("<tr><td>").append(esc(b.label())).append("</td><td>").append(number(b.value())).append("</td></tr>");
        }
        return svg.append("</tbody></table></details></figure>").toString();
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** One sentence a screen reader says for the chart: how many points, first, last and best. */
    private static String describe(List<Point> points, String yName, int max, String good, String bad) {
        int best = points.stream().mapToInt(Point::value).max().orElse(0);
        long goodCount = points.stream().filter(Point::good).count();
        return points.size() + (points.size() == 1 ? " point" : " points") + " of " + yName + " out of " + max + ": first "
                + points.get(0).value() + ", last " + points.get(points.size() - 1).value() + ", best " + best + "; "
                + goodCount + " " + good + ", " + (points.size() - goodCount) + " " + bad + ".";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
