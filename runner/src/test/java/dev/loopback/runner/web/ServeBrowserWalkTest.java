package dev.loopback.runner.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.runner.progress.DrillAttempt;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The second round of {@code serve} in Debian's headless Chromium: the drill's highlighted evidence and
 * self-assessment, the quick check one question at a time, a lesson snippet's Run button, the score chart with its
 * table, the Watch toggle, and a keyboard-only walk (Tab and Enter) to Submit and through the quick check.
 * Screenshots go to target/screenshots/.
 */
@Tag("browser")
class ServeBrowserWalkTest {
    private static final Path SHOTS = Path.of("target/screenshots");
    @TempDir Path temp;
    @TempDir Path profile;
    WebFixture web;
    ChromeDriver driver;
    String base;

    @BeforeEach
    void start() throws IOException {
        web = new WebFixture(temp);
        base = "http://127.0.0.1:" + web.server.port();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
                "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
        driver.get(web.server.url());
    }

    @AfterEach
    void stop() {
        try {
            driver.quit();
        } finally {
            web.close();
        }
    }

    private WebDriverWait waiting(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    private void shot(String name) throws IOException {
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theDrillHighlightsTheEvidenceAndKeepsTheSelfAssessment() throws IOException {
        driver.get(base + "/drill/05");
        driver.findElement(By.id("answer")).sendKeys("The first request is slow because the UDP handshake has to set up a"
                + " session. Fix: use a connection pool so later requests reuse the open connection.");
        driver.findElement(By.id("drill-submit")).click();
        WebElement answer = waiting(20).until(ExpectedConditions.presenceOfElementLocated(By.id("your-answer")));
        List<WebElement> marks = answer.findElements(By.tagName("mark"));
        assertTrue(marks.stream().anyMatch(m -> "remedy".equals(m.getAttribute("data-label"))), answer.getText());
        assertTrue(marks.stream().anyMatch(m -> m.getAttribute("class").contains("wrong")), "the misconception marked");
        assertTrue(answer.getText().contains("[remedy]"), "named in words, not by colour alone: " + answer.getText());
        assertTrue(driver.findElement(By.id("misconceptions")).getText().contains("In fact:"));
        assertTrue(driver.findElement(By.id("model-answer")).isDisplayed());
        shot("drill-result");
        driver.findElement(By.id("c-remedy-met")).click();
        driver.findElement(By.id("c-setup-not")).click();
        driver.findElement(By.id("self-submit")).click();
        WebElement verdict = waiting(20).until(ExpectedConditions.presenceOfElementLocated(By.id("self-verdict")));
        assertTrue(verdict.getText().startsWith("Your own verdict: 1 of "), verdict.getText());
        shot("drill-self-assessed");
        DrillAttempt attempt = web.session.progress().current().drill("05").orElseThrow().attempts().get(0);
        assertEquals(Map.of("setup", false, "remedy", true), attempt.selfCriteria());
        assertTrue(attempt.criteria().get("remedy"), "the automatic verdict stays as it was");
    }

    @Test
    void theQuickCheckAsksOneQuestionAtATimeAndExplainsEveryOption() throws IOException {
        driver.get(base + "/quiz/05");
        List<WebElement> questions = driver.findElements(By.cssSelector("fieldset.question"));
        assertEquals(5, questions.size());
        assertTrue(questions.get(0).isDisplayed() && !questions.get(1).isDisplayed(), "one question shown at a time");
        assertEquals("Question 1 of 5", driver.findElement(By.id("quiz-status")).getText());
        driver.findElement(By.id("q1A")).click();
        driver.findElement(By.id("check-1")).click();
        WebElement explained = waiting(20).until(d -> d.findElement(By.cssSelector("#explained-1 ul")));
        List<WebElement> options = explained.findElements(By.tagName("li"));
        assertEquals(4, options.size());
        options.forEach(o -> assertTrue(o.getText().length() > 40, "every option explained: " + o.getText()));
        assertTrue(driver.findElement(By.id("explained-1")).getText().startsWith("Not quite: the answer is B."));
        shot("quiz-one-question");
        driver.findElement(By.id("next-1")).click();
        assertTrue(driver.findElement(By.cssSelector("fieldset[data-number='2']")).isDisplayed());
        assertFalse(questions.get(0).isDisplayed());
        String[] rest = {"C", "D", "B", "A"};
        for (int i = 0; i < rest.length; i++) {
            int number = i + 2;
            driver.findElement(By.id("q" + number + rest[i])).click();
            driver.findElement(By.id("check-" + number)).click();
            waiting(20).until(d -> !d.findElements(By.cssSelector("#explained-" + number + " ul")).isEmpty());
            driver.findElement(By.id(number == 5 ? "quiz-finish" : "next-" + number)).click();
        }
        WebElement score = waiting(20).until(ExpectedConditions.presenceOfElementLocated(By.id("score")));
        assertTrue(score.getText().startsWith("Score: "), score.getText());
        int best = web.session.progress().current().quiz("05").orElseThrow().best();
        assertTrue(score.getText().startsWith("Score: " + best + " / 5"), "recorded as the terminal records it: " + score.getText());
    }

    @Test
    void aSnippetsRunButtonShowsItsValues() throws IOException {
        driver.get(base + "/lessons/05");
        WebElement run = driver.findElement(By.id("run-3"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", run);
        run.click();
        waiting(60).until(d -> d.findElement(By.id("run-output-3")).getText().contains("inFlight ==> 100.0"));
        shot("lesson-run");
    }

    @Test
    void keyboardOnlyToSubmitThenTheChartThenTheQuickCheck() throws IOException {
        driver.get(base + "/exercises/pool-sizer");
        assertTrue(tabUntil("submit", 40), "Tab reaches Submit");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        WebElement score = waiting(180).until(ExpectedConditions.presenceOfElementLocated(By.id("score")));
        assertEquals("0", score.getAttribute("data-score"));
        assertEquals("events", driver.findElement(By.id("live")).getAttribute("data-mode"), "progress came as Server-Sent Events");
        waiting(20).until(d -> !d.findElements(By.cssSelector("#live li.fail")).isEmpty());
        WebElement chart = driver.findElement(By.cssSelector("#history figure.chart svg[role='img']"));
        assertTrue(chart.isDisplayed());
        assertEquals(1, driver.findElements(By.cssSelector("#history details.chart-table tbody tr")).size(), "the chart's table alternative");
        assertTrue(driver.findElement(By.cssSelector("#history desc")).getAttribute("textContent").contains("1 point of Score"));
        shot("exercise-after-submit");
        driver.executeScript("arguments[0].scrollIntoView({block: 'start'});", driver.findElement(By.id("history")));
        shot("exercise-chart");

        driver.get(base + "/quiz/05");
        int[] downs = {1, 2, 3, 1, 0}; // B, C, D, B, A from the first option
        for (int i = 0; i < downs.length; i++) {
            String active = focused();
            assertEquals("q" + (i + 1) + "A", active, "the question's first option has the focus");
            Actions keys = new Actions(driver);
            keys.sendKeys(downs[i] == 0 ? Keys.SPACE : Keys.ARROW_DOWN);
            for (int k = 1; k < downs[i]; k++) {
                keys.sendKeys(Keys.ARROW_DOWN);
            }
            keys.sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();
            int number = i + 1;
            waiting(20).until(d -> (number == 5 ? "quiz-finish" : "next-" + number).equals(focused()));
            new Actions(driver).sendKeys(Keys.ENTER).perform();
        }
        WebElement result = waiting(20).until(ExpectedConditions.presenceOfElementLocated(By.id("score")));
        assertTrue(result.getText().startsWith("Score: 5 / 5"), "all five answered by keyboard: " + result.getText());
    }

    @Test
    void watchRegradesWhenTheFilesChange() throws IOException {
        driver.get(base + "/exercises/pool-sizer");
        driver.findElement(By.id("watch")).click();
        waiting(20).until(d -> "true".equals(d.findElement(By.cssSelector("label.watch")).getAttribute("data-ready")));
        web.copySolution();
        waiting(180).until(d -> !d.findElements(By.cssSelector("#score[data-score='100']")).isEmpty());
        waiting(20).until(d -> d.findElement(By.id("watch-state")).getText().contains("Watching your files"));
        List<dev.loopback.grader.history.Attempt> attempts = new dev.loopback.grader.Grader(web.workspace).history().attempts("pool-sizer");
        assertFalse(attempts.isEmpty(), "each regrade is recorded as a submission");
        assertEquals(100, attempts.get(attempts.size() - 1).score());
        shot("exercise-watch");
    }

    /** The id of the element with the focus, read in one step in the page (an element handle could go stale). */
    private String focused() {
        return (String) driver.executeScript("return document.activeElement ? document.activeElement.id : null;");
    }

    /** Presses Tab until the element with {@code id} has the focus; false if it never does within {@code max} presses. */
    private boolean tabUntil(String id, int max) {
        for (int i = 0; i < max; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (id.equals(focused())) {
                return true;
            }
        }
        return false;
    }

}
