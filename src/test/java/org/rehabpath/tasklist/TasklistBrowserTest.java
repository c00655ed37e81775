package org.rehabpath.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rehabpath.support.HeadlessChromium;
import org.rehabpath.support.UniqueNames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A social worker in a real (headless) Chromium: logs in to Tasklist, refers a participant with the
 * start form, then claims and completes the consent and eligibility check through its Camunda Form.
 * Screenshots of each step are kept in target/browser-artifacts.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class TasklistBrowserTest {

  static final Path ARTIFACTS = Path.of("target", "browser-artifacts");

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
  @Autowired org.camunda.bpm.engine.TaskService taskService;

  WebDriver browser;
  WebDriverWait wait;
  int step;

  @BeforeEach
  void startChromium() throws Exception {
    browser = HeadlessChromium.start();
    Files.createDirectories(ARTIFACTS);
    try (var old = Files.list(ARTIFACTS)) {
      for (Path file : old.toList()) {
        Files.delete(file);
      }
    }
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void stopChromium() throws Exception {
    if (browser != null) {
      screenshot("last-state");
      browser.quit();
    }
  }

  @Test
  void socialWorkerRefersAParticipantAndCompletesTheEligibilityCheckInTasklist() throws Exception {
    String lastName = UniqueNames.withLetters("Browser");
    String taskName = "Check consent and eligibility: Aino " + lastName;

    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
    visible(By.cssSelector("input[ng-model='username']")).sendKeys("sw-borlange");
    browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    visible(By.xpath("//*[contains(normalize-space(.), \"Offered to me\")]"));
    screenshot("logged-in");

    clickable(By.xpath("//a[contains(normalize-space(.), 'Start process')]")).click();
    clickable(By.xpath("//a[contains(normalize-space(.), 'Rehabilitation case')]")).click();
    visible(By.cssSelector("input[id$='-referral-firstName']")).sendKeys("Aino");
    browser.findElement(By.cssSelector("input[id$='-referral-lastName']")).sendKeys(lastName);
    browser.findElement(By.cssSelector("input[id$='-referral-birthYear']")).sendKeys("1988");
    browser.findElement(By.xpath("//label[contains(normalize-space(.), 'Woman')]")).click();
    browser.findElement(By.xpath("//label[contains(normalize-space(.), 'Service site')]/following::div[contains(@class, 'fjs-input-group')][1]")).click();
    clickable(By.xpath("//div[contains(@class, 'fjs-dropdownlist-item') and normalize-space(.) = 'Borlänge']")).click();
    type(By.cssSelector("input[id$='-referral-referrerService']"), "social-assistance");
    type(By.cssSelector("input[id$='-referral-referrerReference']"), "SA-" + lastName);
    browser.findElement(By.xpath("//label[contains(normalize-space(.), 'The participant consents')]")).click();
    screenshot("start-form-filled");
    browser.findElement(By.xpath("//button[normalize-space(.) = 'Start']")).click();
    visible(By.xpath("//*[contains(normalize-space(.), 'The process has been started')]"));

    // Open the task the way a link from the task list does; in a busy test database the list is long.
    String taskId = wait.until(driver -> taskService.createTaskQuery().taskName(taskName).singleResult()).getId();
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
    visible(By.xpath("//h2[contains(normalize-space(.), '" + taskName + "')]"));
    screenshot("task-opened");
    clickable(By.xpath("//button[normalize-space(.) = 'Claim']")).click();
    WebElement eligible = visible(By.cssSelector("input[id$='-consent-eligibility-eligible']"));
    assertThat(browser.findElement(By.cssSelector("input[id$='-consent-eligibility-consentGiven']")).isSelected())
        .as("consent is pre-filled from the referral").isTrue();
    eligible.click();
    browser.findElement(By.cssSelector("textarea[id$='-consent-eligibility-eligibilityNotes']")).sendKeys("Long-term social assistance");
    // The ESF+ entry data the start form did not ask for.
    choose("Highest education completed", "ISCED 2: lower secondary");
    choose("Labour-market status at entry", "Long-term unemployed");
    screenshot("eligibility-form-filled");
    // The notice of the start may still cover the button at the foot of the form.
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".page-notifications .alert")));
    clickable(By.xpath("//button[normalize-space(.) = 'Complete']")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//h2[contains(normalize-space(.), '" + taskName + "')]")));
    screenshot("eligibility-completed");

    ProcessInstance main = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey("rehabilitation-case").variableValueEquals("lastName", lastName).singleResult();
    assertThat(main).as("the case opened from the start form").isNotNull();
    assertThat(main.getTenantId()).isEqualTo("borlange");
    assertThat(main.getBusinessKey()).matches("RC-\\d{4}-\\d{6}");
    wait.until(driver -> historyService.createHistoricVariableInstanceQuery()
        .variableName("selectionOutcome").processInstanceIdIn(selectionOf(main)).count() == 1);
    assertThat(historyService.createHistoricVariableInstanceQuery().variableName("selectionOutcome")
        .processInstanceIdIn(selectionOf(main)).singleResult().getValue()).isEqualTo("INCLUDED");
    assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(main.getId())
        .processDefinitionKey("resource-inventory").count()).as("the case moved on to the resource inventory").isOne();
    assertThat(jdbc.sql("select education_level, labour_market_status from participant where case_reference = ?")
        .param(main.getBusinessKey()).query((row, n) -> row.getString(1) + " " + row.getString(2)).single())
        .as("the intake recorded the entry data").isEqualTo("ISCED_2 LONG_TERM_UNEMPLOYED");
  }

  private String selectionOf(ProcessInstance main) {
    return historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(main.getId())
        .processDefinitionKey("selection").singleResult().getId();
  }

  /**
   * Types into a field until it holds the text: right after a select closes, form-js may re-render the
   * form and drop the first keystrokes.
   */
  private void type(By by, String text) throws InterruptedException {
    for (int attempt = 0; attempt < 10; attempt++) {
      WebElement field = clickable(by);
      field.click();
      field.clear();
      field.sendKeys(text);
      Thread.sleep(200);
      if (text.equals(browser.findElement(by).getDomProperty("value"))) {
        return;
      }
    }
    throw new AssertionError("could not type into " + by);
  }

  /** Picks an option of a Camunda Forms select, found by its label. */
  private void choose(String label, String option) {
    clickable(By.xpath("//label[normalize-space(.) = '" + label + "']/following::div[contains(@class, 'fjs-input-group')][1]")).click();
    clickable(By.xpath("//div[contains(@class, 'fjs-dropdownlist-item') and normalize-space(.) = '" + option + "']")).click();
  }

  private WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** A clickable element, scrolled to the middle of the window so no footer covers it. */
  private WebElement clickable(By by) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    return element;
  }

  private void screenshot(String name) throws Exception {
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(ARTIFACTS.resolve("%02d-%s.png".formatted(++step, name)), png);
  }
}
