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
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import java.util.UUID;
import org.rehabpath.site.InternshipSite;
import org.rehabpath.site.InternshipSiteRepository;
import org.rehabpath.site.SiteKind;
import org.rehabpath.support.CaseWalker;
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
  @Autowired org.camunda.bpm.engine.ProcessEngine processEngine;
  @Autowired org.springframework.boot.test.web.client.TestRestTemplate rest;
  @Autowired InternshipSiteRepository sites;

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
    // The first Tasklist of a test run loads its scripts and locale files cold: on a busy two-core
    // machine that alone has taken 30 s. A wait only costs time when a test fails.
    wait = new WebDriverWait(browser, Duration.ofSeconds(90));
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

    signIn("sw-borlange");
    screenshot("logged-in");
    fillTheReferralStartForm(lastName, "SA-" + lastName);
    browser.findElement(By.xpath("//label[contains(normalize-space(.), 'Yes, the participant consents')]")).click();
    screenshot("start-form-filled");
    browser.findElement(By.xpath("//button[normalize-space(.) = 'Start']")).click();
    visible(By.xpath("//*[contains(normalize-space(.), 'The process has been started')]"));

    // Open the task the way a link from the task list does; in a busy test database the list is long.
    String taskId = wait.until(driver -> taskService.createTaskQuery().taskName(taskName).singleResult()).getId();
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
    visible(By.xpath("//h2[contains(normalize-space(.), '" + taskName + "')]"));
    screenshot("task-opened");
    clickable(By.xpath("//button[normalize-space(.) = 'Claim']")).click();
    visible(By.cssSelector("input[id*='-consent-eligibility-eligible']"));
    assertThat(browser.findElement(By.xpath("//label[contains(normalize-space(.), 'Yes, the participant consents')]//input")).isSelected())
        .as("consent is pre-filled from the referral").isTrue();
    assertThat(browser.findElements(By.cssSelector("input[id*='-consent-eligibility-eligible']:checked")))
        .as("eligibility starts unanswered: a missed click cannot close the case").isEmpty();
    clickable(By.xpath("//label[contains(normalize-space(.), 'Yes, eligible')]")).click();
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

  /**
   * The same referral received over the API, then typed into Tasklist's start form: refused under the
   * reference field, in plain words naming the case it opened, and no second case.
   */
  @Test
  void aReferralReceivedBeforeIsRefusedAtItsFieldNamingItsCase() throws Exception {
    String reference = "SA-" + UniqueNames.withLetters("Twice");
    String existingCase = refer("Aino", "Virtanen", reference);
    String lastName = UniqueNames.withLetters("Again");

    signIn("sw-borlange");
    fillTheReferralStartForm(lastName, reference);
    browser.findElement(By.xpath("//label[contains(normalize-space(.), 'Yes, the participant consents')]")).click();
    browser.findElement(By.xpath("//button[normalize-space(.) = 'Start']")).click();

    WebElement refusal = visible(By.cssSelector(".fjs-form-field .rehab-refusal"));
    screenshot("duplicate-referral-refused");
    assertThat(refusal.getText()).isEqualTo("This referral was already received: it opened case " + existingCase
        + ". Work on that case instead of opening a second one.");
    WebElement field = refusal.findElement(By.xpath("ancestor::div[contains(@class, 'fjs-form-field')][1]"));
    assertThat(field.findElement(By.cssSelector("input")).getDomAttribute("id")).endsWith("-referral-referrerReference");
    assertThat(field.findElement(By.cssSelector("input")).getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("rehabilitation-case")
        .variableValueEquals("lastName", lastName).count()).as("no second case").isZero();
  }

  /**
   * axe-core's WCAG 2.1 A and AA rules on the pages staff use: the sign-in page, the task list and a
   * task's form. No fault that axe rates serious or critical.
   */
  @Test
  void theSignInListAndTaskPagesHaveNoSeriousAccessibilityFault() throws Exception {
    String lastName = UniqueNames.withLetters("Axe");
    refer("Aino", lastName, "SA-" + lastName);
    String taskId = wait.until(driver -> taskService.createTaskQuery()
        .taskName("Check consent and eligibility: Aino " + lastName).singleResult()).getId();

    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
    visible(By.cssSelector("input[ng-model='username']"));
    assertNoSeriousAccessibilityFault("sign-in page");

    signIn("sw-borlange");
    visible(By.cssSelector(".tasks-list .task"));
    assertNoSeriousAccessibilityFault("task list");

    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
    visible(By.cssSelector("input[id*='-consent-eligibility-eligible']"));
    assertThat(visible(By.cssSelector(".sorting-choice .sort-by")).getText())
        .as("a link to one task opens the list by due date too").isEqualTo("Due date");
    assertNoSeriousAccessibilityFault("task form");
  }

  /**
   * Each role's Tasklist shows what it uses: no one creates tasks by hand; a host tutor, who starts no
   * case, has no "Start process"; a social worker, who refers, has it. The list is sorted by due date.
   */
  @Test
  void eachRoleSeesWhatItUsesAndTheListIsSortedByDueDate() throws Exception {
    signIn("sw-borlange");
    visible(By.xpath("//a[contains(normalize-space(.), 'Start process')]"));
    assertThat(browser.findElements(By.xpath("//a[contains(normalize-space(.), 'Create task')]")))
        .noneMatch(WebElement::isDisplayed);
    assertThat(visible(By.cssSelector(".sorting-choice .sort-by")).getText()).isEqualTo("Due date");
    screenshot("social-worker-navigation");
    browser.quit();

    browser = HeadlessChromium.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    signIn("host-coop");
    wait.until(driver -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("return document.body.classList.contains('rehab-roles-known')"));
    screenshot("host-tutor-navigation");
    assertThat(browser.findElements(By.xpath("//a[contains(normalize-space(.), 'Start process')]")))
        .noneMatch(WebElement::isDisplayed);
    assertThat(browser.findElements(By.xpath("//a[contains(normalize-space(.), 'Create task')]")))
        .noneMatch(WebElement::isDisplayed);
  }

  /**
   * The host tutor decides in Tasklist as Tasklist submits the form: with what the participant can and
   * cannot do at work in view, and nothing of other sites or of the participant's sector wishes (those
   * are the labour-market officer's, on the task choosing the site).
   */
  @Test
  void theHostTutorAcceptsThePlacementInTasklist() throws Exception {
    InternshipSite site = sites.insert(new InternshipSite(null, "borlange", "Browser host " + UUID.randomUUID(),
        SiteKind.SOCIAL_COOPERATIVE_B, "Second-hand", "Testgatan 1", 90, 0, "host-coop", true, true, true));
    try {
      CaseWalker walker = CaseWalker.refer(rest, processEngine, "Aino", UniqueNames.withLetters("Host"), "SA-" + UUID.randomUUID(), true);
      walker.includeAtSelection();
      walker.inventoryResources(true, 3, false);
      walker.confirmPathway();
      String choice = walker.openTaskId("choose-internship-site");
      assertThat(taskService.getVariablesLocal(choice)).as("the officer's task shows the sectors")
          .containsKey("preferredSectors");
      walker.complete("choose-internship-site", "internshipSiteId", String.valueOf(site.id()));
      String hostTask = walker.openTaskId("accept-or-decline-placement");
      assertThat(taskService.getVariables(hostTask)).as("what the host's task carries")
          .containsKey("functionalLimitations").doesNotContainKeys("preferredSectors", "suitableSites");

      signIn("host-coop");
      browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + hostTask);
      WebElement limitations = visible(By.cssSelector("textarea[id$='-accept-or-decline-placement-functionalLimitations']"));
      assertThat(limitations.getDomProperty("value")).isEqualTo("Needs short breaks");
      java.util.List<WebElement> claim = browser.findElements(By.xpath("//button[normalize-space(.) = 'Claim']"));
      if (!claim.isEmpty()) {
        clickable(By.xpath("//button[normalize-space(.) = 'Claim']")).click();
      }
      clickable(By.xpath("//label[contains(normalize-space(.), 'Accept the placement')]")).click();
      screenshot("host-accepts");
      clickable(By.xpath("//button[normalize-space(.) = 'Complete']")).click();
      wait.until(driver -> taskService.createTaskQuery().taskId(hostTask).count() == 0);
      assertThat(historyService.createHistoricTaskInstanceQuery().taskId(hostTask).singleResult().getDeleteReason())
          .as("completed by the host in Tasklist").isEqualTo("completed");
    } finally {
      jdbc.sql("update internship_site set active = false where id = :id").param("id", site.id()).update();
    }
  }

  /**
   * A social worker records a family talk from Tasklist's "Start process": the case reference, the
   * kind, the date typed as the date picker shows it, a note. Without the note the server refuses it
   * at its field and nothing is recorded; with it, the talk is kept with the case.
   */
  @Test
  void aSocialWorkerRecordsAFamilyTalkFromTasklist() throws Exception {
    String caseReference = refer("Amira", UniqueNames.withLetters("Talk"), "SA-" + UUID.randomUUID());
    java.time.LocalDate today = java.time.LocalDate.now();
    signIn("sw-borlange");
    clickable(By.xpath("//a[contains(normalize-space(.), 'Start process')]")).click();
    clickable(By.xpath("//a[contains(normalize-space(.), 'Record a case event')]")).click();
    type(By.cssSelector("input[id$='-case-event-caseReference']"), caseReference);
    choose("What happened", "Family talk");
    type(By.cssSelector("input[id*='-case-event-eventDate']"),
        today.format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy")));
    browser.findElement(By.cssSelector("input[id*='-case-event-eventDate']")).sendKeys(org.openqa.selenium.Keys.TAB);
    screenshot("case-event-without-note");
    browser.findElement(By.xpath("//button[normalize-space(.) = 'Start']")).click();
    WebElement refusal = visible(By.cssSelector(".fjs-form-field .rehab-refusal"));
    assertThat(refusal.getText()).contains("Say who took part");
    assertThat(jdbc.sql("select count(*) from case_event where case_reference = ?").param(caseReference)
        .query(Long.class).single()).as("nothing recorded").isZero();
    screenshot("case-event-refused");

    type(By.cssSelector("textarea[id$='-case-event-eventNote']"), "With her mother: the family supports the plan");
    browser.findElement(By.xpath("//button[normalize-space(.) = 'Start']")).click();
    visible(By.xpath("//*[contains(normalize-space(.), 'The process has been started')]"));
    screenshot("case-event-recorded");
    assertThat(jdbc.sql("select kind || ' ' || occurred_on from case_event where case_reference = ?").param(caseReference)
        .query(String.class).single()).isEqualTo("FAMILY_TALK " + today);
  }

  /**
   * The social worker agrees the activity plan in Tasklist, ticking measures in its checklist: the
   * ticks reach the plan (Tasklist submits them with the type of the options they come from).
   */
  @Test
  void aSocialWorkerAgreesTheActivityPlanTickingMeasuresInTasklist() throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, processEngine, "Amira", UniqueNames.withLetters("Plan"), "SA-" + UUID.randomUUID(), true);
    walker.includeAtSelection();
    String taskId = walker.openTaskId("agree-activity-plan");

    signIn("sw-borlange");
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
    clickable(By.xpath("//button[normalize-space(.) = 'Claim']")).click();
    type(By.cssSelector("input[id$='-agree-activity-plan-supervisor']"), "sw-borlange");
    choose("Step at intake", "Motivation and activation");
    clickable(By.xpath("//label[normalize-space(.) = 'Language course']")).click();
    clickable(By.xpath("//label[normalize-space(.) = 'Employer contact from the first day']")).click();
    clickable(By.xpath("//label[contains(normalize-space(.), 'The plan was agreed with the participant')]")).click();
    screenshot("activity-plan-filled");
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".page-notifications .alert")));
    clickable(By.xpath("//button[normalize-space(.) = 'Complete']")).click();
    wait.until(driver -> taskService.createTaskQuery().taskId(taskId).count() == 0);
    screenshot("activity-plan-agreed");
    assertThat(jdbc.sql("select kind from activity_measure where case_reference = ? order by kind")
        .param(walker.caseReference).query(String.class).list())
        .containsExactly("EMPLOYER_CONTACT", "LANGUAGE_COURSE");
  }

  /** Opens Tasklist's start form of a case and fills it for Aino (consent not yet answered). */
  private void fillTheReferralStartForm(String lastName, String reference) throws Exception {
    clickable(By.xpath("//a[contains(normalize-space(.), 'Start process')]")).click();
    clickable(By.xpath("//a[contains(normalize-space(.), 'Rehabilitation case')]")).click();
    visible(By.cssSelector("input[id$='-referral-firstName']")).sendKeys("Aino");
    browser.findElement(By.cssSelector("input[id$='-referral-lastName']")).sendKeys(lastName);
    browser.findElement(By.cssSelector("input[id$='-referral-birthYear']")).sendKeys("1988");
    browser.findElement(By.xpath("//label[contains(normalize-space(.), 'Woman')]")).click();
    browser.findElement(By.xpath("//label[contains(normalize-space(.), 'Service site')]/following::div[contains(@class, 'fjs-input-group')][1]")).click();
    WebElement borlange = clickable(By.xpath("//div[contains(@class, 'fjs-dropdownlist-item') and normalize-space(.) = 'Borlänge']"));
    assertThat(browser.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
        .filter(WebElement::isDisplayed).map(WebElement::getText).toList())
        .as("a social worker of Borlänge is offered Borlänge alone").containsExactly("Borlänge");
    borlange.click();
    type(By.cssSelector("input[id$='-referral-referrerService']"), "social-assistance");
    type(By.cssSelector("input[id$='-referral-referrerReference']"), reference);
  }

  private void signIn(String user) throws Exception {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
    visible(By.cssSelector("input[ng-model='username']")).sendKeys(user);
    browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    visible(By.xpath("//*[contains(normalize-space(.), \"Offered to me\")]"));
  }

  /** Opens a case as the referral API does; its case reference. */
  private String refer(String firstName, String lastName, String reference) throws Exception {
    return CaseWalker.refer(rest, processEngine, firstName, lastName, reference, true).caseReference;
  }

  private void assertNoSeriousAccessibilityFault(String page) throws Exception {
    Thread.sleep(1000); // Tasklist finishes rendering (and the project's script naming its buttons)
    screenshot("axe-" + page.replace(' ', '-'));
    org.rehabpath.support.Accessibility.assertNoSeriousFault(browser, page);
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
    clickable(By.xpath("//label[starts-with(normalize-space(.), '" + label + "')]/following::div[contains(@class, 'fjs-input-group')][1]")).click();
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
