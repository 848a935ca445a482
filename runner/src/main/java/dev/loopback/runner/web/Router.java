package dev.loopback.runner.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.loopback.grader.GradeResult;
import dev.loopback.grader.exercise.ExerciseException;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.course.Course;
import dev.loopback.runner.course.CourseLoad;
import dev.loopback.runner.course.ExerciseRef;
import dev.loopback.runner.course.Lesson;
import dev.loopback.runner.drill.DrillCommand;
import dev.loopback.runner.grading.SubmitCommand;
import dev.loopback.runner.quiz.QuizCommand;
import dev.loopback.runner.quiz.Quiz;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every request: the {@link Guard} first, then a fixed set of routes. Paths are matched segment by segment against
 * ids the course manifest names; nothing is ever resolved from a request path, so no file outside the course is
 * readable ({@code /lessons/..%2f..%2fetc/passwd} is 404). Pages and the JSON API call the terminal's own code.
 */
final class Router implements HttpHandler {
    private static final Pattern SAFE_PATH = Pattern.compile("(/[A-Za-z0-9][A-Za-z0-9_-]*(\\.[a-z]+)?)*/?");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> ASSETS = Map.of("app.css", "text/css; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8");
    private final Session session;
    private final Guard guard;
    private final SubmitJobs jobs;

    Router(Session session, Guard guard, SubmitJobs jobs) {
        this.session = session;
        this.guard = guard;
        this.jobs = jobs;
    }

    /** A refusal with its status. */
    private static final class Refused extends Exception {
        final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            Optional<String> refusal = guard.refusal(exchange);
            if (refusal.isPresent()) {
                Http.text(exchange, 403, refusal.get());
                return;
            }
            if (guard.tokenInQuery(exchange)) {
                exchange.getResponseHeaders().add("Set-Cookie", guard.setCookie());
            }
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            if (!List.of("GET", "HEAD", "POST").contains(method)) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD, POST");
                Http.text(exchange, 405, "Only GET and POST are served here.");
                return;
            }
            if (path == null || !SAFE_PATH.matcher(path).matches()) {
                Http.html(exchange, 404, Html.notFound("There is nothing at this address."));
                return;
            }
            route(exchange, method.equals("POST"), segments(path));
        } catch (Http.TooLarge e) {
            Http.text(exchange, 413, "The request is too large: at most " + Http.MAX_BODY + " bytes.");
        } catch (Refused e) {
            if (exchange.getRequestURI().getRawPath().startsWith("/api/")) {
                Http.json(exchange, e.status, JSON.createObjectNode().put("error", e.getMessage()).toString());
            } else {
                Http.html(exchange, e.status, Html.page("Not served", "<h1>Not served</h1><p>" + Html.esc(e.getMessage()) + "</p>"));
            }
        } catch (IOException | RuntimeException e) {
            Http.text(exchange, 500, "The runner failed serving this page (" + e + "). This is a bug in Loopback, not in "
                    + "your work; please report it.");
        } finally {
            exchange.close();
        }
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }

    private void route(HttpExchange ex, boolean post, List<String> s) throws IOException, Http.TooLarge, Refused {
        String first = s.isEmpty() ? "" : s.get(0);
        int n = s.size();
        if (first.equals("assets") && n == 2 && ASSETS.containsKey(s.get(1))) {
            get(post);
            Http.send(ex, 200, ASSETS.get(s.get(1)), asset(s.get(1)));
        } else if (n == 0) {
            get(post);
            Http.html(ex, 200, HomePages.home(session, course()));
        } else if (first.equals("progress") && n == 1) {
            get(post);
            Http.html(ex, 200, HomePages.progress(session, course()));
        } else if (first.equals("lessons") && n == 2) {
            get(post);
            Lesson lesson = lesson(s.get(1));
            Http.html(ex, 200, LessonPage.render(lesson, session.courses().dir().resolve(lesson.file()),
                    session.progress().current().isRead(lesson.number())));
        } else if (first.equals("lessons") && n == 3 && s.get(2).equals("read")) {
            post(post);
            Lesson lesson = lesson(s.get(1));
            session.progress().update(p -> p.withLessonRead(lesson.number(), Instant.now()));
            Http.redirect(ex, "/lessons/" + lesson.number());
        } else if (first.equals("exercises") && n == 2) {
            get(post);
            Http.html(ex, 200, ExercisePage.render(session, course(), exercise(s.get(1)), null, null));
        } else if (first.equals("exercises") && n == 3 && s.get(2).equals("submit")) {
            post(post);
            submitPage(ex, exercise(s.get(1)));
        } else if (first.equals("quiz") && n == 2) {
            quizPage(ex, post, s.get(1));
        } else if (first.equals("drill") && n == 2) {
            drillPage(ex, post, s.get(1));
        } else if (first.equals("api")) {
            api(ex, post, s);
        } else {
            throw new Refused(404, "There is nothing at this address.");
        }
    }

    private void api(HttpExchange ex, boolean post, List<String> s) throws IOException, Http.TooLarge, Refused {
        int n = s.size();
        if (n == 2 && s.get(1).equals("progress")) {
            get(post);
            Http.json(ex, 200, session.progress().json());
        } else if (n == 4 && s.get(1).equals("exercises") && s.get(3).equals("submit")) {
            post(post);
            GradeResult result = submit(exercise(s.get(2)));
            Http.json(ex, 200, SubmitCommand.json(session, result));
        } else if (n == 4 && s.get(1).equals("exercises") && s.get(3).equals("status")) {
            get(post);
            Http.json(ex, 200, jobs.status(exercise(s.get(2)).id()));
        } else if (n == 3 && s.get(1).equals("quiz")) {
            post(post);
            PracticePages.quiz(quietSession(), s.get(2)).orElseThrow(() -> new Refused(404, "There is no quick check '" + s.get(2) + "'."));
            JsonNode body;
            try {
                body = JSON.readTree(Http.body(ex));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new Refused(400, "The body must be JSON: {\"answers\":[\"B\",\"C\",...]}.");
            }
            List<String> letters = new ArrayList<>();
            if (body != null) {
                body.path("answers").forEach(a -> letters.add(a.asText()));
            }
            Captured run = quiz(s.get(2), letters);
            Http.json(ex, 200, run.out());
        } else if (n == 3 && s.get(1).equals("drill")) {
            post(post);
            PracticePages.drill(quietSession(), s.get(2)).orElseThrow(() -> new Refused(404, "There is no drill '" + s.get(2) + "'."));
            Http.json(ex, 200, drill(s.get(2), Http.body(ex)).out());
        } else {
            throw new Refused(404, "There is no such API: see 'In the browser' in the README.");
        }
    }

    private void submitPage(HttpExchange ex, ExerciseRef exercise) throws IOException, Refused {
        Optional<GradeResult> result = gradeOrBusy(exercise);
        if (result.isEmpty()) {
            Http.html(ex, 409, ExercisePage.render(session, course(), exercise, null, SubmitJobs.busy(exercise.id())));
            return;
        }
        JsonNode report = JSON.readTree(SubmitCommand.json(session, result.get()));
        Http.html(ex, 200, ExercisePage.render(session, course(), exercise, report, null));
    }

    private GradeResult submit(ExerciseRef exercise) throws Refused {
        return gradeOrBusy(exercise).orElseThrow(() -> new Refused(409, SubmitJobs.busy(exercise.id())));
    }

    private Optional<GradeResult> gradeOrBusy(ExerciseRef exercise) throws Refused {
        try {
            return jobs.submit(session, exercise.id());
        } catch (ExerciseException e) {
            throw new Refused(500, "This exercise is broken, which is not your fault: " + e.getMessage());
        }
    }

    private void quizPage(HttpExchange ex, boolean post, String id) throws IOException, Http.TooLarge, Refused {
        Quiz quiz = PracticePages.quiz(quietSession(), id).orElseThrow(() -> new Refused(404, "There is no quick check '" + id + "'."));
        if (!post) {
            Http.html(ex, 200, PracticePages.quizForm(quiz, null));
            return;
        }
        Map<String, String> form = Http.params(Http.body(ex));
        List<String> letters = new ArrayList<>();
        for (int i = 1; i <= quiz.questions().size(); i++) {
            letters.add(form.getOrDefault("q" + i, ""));
        }
        if (letters.contains("")) {
            Http.html(ex, 400, PracticePages.quizForm(quiz, "Answer every question, then check."));
            return;
        }
        Http.html(ex, 200, PracticePages.quizResult(quiz, JSON.readTree(quiz(id, letters).out())));
    }

    private void drillPage(HttpExchange ex, boolean post, String id) throws IOException, Http.TooLarge, Refused {
        var drill = PracticePages.drill(quietSession(), id).orElseThrow(() -> new Refused(404, "There is no drill '" + id + "'."));
        if (!post) {
            Http.html(ex, 200, PracticePages.drillForm(drill, null, null));
            return;
        }
        String answer = Http.params(Http.body(ex)).getOrDefault("answer", "");
        if (answer.isBlank()) {
            Http.html(ex, 400, PracticePages.drillForm(drill, answer, "Write your answer first."));
            return;
        }
        Captured run = drill(id, answer);
        String page = PracticePages.drillResult(drill, JSON.readTree(run.out()), answer);
        Http.html(ex, 200, run.err().isBlank() ? page : page.replace("<main id=\"main\">\n",
                "<main id=\"main\">\n<p class=\"message\" role=\"alert\">" + Html.esc(run.err().strip()) + "</p>"));
    }

    /** {@code quiz <id> --answers ... --json}, run as the terminal runs it. */
    private Captured quiz(String id, List<String> letters) throws Refused {
        if (letters.isEmpty() || !letters.stream().allMatch(l -> l.matches("[A-Za-z]"))) {
            throw new Refused(400, "answers must be letters, one per question, e.g. {\"answers\":[\"B\",\"C\",\"D\",\"B\",\"A\"]}.");
        }
        return ok(Captured.run(new QuizCommand(), List.of(id, "--answers", String.join(",", letters), "--json"), session));
    }

    /** {@code drill <id> --answer-file F --json}, the answer written to a private file under the state folder. */
    private Captured drill(String id, String answer) throws IOException, Refused {
        Path dir = session.workspace().state().resolve("web");
        Files.createDirectories(dir);
        Path file = Files.createTempFile(dir, "answer-", ".txt");
        try {
            Files.writeString(file, answer, StandardCharsets.UTF_8);
            return ok(Captured.run(new DrillCommand(), List.of(id, "--answer-file", file.toString(), "--json"), session));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Captured ok(Captured run) throws Refused {
        if (run.exit() == ExitCode.USAGE) {
            throw new Refused(400, run.err().strip());
        }
        if (run.exit() != ExitCode.OK) {
            throw new Refused(500, run.err().strip());
        }
        return run;
    }

    private Session quietSession() {
        return session.withConsole(new dev.loopback.runner.output.Console(new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter()), prompt -> Optional.empty(),
                dev.loopback.runner.output.Palette.of(false), 100, false));
    }

    private Course course() throws Refused {
        if (session.courses().load() instanceof CourseLoad.Loaded loaded) {
            return loaded.course();
        }
        throw new Refused(500, "The course could not be loaded: run 'validate' in the terminal to see why.");
    }

    private Lesson lesson(String key) throws Refused {
        return course().lesson(key).orElseThrow(() -> new Refused(404, "There is no lesson '" + key + "'."));
    }

    private ExerciseRef exercise(String id) throws Refused {
        return course().exercise(id).orElseThrow(() -> new Refused(404, "There is no exercise '" + id + "'."));
    }

    private static void get(boolean post) throws Refused {
        if (post) {
            throw new Refused(405, "This address is read with GET.");
        }
    }

    private static void post(boolean post) throws Refused {
        if (!post) {
            throw new Refused(405, "This changes something, so it takes a POST (a link or a reload never does it).");
        }
    }

    private static String asset(String name) {
        try (InputStream in = Router.class.getResourceAsStream("/web/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
