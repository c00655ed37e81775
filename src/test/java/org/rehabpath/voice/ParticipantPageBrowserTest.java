package org.rehabpath.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rehabpath.support.CaseWalker;
import org.rehabpath.support.HeadlessChromium;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.UniqueNames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The participant answers alone on their own page, on a phone-sized window, in Swedish and in
 * Italian: the link's code leaves the address bar, a half-filled page survives a reload, a missing
 * answer is pointed out, the answers are saved with a confirmation and land in the case, and axe-core
 * finds no serious or critical fault. Screenshots in target/screenshots.
 */
@IntegrationTest
@org.junit.jupiter.api.Tag("browser")
class ParticipantPageBrowserTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  WebDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void openBrowser() throws Exception {
    browser = HeadlessChromium.start();
    browser.manage().window().setSize(new Dimension(390, 844));
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  String codeFor(CaseWalker walker) {
    var task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(walker.caseReference)
        .taskDefinitionKey(OwnVoiceVariables.HEAR_PARTICIPANT).singleResult();
    return (String) engine.getTaskService().getVariableLocal(task.getId(), OwnVoiceVariables.CODE.name());
  }

  void choose(String question, int value) {
    var label = browser.findElement(By.cssSelector("label[for='" + question + "-" + value + "']"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", label);
    label.click();
  }

  @Test
  void inSwedishOnAPhoneTheParticipantAnswersAloneAndAHalfFilledPageSurvivesAReload() throws Exception {
    String lastName = UniqueNames.withLetters("Page");
    CaseWalker walker = CaseWalker.refer(rest, engine, "Maja", lastName, "SA-" + UUID.randomUUID(), true);
    walker.includeAtSelection();
    String code = codeFor(walker);

    browser.get("http://localhost:" + port + "/own-words/#" + code.replace("-", ""));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q-CHOOSES_OWN_DAYS")));
    assertThat(browser.getCurrentUrl()).as("the code leaves the address bar").doesNotContain(code.replace("-", ""));
    new Select(browser.findElement(By.id("language"))).selectByValue("sv");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("q-CHOOSES_OWN_DAYS"), "Jag bestämmer själv"));
    assertThat(browser.findElement(By.id("greeting")).getText()).contains("Maja");
    assertThat(browser.getPageSource()).as("nothing of the case beyond the first name")
        .doesNotContain(lastName).doesNotContain(walker.caseReference);
    assertThat(horizontalOverflow()).as("no sideways scrolling on a phone").isFalse();
    assertNoSeriousAccessibilityFault("participant page in Swedish");
    screenshot("participant-page-sv");

    choose("CHOOSES_OWN_DAYS", 4);
    choose("CAN_CHANGE_THINGS", 3);
    browser.navigate().refresh();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q-CHOOSES_OWN_DAYS")));
    assertThat(browser.findElement(By.id("CHOOSES_OWN_DAYS-4")).isSelected()).as("kept over a reload").isTrue();
    assertThat(browser.findElement(By.id("CAN_CHANGE_THINGS-3")).isSelected()).isTrue();
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");

    click(By.id("send"));
    wait.until(d -> "true".equals(d.findElement(By.cssSelector("#q-KNOWS_WHERE_TO_ASK input")).getAttribute("aria-invalid"))
        || d.findElement(By.id("status")).getText().length() > 0);
    assertThat(browser.findElement(By.id("status")).getText()).as("a missing answer is pointed out").isNotBlank();
    assertThat(answersOf(walker.caseReference)).as("nothing sent").isEmpty();
    screenshot("participant-page-sv-missing");

    choose("KNOWS_WHERE_TO_ASK", 5);
    var health = browser.findElement(By.id("number-HEALTH_TODAY"));
    health.clear();
    health.sendKeys("70");
    for (String question : List.of("KNOWS_GOAL", "KEEPS_TIMES", "BELIEVES_IN_WORK", "HAS_SUPPORT")) {
      choose(question, 2);
    }
    click(By.id("send"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmation")));
    assertThat(browser.findElement(By.id("confirmation")).getText()).contains("Maja");
    assertNoSeriousAccessibilityFault("confirmation in Swedish");
    screenshot("participant-page-sv-saved");
    assertThat(answersOf(walker.caseReference)).containsEntry("CHOOSES_OWN_DAYS", 4).containsEntry("HEALTH_TODAY", 70)
        .containsEntry("HAS_SUPPORT", 2).hasSize(8);
    assertThat(jdbc.sql("select answered_via from voice_response where case_reference = ?").param(walker.caseReference)
        .query(String.class).single()).isEqualTo("ALONE");

    browser.navigate().refresh();
    Thread.sleep(500);
    assertThat(answersOf(walker.caseReference)).as("a reload after sending sends nothing again").hasSize(8);
  }

  @Test
  void inEasyItalianTheQuestionsAndThePageSpeakItalianAndAUsedLinkIsRefused() throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, engine, "Giorgio", UniqueNames.withLetters("Pagina"), "SA-" + UUID.randomUUID(), true);
    walker.includeAtSelection();
    String code = codeFor(walker);
    browser.get("http://localhost:" + port + "/own-words/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code")));
    new Select(browser.findElement(By.id("language"))).selectByValue("it-easy");
    assertNoSeriousAccessibilityFault("code step in easy Italian");
    browser.findElement(By.id("code")).sendKeys(code.toLowerCase());
    browser.findElement(By.id("open-code")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q-CHOOSES_OWN_DAYS")));
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("it");
    String italian = jdbc.sql("select text from voice_question_text where question_code = 'CHOOSES_OWN_DAYS'"
        + " and language = 'it-easy' and instrument_version = 1").query(String.class).single();
    assertThat(browser.findElement(By.id("q-CHOOSES_OWN_DAYS")).getText()).contains(italian);
    assertNoSeriousAccessibilityFault("participant page in easy Italian");
    screenshot("participant-page-it-easy");

    Map<String, Integer> given = Map.of("CHOOSES_OWN_DAYS", 2, "CAN_CHANGE_THINGS", 2, "KNOWS_WHERE_TO_ASK", 3,
        "KNOWS_GOAL", 4, "KEEPS_TIMES", 4, "BELIEVES_IN_WORK", 3, "HAS_SUPPORT", 5);
    given.forEach(this::choose);
    browser.findElement(By.id("number-HEALTH_TODAY")).sendKeys("55");
    click(By.id("send"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmation")));
    assertThat(answersOf(walker.caseReference)).containsEntry("HEALTH_TODAY", 55).containsAllEntriesOf(given);

    browser.manage().deleteAllCookies();
    ((JavascriptExecutor) browser).executeScript("sessionStorage.clear()");
    browser.get("http://localhost:" + port + "/own-words/#" + code);
    wait.until(d -> d.findElement(By.id("status")).getText().length() > 0);
    assertThat(browser.findElement(By.id("questions-step")).isDisplayed()).as("a used link opens nothing").isFalse();
    screenshot("participant-page-it-used");
    assertThat(answersOf(walker.caseReference)).hasSize(8);
  }

  private void click(By element) {
    var found = browser.findElement(element);
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", found);
    found.click();
  }

  private Map<String, Integer> answersOf(String caseReference) {
    return jdbc.sql("select a.question_code, a.answer from voice_answer a join voice_response r on r.id = a.response_id"
            + " where r.case_reference = ? and r.respondent = 'PARTICIPANT'")
        .param(caseReference)
        .query((row, i) -> Map.entry(row.getString(1), row.getInt(2))).list().stream()
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private boolean horizontalOverflow() {
    return (Boolean) ((JavascriptExecutor) browser).executeScript(
        "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
  }

  private void assertNoSeriousAccessibilityFault(String page) {
    org.rehabpath.support.Accessibility.assertNoSeriousFault(browser, page);
  }

  private void screenshot(String name) throws Exception {
    Path file = Path.of("target", "browser-artifacts", name + ".png");
    Files.createDirectories(file.getParent());
    Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
