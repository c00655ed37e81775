package org.rehabpath.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rehabpath.support.CaseWalker;
import org.rehabpath.support.HeadlessChromium;
import org.rehabpath.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A programme manager opens the dashboard in a real (headless) Chromium, with real cases behind it;
 * the screenshot is kept in target/dashboard-artifacts.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class DashboardBrowserTest {

  static final Path ARTIFACTS = Path.of("target", "dashboard-artifacts");

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;

  WebDriver browser;

  @AfterEach
  void stopChromiumAndResetTheClock() {
    TestClock.reset();
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aManagerSeesTheProgrammesChartsWithRealCases() throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, engine, "Chart", true);
    walker.intoInternship();
    walker.internshipMonth("REGULAR_ACTIVITY", "FORWARD", "CONTINUE");
    walker.internshipMonth("SUPPORTED_WORK", "FORWARD", "CONTINUE");
    CaseWalker.refer(rest, engine, "Graph", true);
    // The months the moved engine clock reached, and the ten before.
    YearMonth last = YearMonth.from(TestClock.zonedNow());

    browser = HeadlessChromium.start();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    // The dashboard asks for the webapps' sign-in: the manager signs in to Tasklist, then opens it.
    browser.get("http://localhost:" + port + "/dashboard");
    browser.findElement(By.linkText("Sign in to Tasklist")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']"))).sendKeys("manager");
    browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='password']")));
    browser.get("http://localhost:" + port + "/dashboard?from=" + last.minusMonths(11) + "&to=" + last);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//h1[normalize-space(.) = 'Programme dashboard']")));

    Files.createDirectories(ARTIFACTS);
    Files.write(ARTIFACTS.resolve("dashboard.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

    assertThat(Long.parseLong(browser.findElement(By.cssSelector("#open-cases .number")).getText())).isGreaterThanOrEqualTo(2);
    WebElement phases = browser.findElement(By.cssSelector("section[data-chart='Open cases by phase']"));
    assertThat(phases.findElements(By.cssSelector(".row"))).isNotEmpty();
    assertThat(phases.getText()).contains("Selection", "Internship and tutoring");
    WebElement moves = browser.findElement(By.cssSelector("section[data-chart='Step movements per month']"));
    assertThat(moves.findElements(By.cssSelector(".part.c0"))).as("a step forward is drawn").isNotEmpty();
    WebElement latest = browser.findElement(By.cssSelector("section[data-chart='Participants by latest step']"));
    assertThat(latest.getText()).contains("Supported work at an ordinary workplace", "closer to the labour market");
    WebElement widest = phases.findElements(By.cssSelector(".bar")).stream()
        .max(java.util.Comparator.comparingInt(bar -> bar.getSize().getWidth())).orElseThrow();
    assertThat(widest.getSize().getWidth()).as("the longest bar is drawn").isGreaterThan(50);
    WebElement places = browser.findElement(By.cssSelector("section[data-chart='Internship places']"));
    assertThat(places.getText()).contains("Kooperativet Dalhemmet", "taken", "free");
    assertThat(browser.findElements(By.cssSelector("section[data-chart='Work grants paid per month'] .column"))).hasSize(12);
    assertThat(browser.getPageSource()).doesNotContain(walker.caseReference).doesNotContain("Chart Walker");

    // The period picker: the last three months only.
    ((JavascriptExecutor) browser).executeScript("document.getElementById('from').value = arguments[0];"
        + " document.getElementById('to').value = arguments[1];", last.minusMonths(2).toString(), last.toString());
    browser.findElement(By.cssSelector("form.period button[type='submit']")).click();
    wait.until(ExpectedConditions.textToBe(By.id("period-from"), last.minusMonths(2).toString()));
    assertThat(browser.findElements(By.cssSelector("section[data-chart='Work grants paid per month'] .column"))).hasSize(3);
    Files.write(ARTIFACTS.resolve("dashboard-three-months.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

    // Log out ends the webapps' session: the dashboard asks for a sign-in again, and so does Tasklist.
    browser.findElement(By.xpath("//button[normalize-space(.) = 'Log out']")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(., 'You have signed out')]")));
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
  }
}
