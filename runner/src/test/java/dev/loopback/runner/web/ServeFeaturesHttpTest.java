package dev.loopback.runner.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopback.runner.Fixtures;
import dev.loopback.runner.drill.DrillCommand;
import dev.loopback.runner.progress.DrillAttempt;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second round of {@code serve} over real sockets on 127.0.0.1: the drill's highlighted evidence and
 * self-assessment (stored as the terminal stores it), the one-question quiz check, charts with their table, the Run
 * button's endpoint, the sources hash the Watch toggle polls, and the grade's Server-Sent Events.
 */
class ServeFeaturesHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORM = "Content-Type: application/x-www-form-urlencoded";
    @TempDir Path temp;
    WebFixture web;
    String token;

    @BeforeEach
    void start() throws Exception {
        web = new WebFixture(temp);
        token = web.server.token();
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private String origin() {
        return "Origin: http://" + web.host();
    }

    private static String form(String answer) {
        return "answer=" + URLEncoder.encode(answer, StandardCharsets.UTF_8);
    }

    @Test
    void theDrillPageHighlightsTheScorersEvidenceNamesMisconceptionsAndShowsTheModelAnswer() {
        String answer = "The first request is slow because the UDP handshake has to set up a session.\n"
                + "Fix: use a connection pool so later requests reuse the open connection.";
        WebFixture.Response page = web.request("POST", "/drill/05", form(answer), web.bearer(), FORM, origin());
        assertEquals(200, page.status(), page.body());
        String mine = between(page.body(), "<blockquote id=\"your-answer\"", "</blockquote>");
        assertTrue(mine.contains("<mark class=\"wrong\" data-label=\"misconception: udp-handshake\">"), mine);
        assertTrue(mine.contains("<mark data-label=\"remedy\">"), mine);
        assertTrue(mine.contains("[remedy]"), "the criterion is named in text, not only by colour: " + mine);
        assertEquals(answer.replace("\n", " "), mine.replaceAll("<span class=\"tag\">[^<]*</span>", "").replaceAll("<[^>]+>", "")
                .replace("\n", " "), "the answer itself is shown whole, only marked");
        String misconceptions = between(page.body(), "<ul class=\"misconceptions\"", "</ul>");
        assertTrue(misconceptions.contains("udp-handshake") && misconceptions.contains("In fact: "), misconceptions);
        assertTrue(page.body().contains("id=\"model-answer\""), page.body());
        assertTrue(page.body().indexOf("id=\"model-answer\"") < page.body().indexOf("id=\"self-assessment\""),
                "the model answer comes before the self-assessment");
        assertTrue(page.body().contains("name=\"attempt\" value=\"1\""), page.body());
    }

    @Test
    void theSelfAssessmentIsStoredExactlyAsTheTerminalStoresItAndNeverReplacesTheScore() throws Exception {
        String answer = "The first request pays for the TCP handshake; a pool of kept-alive connections reuses the connection.";
        // The terminal: drill 05 from a file, then y, n, Enter (skip), y at the self-assessment.
        Path file = temp.resolve("answer.txt");
        Files.writeString(file, answer);
        Fixtures terminal = new Fixtures();
        new DrillCommand().run(List.of("05", "--answer-file", file.toString()),
                web.session.withConsole(terminal.console(100, false, "y\nn\n\ny\n")));
        DrillAttempt cli = web.session.progress().current().drill("05").orElseThrow().attempts().get(0);
        assertFalse(cli.selfCriteria().isEmpty(), terminal.out.toString());

        WebFixture.Response page = web.request("POST", "/drill/05", form(answer), web.bearer(), FORM, origin());
        assertTrue(page.body().contains("name=\"attempt\" value=\"2\""), page.body());
        WebFixture.Response self = web.request("POST", "/drill/05/self", "attempt=2&c-setup=met&c-handshake=not&c-remedy=&c-bonus=met",
                web.bearer(), FORM, origin());
        assertEquals(200, self.status(), self.body());
        assertTrue(self.body().contains("Your own verdict: "), self.body());
        DrillAttempt browser = web.session.progress().current().drill("05").orElseThrow().attempts().get(1);
        assertEquals(cli.selfCriteria(), browser.selfCriteria());
        assertEquals(cli.selfAssessment(), browser.selfAssessment());
        assertEquals(cli.autoScore(), browser.autoScore(), "the automatic score stays");
        assertEquals(cli.criteria(), browser.criteria());

        assertEquals(405, web.get("/drill/05/self", web.bearer()).status());
        assertEquals(403, web.request("POST", "/drill/05/self", "attempt=2&c-setup=met", web.bearer(), FORM,
                "Origin: http://attacker.example").status());
        assertEquals(400, web.request("POST", "/drill/05/self", "attempt=3&c-setup=met", web.bearer(), FORM).status());
        assertEquals(400, web.request("POST", "/drill/05/self", "attempt=../1&c-setup=met", web.bearer(), FORM).status());
        assertEquals(400, web.request("POST", "/drill/05/self", "attempt=2&c-setup=maybe", web.bearer(), FORM).status());
        assertEquals(400, web.request("POST", "/drill/05/self", "attempt=2", web.bearer(), FORM).status(), "all skipped: nothing stored");
        assertEquals(404, web.request("POST", "/drill/99/self", "attempt=1&c-setup=met", web.bearer(), FORM).status());
        assertEquals(browser, web.session.progress().current().drill("05").orElseThrow().attempts().get(1), "refusals change nothing");
    }

    @Test
    void oneQuestionIsCheckedWithEveryOptionExplainedAndNothingRecorded() throws Exception {
        WebFixture.Response right = web.request("POST", "/api/quiz/05/check", "{\"question\":1,\"answer\":\"B\"}", web.bearer());
        assertEquals(200, right.status(), right.body());
        JsonNode checked = JSON.readTree(right.body());
        assertTrue(checked.path("right").asBoolean(), right.body());
        assertTrue(checked.path("options").size() >= 3);
        checked.path("options").forEach(o -> assertFalse(o.path("why").asText().isBlank(), "every option explained: " + o));
        JsonNode wrong = JSON.readTree(web.request("POST", "/api/quiz/05/check", "{\"question\":1,\"answer\":\"a\"}", web.bearer()).body());
        assertFalse(wrong.path("right").asBoolean());
        assertEquals("B", wrong.path("correct").asText());
        assertTrue(JSON.readTree(web.get("/api/progress", web.bearer()).body()).path("quizzes").path("05").isMissingNode(),
                "checking one question records no attempt");
        assertEquals(400, web.request("POST", "/api/quiz/05/check", "{\"question\":9,\"answer\":\"B\"}", web.bearer()).status());
        assertEquals(400, web.request("POST", "/api/quiz/05/check", "{\"question\":1,\"answer\":\"Z\"}", web.bearer()).status());
        assertEquals(400, web.request("POST", "/api/quiz/05/check", "[1]", web.bearer()).status());
        assertEquals(405, web.get("/api/quiz/05/check", web.bearer()).status());
        assertEquals(404, web.request("POST", "/api/quiz/99/check", "{\"question\":1,\"answer\":\"B\"}", web.bearer()).status());
        String page = web.get("/quiz/05", web.bearer()).body();
        assertTrue(page.contains("data-quiz=\"05\"") && page.contains("data-number=\"1\""), page);
    }

    @Test
    void theExerciseAndProgressPagesChartTheSubmissionHistoryWithATable() throws Exception {
        String empty = web.get("/exercises/pool-sizer", web.bearer()).body();
        assertTrue(empty.contains("Nothing to draw yet."), empty);
        for (int i = 0; i < 2; i++) {
            assertEquals(200, web.request("POST", "/api/exercises/pool-sizer/submit", "", web.bearer()).status());
        }
        String page = web.get("/exercises/pool-sizer", web.bearer()).body();
        String chart = between(page, "<figure class=\"chart\" id=\"history-chart\"", "</figure>");
        assertTrue(chart.contains("<svg") && chart.contains("role=\"img\"") && chart.contains("<title id=\"history-chart-t\">"), chart);
        assertTrue(chart.contains("<desc id=\"history-chart-d\">2 points of Score out of 100: first 0, last 0, best 0; 0 passed,"
                + " 2 not passed.</desc>"), chart);
        assertEquals(2, count(chart, "<rect "), "an open square per submission that did not pass: " + chart);
        assertEquals(2, count(between(chart, "<tbody>", "</tbody>"), "<tr>"), "the table has a row per submission");
        assertTrue(chart.contains("Submission") && chart.contains("Score"), "axes named");
        String progress = web.get("/progress", web.bearer()).body();
        int exercises = ((dev.loopback.runner.course.CourseLoad.Loaded) web.session.courses().load()).course().exercises().size();
        assertEquals(exercises, count(progress, "<figure class=\"chart\""), "a chart per exercise the course lists");
        assertTrue(progress.contains("id=\"chart-pool-sizer\""), progress);
    }

    @Test
    void handshakeTimersPageChartsTheLearnersOwnMeasuredTimesFromTheLastPassingRun() {
        WebFixture.copy(web.home.resolve("exercises/handshake-timer"), web.workspace.exercises().resolve("handshake-timer"));
        assertFalse(web.get("/exercises/handshake-timer", web.bearer()).body().contains("id=\"measured-chart\""),
                "no chart before a passing run");
        WebFixture.copy(web.home.resolve("grader/exercises/handshake-timer/solution"),
                web.workspace.exercises().resolve("handshake-timer/src/main/java"));
        WebFixture.Response submitted = web.request("POST", "/api/exercises/handshake-timer/submit", "", web.bearer());
        assertEquals(200, submitted.status(), submitted.body());
        assertTrue(submitted.body().contains("\"measurements\":[{\"test\":"), submitted.body());

        String page = web.get("/exercises/handshake-timer", web.bearer()).body();
        String chart = between(page, "<figure class=\"chart\" id=\"measured-chart\"", "</figure>");
        assertTrue(chart.contains("Your own measured times, submission 1 (your last passing one)"), chart);
        for (String bar : List.of("cold: setup", "cold: work", "kept alive call 1: setup", "kept alive call 2: setup")) {
            assertTrue(chart.contains(">" + bar + "</text>") && chart.contains("<tr><td>" + bar + "</td>"), bar + " in " + chart);
        }
        assertTrue(chart.contains("<desc id=\"measured-chart-d\">"), "described for screen readers: " + chart);
    }

    @Test
    void theRunEndpointRunsALessonSnippetThroughTheSameEngineAsRun() throws Exception {
        String lesson = web.get("/lessons/05", web.bearer()).body();
        assertTrue(lesson.contains("<pre data-run=\"1\">") && lesson.contains("data-lesson=\"05\""), "snippets numbered as run 05 N numbers them");
        WebFixture.Response run = web.request("POST", "/api/lessons/05/run/3", "", web.bearer(), origin());
        assertEquals(200, run.status(), run.body());
        JsonNode result = JSON.readTree(run.body());
        assertTrue(result.path("ok").asBoolean(), run.body());
        Fixtures terminal = new Fixtures();
        new dev.loopback.runner.scratch.RunCommand().run(List.of("05", "3"), web.session.withConsole(terminal.console(100, false, "")));
        assertEquals(terminal.out.toString(), result.path("values").asText(), "exactly the values run 05 3 prints");
        assertTrue(result.path("values").asText().contains("inFlight ==> 100.0"), run.body());
        assertEquals(405, web.get("/api/lessons/05/run/3", web.bearer()).status());
        assertEquals(403, web.request("POST", "/api/lessons/05/run/3", "").status(), "the token is needed");
        assertEquals(403, web.request("POST", "/api/lessons/05/run/3", "", web.bearer(), "Origin: http://attacker.example").status());
        assertEquals(404, web.request("POST", "/api/lessons/05/run/99", "", web.bearer()).status());
        assertEquals(404, web.request("POST", "/api/lessons/05/run/x", "", web.bearer()).status());
        assertEquals(404, web.request("POST", "/api/lessons/99/run/1", "", web.bearer()).status());
    }

    @Test
    void theSourcesHashChangesWhenALearnerFileChanges() throws Exception {
        String before = JSON.readTree(web.get("/api/exercises/pool-sizer/sources", web.bearer()).body()).path("hash").asText();
        assertEquals(before, JSON.readTree(web.get("/api/exercises/pool-sizer/sources", web.bearer()).body()).path("hash").asText());
        web.copySolution();
        String after = JSON.readTree(web.get("/api/exercises/pool-sizer/sources", web.bearer()).body()).path("hash").asText();
        assertNotEquals(before, after);
        assertEquals(404, web.get("/api/exercises/..%2f..%2f/sources", web.bearer()).status());
        assertEquals(404, web.get("/api/exercises/nope/sources", web.bearer()).status());
        assertEquals(403, web.get("/api/exercises/pool-sizer/sources").status());
    }

    @Test
    void aGradeStreamsEachStepAsServerSentEventsThenEnds() throws Exception {
        try (Socket socket = new Socket(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), web.server.port())) {
            socket.setSoTimeout(180_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/exercises/pool-sizer/events HTTP/1.1\r\nHost: " + web.host() + "\r\n" + web.bearer()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = readUntil(in, ": stream open\n\n");
            assertTrue(head.startsWith("HTTP/1.1 200") && head.toLowerCase().contains("content-type: text/event-stream"), head);
            CompletableFuture<WebFixture.Response> submit = CompletableFuture.supplyAsync(
                    () -> web.request("POST", "/api/exercises/pool-sizer/submit", "", web.bearer()));
            String stream = readUntil(in, "event: end\n");
            assertEquals(200, submit.get().status());
            List<JsonNode> events = new ArrayList<>();
            Matcher data = Pattern.compile("(?m)^data: (\\{\"step\".*)$").matcher(stream);
            while (data.find()) {
                events.add(JSON.readTree(data.group(1)));
            }
            assertEquals("compiling", events.get(0).path("step").asText(), stream);
            assertTrue(events.stream().filter(e -> e.path("step").asText().equals("criterion")).count() >= 4, stream);
            assertEquals(JSON.readTree(web.get("/api/exercises/pool-sizer/status", web.bearer()).body()).path("events").size(), events.size(),
                    "the stream carried every step the status lists");
        }
        assertEquals(403, web.get("/api/exercises/pool-sizer/events").status());
        assertEquals(405, web.request("POST", "/api/exercises/pool-sizer/events", "", web.bearer()).status());
    }

    /** Reads (decoding chunked framing loosely: the chunk sizes stay in the text) until {@code marker} has arrived. */
    private static String readUntil(InputStream in, String marker) throws Exception {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        while (!seen.toString(StandardCharsets.UTF_8).replace("\r\n", "\n").contains(marker)) {
            int b = in.read();
            if (b < 0) {
                throw new AssertionError("the stream ended before '" + marker + "': " + seen.toString(StandardCharsets.UTF_8));
            }
            seen.write(b);
        }
        return seen.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertTrue(from >= 0, "no " + start + " in " + text);
        return text.substring(from, text.indexOf(end, from) + end.length());
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            n++;
        }
        return n;
    }
}
