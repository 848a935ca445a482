package dev.loopback.runner.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code serve} in Debian's headless Chromium, driven by WebDriver over real sockets on 127.0.0.1. Left out (with a
 * warning from the build) where /usr/bin/chromium is missing; CI installs it. Screenshots go to target/screenshots/.
 */
@Tag("browser")
class ServeBrowserTest {
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
                "--window-size=1440,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
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
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void openALessonAndFollowASectionLink() throws IOException {
        driver.get(web.server.url());
        shot("home");
        driver.findElement(By.cssSelector("main a[href='/lessons/05']")).click();
        waiting(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.toc")));
        assertTrue(driver.getTitle().contains("Network sockets"), driver.getTitle());
        shot("lesson");
        driver.findElement(By.cssSelector("nav.toc a[href='#keep-alive-timeouts']")).click();
        waiting(10).until(ExpectedConditions.urlContains("#keep-alive-timeouts"));
        WebElement section = driver.findElement(By.id("keep-alive-timeouts"));
        waiting(10).until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "return Math.abs(arguments[0].getBoundingClientRect().top);", section)).doubleValue() < 50);
        shot("lesson-section");
        driver.manage().window().setSize(new Dimension(360, 800));
        long overflow = (Long) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0L, overflow, "the lesson fits 360 px without sideways scrolling (tables scroll inside themselves)");
        shot("lesson-360");
    }

    @Test
    void submitTheStubAndSeeZeroThenTheReferenceAndSeeAHundred() throws IOException {
        driver.get(web.server.url());
        driver.get(base + "/exercises/pool-sizer");
        driver.findElement(By.id("submit")).click();
        WebElement score = waiting(180).until(ExpectedConditions.presenceOfElementLocated(By.id("score")));
        assertEquals("0", score.getAttribute("data-score"), score.getText());
        waiting(20).until(d -> !d.findElements(By.cssSelector("#live li.fail")).isEmpty());
        List<WebElement> live = driver.findElements(By.cssSelector("#live li"));
        assertTrue(live.stream().anyMatch(li -> li.getText().contains("tests)")), "per-criterion progress shown");
        assertTrue(driver.findElement(By.id("best")).getText().contains("best 0 of 100"), driver.findElement(By.id("best")).getText());
        assertFalse(driver.findElements(By.cssSelector("a.section-link[href^='/lessons/05#']")).isEmpty(), "report links into the lesson");
        shot("exercise-stub");

        web.copySolution();
        waiting(20).until(ExpectedConditions.elementToBeClickable(By.id("submit"))).click();
        waiting(180).until(d -> "100".equals(d.findElement(By.id("score")).getAttribute("data-score")));
        assertTrue(driver.findElement(By.id("best")).getText().contains("passed (best 100)"));
        shot("exercise-reference");

        driver.get(base + "/progress");
        assertTrue(driver.findElement(By.cssSelector("td.exercise-score")).getText().contains("passed (best 100)"));
        shot("progress");
    }

    @Test
    void answerTheQuickCheckAndTheDrill() throws IOException {
        driver.get(web.server.url());
        driver.get(base + "/quiz/05");
        String[] answers = {"B", "C", "D", "B", "A"};
        for (int i = 0; i < answers.length; i++) { // one question at a time: choose, check, next
            int number = i + 1;
            driver.findElement(By.id("q" + number + answers[i])).click();
            driver.findElement(By.id("check-" + number)).click();
            waiting(20).until(d -> !d.findElements(By.cssSelector("#explained-" + number + " ul")).isEmpty());
            if (number == 1) {
                shot("quiz");
            }
            driver.findElement(By.id(number == answers.length ? "quiz-finish" : "next-" + number)).click();
        }
        WebElement score = waiting(20).until(ExpectedConditions.presenceOfElementLocated(By.id("score")));
        assertTrue(score.getText().matches("Score: \\d / 5.*"), score.getText());
        shot("quiz-result");
        driver.get(base + "/drill/05");
        driver.findElement(By.id("answer")).sendKeys("The first request pays for the TCP handshake; a pool of kept-alive "
                + "connections reuses the connection so later requests skip it.");
        driver.findElement(By.id("drill-submit")).click();
        waiting(20).until(ExpectedConditions.presenceOfElementLocated(By.id("score")));
        assertFalse(driver.findElements(By.cssSelector("mark")).isEmpty(), "matched words highlighted");
        shot("drill-result");
        driver.get(base + "/");
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("best"), "home shows the quick-check result");
    }

    @Test
    void withoutTheTokenTheBrowserIsRefused() {
        driver.get(base + "/");
        assertTrue(driver.findElement(By.tagName("body")).getText().contains("No valid token"));
        driver.get(base + "/lessons/05");
        assertTrue(driver.findElement(By.tagName("body")).getText().contains("No valid token"));
    }
}
