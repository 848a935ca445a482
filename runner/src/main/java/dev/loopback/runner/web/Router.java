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
import dev.loopback.runner.drill.SelfVerdict;
import dev.loopback.runner.practice.StorePracticeProgress;
import dev.loopback.runner.progress.DrillAttempt;
import dev.loopback.runner.progress.DrillRecord;
import dev.loopback.runner.grading.GradingWarmup;
import dev.loopback.runner.grading.SubmitCommand;
import dev.loopback.runner.instructor.SourceHash;
import dev.loopback.runner.quiz.QuizCommand;
import dev.loopback.runner.quiz.Quiz;
import dev.loopback.runner.scratch.LessonSnippets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    private final Snippets snippets;

    Router(Session session, Guard guard, SubmitJobs jobs, Snippets snippets) {
        this.session = session;
        this.guard = guard;
        this.jobs = jobs;
        this.snippets = snippets;
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
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            if (guard.tokenInQuery(exchange)) {
                exchange.getResponseHeaders().add("Set-Cookie", guard.setCookie());
                if (!method.equals("POST") && path != null && SAFE_PATH.matcher(path).matches() && !path.startsWith("/api/")) {
                    // the token goes no further than this request: not into the address bar, history or a screenshot
                    Http.redirect(exchange, Guard.withoutToken(path, exchange.getRequestURI().getRawQuery()));
                    return;
                }
            }
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
            ExerciseRef exercise = exercise(s.get(1));
            GradingWarmup.exerciseOpened(session, exercise.id()); // as 'exercise <id>' does: its sandbox starts ahead
            Http.html(ex, 200, ExercisePage.render(session, course(), exercise, null, null));
        } else if (first.equals("exercises") && n == 3 && s.get(2).equals("submit")) {
            post(post);
            submitPage(ex, exercise(s.get(1)));
        } else if (first.equals("quiz") && n == 2) {
            quizPage(ex, post, s.get(1));
        } else if (first.equals("drill") && n == 2) {
            drillPage(ex, post, s.get(1));
        } else if (first.equals("drill") && n == 3 && s.get(2).equals("self")) {
            post(post);
            selfAssessment(ex, s.get(1));
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
        } else if (n == 4 && s.get(1).equals("exercises") && s.get(3).equals("events")) {
            get(post);
            String id = exercise(s.get(2)).id();
            long since = jobs.generation(id);
            Http.events(ex, writer -> {
                boolean ran = jobs.follow(id, since, 60_000, event -> writer.send(null, event));
                writer.send("end", ran ? "{\"ended\":true}" : "{\"ended\":false}");
            });
        } else if (n == 4 && s.get(1).equals("exercises") && s.get(3).equals("sources")) {
            get(post);
            ExerciseRef exercise = exercise(s.get(2));
            Path sources = session.workspace().exercises().resolve(exercise.id()).resolve("src/main/java");
            Http.json(ex, 200, JSON.createObjectNode().put("exercise", exercise.id())
                    .put("hash", SourceHash.of(List.of(sources))).toString() + "\n");
        } else if (n == 4 && s.get(1).equals("exercises") && s.get(3).equals("status")) {
            get(post);
            Http.json(ex, 200, jobs.status(exercise(s.get(2)).id()));
        } else if (n == 4 && s.get(1).equals("quiz") && s.get(3).equals("check")) {
            post(post);
            Quiz quiz = PracticePages.quiz(quietSession(), s.get(2)).orElseThrow(() -> new Refused(404, "There is no quick check '" + s.get(2) + "'."));
            JsonNode body = jsonBody(ex, "{\"question\":1,\"answer\":\"B\"}");
            Http.json(ex, 200, PracticePages.check(quiz, body.path("question").asInt(0), body.path("answer").asText(""))
                    .orElseThrow(() -> new Refused(400, "question must be 1 to " + quiz.questions().size()
                            + " and answer one of its letters, e.g. {\"question\":1,\"answer\":\"B\"}.")).toPrettyString() + "\n");
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
        } else if (n == 5 && s.get(1).equals("lessons") && s.get(3).equals("run")) {
            post(post);
            Lesson lesson = lesson(s.get(2));
            List<String> sources = LessonSnippets.of(Files.readString(session.courses().dir().resolve(lesson.file())));
            int number = s.get(4).matches("\\d{1,4}") ? Integer.parseInt(s.get(4)) : 0;
            if (number < 1 || number > sources.size()) {
                throw new Refused(404, "Lesson " + lesson.number() + " has snippets 1 to " + sources.size() + "; '" + s.get(4)
                        + "' is not one of them.");
            }
            Http.json(ex, 200, snippets.run(session, lesson, number, sources.get(number - 1)).orElseThrow(() -> new Refused(409,
                    "Another snippet is still running; wait for its values, then press Run again.")).toPrettyString() + "\n");
        } else if (n == 3 && s.get(1).equals("drill")) {
            post(post);
            PracticePages.drill(quietSession(), s.get(2)).orElseThrow(() -> new Refused(404, "There is no drill '" + s.get(2) + "'."));
            Http.json(ex, 200, drill(s.get(2), Http.body(ex)).out());
        } else {
            throw new Refused(404, "There is no such API: see 'In the browser' in the README.");
        }
    }

    /** The request body as a JSON object, or 400 naming the shape expected. */
    private static JsonNode jsonBody(HttpExchange ex, String example) throws IOException, Http.TooLarge, Refused {
        try {
            JsonNode body = JSON.readTree(Http.body(ex));
            if (body == null || !body.isObject()) {
                throw new Refused(400, "The body must be a JSON object, e.g. " + example + ".");
            }
            return body;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new Refused(400, "The body must be JSON, e.g. " + example + ".");
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
        JsonNode result = JSON.readTree(run.out());
        int attempt = result.hasNonNull("notice") ? 0 : attemptOf(id, answer);
        String page = PracticePages.drillResult(drill, result, answer, attempt);
        Http.html(ex, 200, run.err().isBlank() || attempt == 0 ? page : page.replace("<main id=\"main\">\n",
                "<main id=\"main\">\n<p class=\"message\" role=\"alert\">" + Html.esc(run.err().strip()) + "</p>"));
    }

    /** The number of the attempt {@code drill} just recorded for {@code answer}: the latest one holding that text. */
    private int attemptOf(String id, String answer) {
        List<DrillAttempt> attempts = session.progress().current().drill(id).map(DrillRecord::attempts).orElse(List.of());
        for (int i = attempts.size(); i >= 1; i--) {
            if (attempts.get(i - 1).answer() != null && attempts.get(i - 1).answer().strip().equals(answer.strip())) {
                return i;
            }
        }
        return 0;
    }

    /**
     * The learner's own verdict per criterion on one recorded attempt, stored exactly as the terminal's {@code drill}
     * stores it ({@link StorePracticeProgress#selfAssessment}); the automatic score is never touched.
     */
    private void selfAssessment(HttpExchange ex, String id) throws IOException, Http.TooLarge, Refused {
        var drill = PracticePages.drill(quietSession(), id).orElseThrow(() -> new Refused(404, "There is no drill '" + id + "'."));
        Map<String, String> form = Http.params(Http.body(ex));
        String number = form.getOrDefault("attempt", "");
        List<DrillAttempt> attempts = session.progress().current().drill(id).map(DrillRecord::attempts).orElse(List.of());
        if (!number.matches("\\d{1,6}") || Integer.parseInt(number) < 1 || Integer.parseInt(number) > attempts.size()
                || attempts.get(Integer.parseInt(number) - 1).criteria().isEmpty()) {
            throw new Refused(400, "There is no scored attempt " + number + " of drill " + id + " to judge: score an answer first.");
        }
        int attempt = Integer.parseInt(number);
        Map<String, Boolean> verdicts = new LinkedHashMap<>();
        for (var criterion : drill.criteria()) {
            String value = form.getOrDefault("c-" + criterion.id(), "");
            switch (value) {
                case "met" -> verdicts.put(criterion.id(), true);
                case "not" -> verdicts.put(criterion.id(), false);
                case "" -> { }
                default -> throw new Refused(400, "A verdict is met, not or empty (skip); '" + value + "' is none of them.");
            }
        }
        if (verdicts.isEmpty()) {
            Http.html(ex, 400, Html.page(drill.title(), "<h1>" + Html.esc(drill.title()) + "</h1><p class=\"message\" role=\"alert\">"
                    + "You skipped every criterion, so nothing was recorded.</p>" + PracticePages.selfAssessmentForm(drill, attempt)));
            return;
        }
        new StorePracticeProgress(session.progress(), Clock.systemUTC()).selfAssessment(id, attempt, verdicts);
        DrillAttempt scored = attempts.get(attempt - 1);
        Http.html(ex, 200, PracticePages.selfAssessed(drill, SelfVerdict.of(drill, scored.autoScore() == null ? 0 : scored.autoScore(),
                scored.criteria(), verdicts)));
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
