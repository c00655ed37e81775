package org.rehabpath.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rehabpath.forms.FormTranslationsTest;
import org.rehabpath.security.SiteLanguages;
import org.rehabpath.support.CaseWalker;
import org.rehabpath.support.HeadlessChromium;
import org.rehabpath.support.RealEngineClock;
import org.rehabpath.support.UniqueNames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Staff in their own language, in a real (headless) Chromium set to it: a Borlänge social worker with a
 * Swedish browser reads Tasklist and the consent form in Swedish and gets the server's refusal in
 * Swedish; an Italian project tutor fills a site visit in Italian. Screenshots in
 * target/browser-artifacts/languages-*.
 */
@Tag("browser")
@ExtendWith(RealEngineClock.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class LanguagesBrowserTest {

  private static final Path ARTIFACTS = Path.of("target", "browser-artifacts");
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired SiteLanguages siteLanguages;

  WebDriver browser;
  WebDriverWait wait;
  String scenario;
  int step;

  @AfterEach
  void stop() throws Exception {
    siteLanguages.set("borlange", SiteLanguages.ENGLISH, "test");
    if (browser != null) {
      screenshot("last-state");
      browser.quit();
    }
  }

  @Test
  void aSocialWorkerWithASwedishBrowserWorksTheConsentFormInSwedish() throws Exception {
    siteLanguages.set("borlange", "sv", "test");
    String lastName = UniqueNames.withLetters("Svensk");
    CaseWalker walker = CaseWalker.refer(rest, engine, "Sanna", lastName, "SA-" + lastName, true);
    Task intake = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(walker.caseReference)
        .taskDefinitionKey("check-consent-and-eligibility").singleResult();
    start("sv-SE", "swedish");
    JsonNode tasklist = tasklistTexts("sv");
    Properties form = messages("forms/i18n/consent-eligibility_sv.properties");

    signIn("sw-borlange", messages("src/main/resources/i18n/tasklist-filters_sv.properties").getProperty("filter.offered-to-me.name"));
    visible(By.xpath("//*[normalize-space(.) = '" + tasklist.path("START_PROCESS").asText() + "']"));
    assertThat(browser.findElements(By.xpath("//*[normalize-space(.) = 'Start process']"))).as("English left").isEmpty();
    screenshot("task-list");

    browser.get(base() + "/camunda/app/tasklist/default/#/?task=" + intake.getId());
    visible(By.xpath("//h2[contains(normalize-space(.), '" + intake.getName() + "')]"));
    assertThat(intake.getName()).startsWith(messages("processes/i18n/selection_sv.properties")
        .getProperty("check-consent-and-eligibility").replace(": ${participantName}", ""));
    clickable(By.xpath("//button[normalize-space(.) = '" + tasklist.path("CLAIM_TASK").asText() + "']")).click();
    visible(By.xpath("//label[contains(normalize-space(.), '" + form.getProperty("consent-eligibility-consentGiven.label") + "')]"));
    // form-js's own check in the browser, in Swedish too.
    clickable(By.xpath("//label[contains(normalize-space(.), '" + form.getProperty("consent-eligibility-eligible.values.true") + "')]")).click();
    WebElement birthYear = clickable(By.cssSelector("input[id*='-consent-eligibility-birthYear']"));
    // Pre-filled from the referral: replaced by a year before the form's minimum.
    birthYear.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "1800",
        org.openqa.selenium.Keys.TAB);
    assertThat(visible(By.cssSelector(".rehab-translation")).getText()).isEqualTo("Värdet måste vara minst 1900.");
    assertThat(browser.findElements(By.xpath("//*[contains(text(), 'Field must have')]")))
        .as("form-js's English, shown").noneMatch(WebElement::isDisplayed);
    screenshot("browser-check-in-swedish");
    birthYear.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "1988",
        org.openqa.selenium.Keys.TAB);
    clickable(By.xpath("//label[contains(normalize-space(.), '" + form.getProperty("consent-eligibility-eligible.values.false") + "')]")).click();
    visible(By.xpath("//label[contains(normalize-space(.), '" + form.getProperty("consent-eligibility-ineligibilityReason.label") + "')]"));
    screenshot("consent-form");
    clickable(By.xpath("//button[normalize-space(.) = '" + tasklist.path("COMPLETE").asText() + "']")).click();

    WebElement refusal = visible(By.cssSelector(".fjs-form-field .rehab-refusal"));
    screenshot("refused-in-swedish");
    assertThat(refusal.getText()).isEqualTo(messages("src/main/resources/i18n/refusals_sv.properties")
        .getProperty("selection.ineligibilityReason.missing"));
    assertThat(engine.getTaskService().createTaskQuery().taskId(intake.getId()).count()).as("the task stays open").isOne();
  }

  @Test
  void anItalianProjectTutorFillsASiteVisitInItalian() throws Exception {
    siteLanguages.set("borlange", "it", "test");
    String lastName = UniqueNames.withLetters("Rossi");
    CaseWalker walker = CaseWalker.refer(rest, engine, "Giorgia", lastName, "SA-" + lastName, true);
    walker.intoInternship();
    walker.moveClock("P8D");
    Task visit = wait(() -> engine.getTaskService().createTaskQuery().processInstanceBusinessKey(walker.caseReference)
        .taskDefinitionKey("site-visit").list().stream().findFirst().orElse(null));
    Properties form = messages("forms/i18n/site-visit_it.properties");
    JsonNode tasklist = tasklistTexts("it");

    start("it-IT", "italian");
    signIn("tutor-borlange", messages("src/main/resources/i18n/tasklist-filters_it.properties").getProperty("filter.offered-to-me.name"));
    browser.get(base() + "/camunda/app/tasklist/default/#/?task=" + visit.getId());
    visible(By.xpath("//h2[contains(normalize-space(.), '" + visit.getName() + "')]"));
    assertThat(visit.getName()).isEqualTo(messages("processes/i18n/internship_it.properties").getProperty("site-visit")
        .replace("${participantName}", "Giorgia " + lastName));
    if (visit.getAssignee() == null) {
      clickable(By.xpath("//button[normalize-space(.) = '" + tasklist.path("CLAIM_TASK").asText() + "']")).click();
    }
    WebElement observations = visible(By.cssSelector("textarea[id$='-field-visit-observations']"));
    visible(By.xpath("//*[normalize-space(.) = '" + messages("src/main/resources/i18n/group-names_it.properties")
        .getProperty("group.project-tutors.name") + "']"));
    visible(By.xpath("//*[normalize-space(.) = '" + messages("src/main/resources/i18n/process-names_it.properties")
        .getProperty("process.internship.name") + "']"));
    visible(By.xpath("//label[starts-with(normalize-space(.), '" + form.getProperty("field-visit-observations.label") + "')]"));
    assertThat(browser.findElements(By.xpath("//label[starts-with(normalize-space(.), 'Observations')]"))).as("English left").isEmpty();
    observations.sendKeys("Giorgia lavora bene con il gruppo, puntuale tutta la settimana.");
    WebElement date = clickable(By.cssSelector("input[id*='-field-visit-date']"));
    date.click();
    date.sendKeys("3/11/2027");
    date.sendKeys(org.openqa.selenium.Keys.TAB);
    screenshot("site-visit-filled");
    clickable(By.xpath("//button[normalize-space(.) = '" + tasklist.path("COMPLETE").asText() + "']")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//h2[contains(normalize-space(.), '" + visit.getName() + "')]")));
    screenshot("site-visit-completed");

    var stored = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(visit.getProcessInstanceId()).variableName("visitDate").list();
    assertThat(stored).as("the visit date as the tutor meant it: 3 November, typed day first").isNotEmpty()
        .anySatisfy(variable -> assertThat(String.valueOf(variable.getValue())).startsWith("2027-11-03"));
  }

  @Test
  void aFinnishProgrammeManagerReadsTheDashboardInFinnish() throws Exception {
    Properties finnish = messages("src/main/resources/i18n/messages_fi.properties");
    start("fi-FI", "finnish");
    browser.get(base() + "/dashboard");
    clickable(By.linkText(finnish.getProperty("dashboard.signIn.toTasklist"))).click();
    visible(By.cssSelector("input[ng-model='username']")).sendKeys("manager-lahti");
    browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='password']")));
    browser.get(base() + "/dashboard");

    visible(By.xpath("//h1[normalize-space(.) = '" + finnish.getProperty("dashboard.title") + "']"));
    screenshot("dashboard");
    assertThat(browser.findElement(By.cssSelector("#open-cases .what")).getText())
        .isEqualTo(finnish.getProperty("dashboard.openCases"));
    assertThat(browser.getPageSource()).as("Lahti's manager sees Lahti").contains("Lahti")
        .doesNotContain("Programme dashboard").doesNotContain("open cases");
  }

  private <T> T wait(java.util.function.Supplier<T> found) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      T value = found.get();
      if (value != null) {
        return value;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("not found in time");
  }

  private void start(String language, String name) throws Exception {
    browser = HeadlessChromium.start(language);
    wait = new WebDriverWait(browser, Duration.ofSeconds(90));
    scenario = name;
    Files.createDirectories(ARTIFACTS);
  }

  private void signIn(String user, String firstFilter) {
    browser.get(base() + "/camunda/app/tasklist/");
    visible(By.cssSelector("input[ng-model='username']")).sendKeys(user);
    browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    visible(By.xpath("//*[contains(normalize-space(.), \"" + firstFilter + "\")]"));
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private static JsonNode tasklistTexts(String language) throws Exception {
    return JSON.readTree(Path.of("src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/locales",
        language + ".json").toFile()).path("labels");
  }

  private static Properties messages(String file) throws Exception {
    return FormTranslationsTest.load(Path.of(file));
  }

  private WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private WebElement clickable(By by) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    return element;
  }

  private void screenshot(String name) throws Exception {
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(ARTIFACTS.resolve("languages-%s-%02d-%s.png".formatted(scenario, ++step, name)), png);
  }
}
