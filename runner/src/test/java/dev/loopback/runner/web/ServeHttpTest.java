package dev.loopback.runner.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopback.runner.Fixtures;
import dev.loopback.runner.drill.DrillCommand;
import dev.loopback.runner.grading.SubmitCommand;
import dev.loopback.runner.quiz.QuizCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} over real sockets on 127.0.0.1: the guard, the routes, and the JSON API against the terminal's own output. */
class ServeHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
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

    @Test
    void theUrlIsOnLoopbackWithAFreshToken() {
        assertTrue(web.server.url().matches("http://127\\.0\\.0\\.1:\\d+/\\?token=[A-Za-z0-9_-]{43}"), web.server.url());
    }

    @Test
    void everyRequestNeedsTheToken() {
        assertEquals(403, web.get("/").status());
        assertEquals(403, web.get("/lessons/05").status());
        assertEquals(403, web.get("/api/progress").status());
        assertEquals(403, web.get("/?token=" + token.substring(1) + "x").status());
        assertEquals(403, web.get("/api/progress", "Authorization: Bearer nope").status());
        assertEquals(403, web.get("/", "Cookie: loopback_" + web.server.port() + "=wrong").status());
        assertEquals(403, web.request("POST", "/api/exercises/pool-sizer/submit", "").status());
    }

    @Test
    void theQueryTokenSetsAStrictHttpOnlyCookieThatThenSuffices() {
        WebFixture.Response first = web.get("/?token=" + token);
        assertEquals(303, first.status(), "on to the same page without the token");
        String cookie = first.headers().get("set-cookie");
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        String pair = cookie.substring(0, cookie.indexOf(';'));
        assertEquals(200, web.get("/lessons/05", "Cookie: other=1; " + pair).status());
        assertEquals(200, web.get("/api/progress", web.bearer()).status());
    }

    @Test
    void aForeignHostIsRefusedEvenWithTheToken() {
        int port = web.server.port();
        assertEquals(403, web.get("/?token=" + token, "Host: attacker.example:" + port).status());
        assertEquals(403, web.get("/api/progress", "Host: attacker.example", web.bearer()).status());
        assertEquals(403, web.get("/api/progress", "Host: 127.0.0.1:" + (port + 1), web.bearer()).status());
        assertEquals(200, web.get("/api/progress", "Host: localhost:" + port, web.bearer()).status());
    }

    @Test
    void nothingOutsideTheCourseIsReadable() {
        for (String path : List.of("/lessons/..%2f..%2fetc%2fpasswd", "/lessons/..%2f..%2fetc/passwd", "/lessons/../../etc/passwd",
                "/exercises/..%2f..%2fpom.xml", "/assets/..%2fweb%2fapp.js", "/course/course.json", "/lessons/%2e%2e")) {
            WebFixture.Response response = web.get(path, web.bearer());
            assertEquals(404, response.status(), path);
            assertFalse(response.body().contains("root:"), path);
        }
    }

    @Test
    void stateChangesArePostOnlyAndChecked() {
        assertEquals(405, web.get("/api/exercises/pool-sizer/submit", web.bearer()).status());
        assertEquals(405, web.get("/lessons/05/read", web.bearer()).status());
        assertEquals(405, web.request("PUT", "/api/progress", "{}", web.bearer()).status());
        assertEquals(403, web.request("POST", "/lessons/05/read", "", web.bearer(), "Origin: http://attacker.example").status());
        WebFixture.Response read = web.request("POST", "/lessons/05/read", "", web.bearer(), "Origin: http://" + web.host());
        assertEquals(303, read.status());
        assertTrue(web.session.progress().current().isRead("05"));
    }

    @Test
    void aBodyOverTheLimitIsRefused() {
        String big = "x".repeat(Http.MAX_BODY + 1);
        assertEquals(413, web.request("POST", "/api/drill/05", big, web.bearer()).status());
    }

    @Test
    void pagesRenderFromTheCourse() {
        String home = web.get("/", web.bearer()).body();
        assertTrue(home.contains("href=\"/lessons/05\"") && home.contains("href=\"/exercises/pool-sizer\""), home);
        String lesson = web.get("/lessons/network-sockets", web.bearer()).body();
        assertTrue(lesson.contains("id=\"keep-alive-timeouts\"") && lesson.contains("href=\"#keep-alive-timeouts\""), lesson);
        assertTrue(lesson.contains("<table>"), "tables render");
        assertEquals(404, web.get("/lessons/99", web.bearer()).status());
        assertTrue(web.get("/exercises/pool-sizer", web.bearer()).body().contains("id=\"submit\""));
        assertTrue(web.get("/quiz/05", web.bearer()).body().contains("name=\"q1\""));
        assertTrue(web.get("/drill/05", web.bearer()).body().contains("<textarea"));
        assertEquals(200, web.get("/progress", web.bearer()).status());
        assertTrue(web.get("/assets/app.css", web.bearer()).headers().get("content-type").startsWith("text/css"));
    }

    @Test
    void theQuizApiAnswersExactlyWhatTheCommandPrints() throws Exception {
        WebFixture.Response response = web.request("POST", "/api/quiz/05", "{\"answers\":[\"B\",\"C\",\"D\",\"B\",\"A\"]}", web.bearer());
        assertEquals(200, response.status(), response.body());
        Fixtures terminal = new Fixtures();
        new QuizCommand().run(List.of("05", "--answers", "B,C,D,B,A", "--json"), web.session.withConsole(terminal.console(100, false, "")));
        assertEquals(terminal.out.toString(), response.body());
        JsonNode progress = JSON.readTree(web.get("/api/progress", web.bearer()).body());
        assertEquals(2, progress.path("quizzes").path("05").path("attempts").asInt(), progress.toString());
        assertEquals(400, web.request("POST", "/api/quiz/05", "{\"answers\":[\"--seed\"]}", web.bearer()).status());
        assertEquals(400, web.request("POST", "/api/quiz/05", "{\"answers\":[\"B\"]}", web.bearer()).status());
        assertEquals(400, web.request("POST", "/api/quiz/05", "not json", web.bearer()).status());
    }

    @Test
    void theDrillApiAnswersExactlyWhatTheCommandPrints() throws Exception {
        String answer = "The first request pays for the TCP handshake; keep-alive connections in a pool reuse the connection.";
        WebFixture.Response response = web.request("POST", "/api/drill/05", answer, web.bearer());
        assertEquals(200, response.status(), response.body());
        Path file = temp.resolve("answer.txt");
        Files.writeString(file, answer);
        Fixtures terminal = new Fixtures();
        new DrillCommand().run(List.of("05", "--answer-file", file.toString(), "--json"),
                web.session.withConsole(terminal.console(100, false, "")));
        assertEquals(terminal.out.toString(), response.body());
        assertTrue(JSON.readTree(response.body()).path("score").asInt() > 0, response.body());
        assertEquals(404, web.request("POST", "/api/drill/99", answer, web.bearer()).status());
    }

    @Test
    void theSubmitApiAnswersWhatSubmitJsonPrintsAndASecondSubmitAtOnceIsRefused() throws Exception {
        WebFixture.Response stub = web.request("POST", "/api/exercises/pool-sizer/submit", "", web.bearer());
        assertEquals(200, stub.status(), stub.body());
        JsonNode web0 = JSON.readTree(stub.body());
        Fixtures terminal = new Fixtures();
        new SubmitCommand().run(List.of("pool-sizer", "--json"), web.session.withConsole(terminal.console(100, false, "")));
        JsonNode cli = JSON.readTree(terminal.out.toString());
        assertEquals(fields(cli), fields(web0));
        assertEquals(cli.path("score"), web0.path("score"));
        assertEquals(0, web0.path("score").asInt());
        assertTrue(stub.body().endsWith("}\n"), "newline-terminated like the command's output");
        assertTrue(JSON.readTree(web.get("/api/exercises/pool-sizer/status", web.bearer()).body()).path("events").size() > 0);

        boolean refused = false;
        for (int attempt = 0; attempt < 5 && !refused; attempt++) {
            CompletableFuture<WebFixture.Response> first = CompletableFuture.supplyAsync(
                    () -> web.request("POST", "/api/exercises/pool-sizer/submit", "", web.bearer()));
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!first.isDone() && System.nanoTime() < deadline
                    && !JSON.readTree(web.get("/api/exercises/pool-sizer/status", web.bearer()).body()).path("running").asBoolean()) {
                Thread.onSpinWait();
            }
            WebFixture.Response second = web.request("POST", "/api/exercises/pool-sizer/submit", "", web.bearer());
            if (second.status() == 409) {
                refused = true;
                assertTrue(second.body().contains("already being graded"), second.body());
            }
            assertEquals(200, first.get().status());
        }
        assertTrue(refused, "a second submit while the first ran was refused");
    }

    @Test
    void theQuickCheckAndDrillFormsWorkWithoutJavaScript() {
        WebFixture.Response quiz = web.request("POST", "/quiz/05", "q1=B&q2=C&q3=D&q4=B&q5=A", web.bearer(),
                "Content-Type: application/x-www-form-urlencoded", "Origin: http://" + web.host());
        assertEquals(200, quiz.status(), quiz.body());
        assertTrue(quiz.body().contains("id=\"score\""), quiz.body());
        assertEquals(400, web.request("POST", "/quiz/05", "q1=B", web.bearer()).status());
        WebFixture.Response drill = web.request("POST", "/drill/05", "answer=The+TCP+handshake+is+paid+once+per+connection+"
                + "and+a+pool+of+kept-alive+connections+reuses+it", web.bearer(), "Content-Type: application/x-www-form-urlencoded");
        assertEquals(200, drill.status(), drill.body());
        assertTrue(drill.body().contains("<mark data-label="), drill.body());
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }
}
