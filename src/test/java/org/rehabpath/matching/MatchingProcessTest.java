package org.rehabpath.matching;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabpath.routing.RoutingVariables;
import org.rehabpath.site.InternshipSite;
import org.rehabpath.site.InternshipSiteRepository;
import org.rehabpath.site.SiteDirectory;
import org.rehabpath.site.SiteKind;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.TestClock;
import org.rehabpath.variables.CaseVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each path through {@code matching}: accepted, declined then accepted, site full, escalation kept
 * searching or rerouted, and the refusals. Every test adds its own sites in borlange (unique names,
 * the most free places so that they come first) and deactivates them afterwards.
 */
@IntegrationTest
class MatchingProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired InternshipSiteRepository sites;
  @Autowired SiteDirectory siteDirectory;
  @Autowired JdbcClient jdbc;
  @Autowired TestRestTemplate rest;

  final List<Long> ownSites = new ArrayList<>();

  @BeforeEach
  void initAssertions() {
    AbstractAssertions.init(processEngine);
  }

  @AfterEach
  void cleanUp() {
    AbstractAssertions.reset();
    TestClock.reset();
    ownSites.forEach(id -> jdbc.sql("update internship_site set active = false where id = :id").param("id", id).update());
  }

  @Test
  void hostAcceptsAndThePlaceIsTaken() {
    InternshipSite site = site("Accepting cooperative", 50, true, false);
    ProcessInstance matching = startMatching("B");

    Task choice = choiceTask(matching);
    Assertions.assertThat(suitableSiteIds(matching)).first().isEqualTo(String.valueOf(site.id()));
    complete(choice, withVariables(MatchingVariables.INTERNSHIP_SITE_ID.name(), String.valueOf(site.id())));

    Task host = hostTask(matching);
    Assertions.assertThat(taskService.getVariable(host.getId(), MatchingVariables.INTERNSHIP_SITE_NAME.name())).isEqualTo(site.name());
    Assertions.assertThat(taskService.getVariables(host.getId()))
        .as("the host's task carries no other site nor anyone's free places")
        .doesNotContainKey(MatchingVariables.SUITABLE_SITES.name());
    complete(host, withVariables(MatchingVariables.HOST_DECISION.name(), "ACCEPT"));

    assertThat(matching).isEnded()
        .hasPassedInOrder("propose-suitable-sites", "choose-internship-site", "accept-or-decline-placement",
            "take-place", "site-found", "internship-site-matched")
        .variables()
        .containsEntry(MatchingVariables.MATCHING_OUTCOME.name(), "MATCHED")
        .containsEntry(MatchingVariables.INTERNSHIP_SITE_ID.name(), String.valueOf(site.id()))
        .containsEntry(MatchingVariables.INTERNSHIP_SITE_NAME.name(), site.name());
    Assertions.assertThat(siteDirectory.site(site.id()).placesTaken()).isEqualTo(1);
  }

  @Test
  void hostDeclinesThenTheNextSiteAccepts() {
    InternshipSite first = site("Declining bakery", 50, true, false);
    InternshipSite second = site("Second choice park", 40, true, false);
    ProcessInstance matching = startMatching("B");

    complete(choiceTask(matching), withVariables(MatchingVariables.INTERNSHIP_SITE_ID.name(), String.valueOf(first.id())));
    complete(hostTask(matching), withVariables(MatchingVariables.HOST_DECISION.name(), "DECLINE", MatchingVariables.DECLINE_REASON.name(), "No tutor free until autumn."));

    Task again = choiceTask(matching);
    Assertions.assertThat(taskService.getVariable(again.getId(), MatchingVariables.DECLINE_REASON.name())).isEqualTo("No tutor free until autumn.");
    Assertions.assertThat(taskService.getVariable(again.getId(), MatchingVariables.INTERNSHIP_SITE_ID.name())).isNull();
    Assertions.assertThat(suitableSiteIds(matching)).contains(String.valueOf(second.id()));
    complete(again, withVariables(MatchingVariables.INTERNSHIP_SITE_ID.name(), String.valueOf(second.id())));
    complete(hostTask(matching), withVariables(MatchingVariables.HOST_DECISION.name(), "ACCEPT"));

    assertThat(matching).isEnded().hasPassed("internship-site-matched").variables()
        .containsEntry(MatchingVariables.MATCHING_OUTCOME.name(), "MATCHED")
        .containsEntry(MatchingVariables.INTERNSHIP_SITE_NAME.name(), second.name());
    Assertions.assertThat(siteDirectory.site(first.id()).placesTaken()).isZero();
    Assertions.assertThat(siteDirectory.site(second.id()).placesTaken()).isEqualTo(1);
  }

  @Test
  void siteFilledMeanwhileProposesAgainWithoutIt() {
    InternshipSite lastPlace = site("One place workshop", 1, true, true);
    ProcessInstance matching = startMatching("C");

    complete(choiceTask(matching), withVariables(MatchingVariables.INTERNSHIP_SITE_ID.name(), String.valueOf(lastPlace.id())));
    siteDirectory.takePlace(lastPlace.id()); // another officer was quicker
    complete(hostTask(matching), withVariables(MatchingVariables.HOST_DECISION.name(), "ACCEPT"));

    Task again = choiceTask(matching);
    assertThat(matching).hasPassed("site-full").isNotEnded();
    Assertions.assertThat((String) taskService.getVariable(again.getId(), MatchingVariables.SITE_FULL_NOTICE.name()))
        .contains("One place workshop").contains("no free place");
    Assertions.assertThat(suitableSiteIds(matching)).doesNotContain(String.valueOf(lastPlace.id()));
    Assertions.assertThat(siteDirectory.site(lastPlace.id()).placesTaken()).isEqualTo(1);
    Assertions.assertThat(runtimeService.getVariable(matching.getId(), MatchingVariables.MATCHING_OUTCOME.name())).isNull();
  }

  @Test
  void overdueMatchingKeepsSearchingAndIsMatchedLater() {
    InternshipSite site = site("Patient cooperative", 50, true, false);
    ProcessInstance matching = startMatching("B");
    choiceTask(matching);

    Task overdue = escalate(matching);
    complete(overdue, withVariables(MatchingVariables.MATCHING_ESCALATION_DECISION.name(), "KEEP_SEARCHING"));

    assertThat(matching).hasPassed("search-continues").isNotEnded().isWaitingAt("choose-internship-site");
    complete(choiceTask(matching), withVariables(MatchingVariables.INTERNSHIP_SITE_ID.name(), String.valueOf(site.id())));
    complete(hostTask(matching), withVariables(MatchingVariables.HOST_DECISION.name(), "ACCEPT"));
    assertThat(matching).isEnded().variables().containsEntry(MatchingVariables.MATCHING_OUTCOME.name(), "MATCHED");
  }

  @Test
  void overdueMatchingReroutedEndsTheSearch() {
    site("Unchosen park", 50, true, false);
    ProcessInstance matching = startMatching("B");
    choiceTask(matching);

    complete(escalate(matching), withVariables(MatchingVariables.MATCHING_ESCALATION_DECISION.name(), "REROUTE",
        MatchingVariables.ESCALATION_COMMENT.name(), "No suitable host in the area."));

    assertThat(matching).isEnded().hasPassed("rerouted-to-other-interventions")
        .hasNotPassed("internship-site-matched")
        .variables().containsEntry(MatchingVariables.MATCHING_OUTCOME.name(), "REROUTED");
    Assertions.assertThat(taskService.createTaskQuery().processInstanceId(matching.getId()).count()).isZero();
  }

  @Test
  void matchedWhileTheEscalationIsOpenEndsTheEscalation() {
    InternshipSite site = site("Late but found", 50, true, false);
    ProcessInstance matching = startMatching("B");
    choiceTask(matching);
    escalate(matching);

    complete(choiceTask(matching), withVariables(MatchingVariables.INTERNSHIP_SITE_ID.name(), String.valueOf(site.id())));
    complete(hostTask(matching), withVariables(MatchingVariables.HOST_DECISION.name(), "ACCEPT"));

    assertThat(matching).isEnded().hasPassed("internship-site-matched").hasNotPassed("search-continues")
        .variables().containsEntry(MatchingVariables.MATCHING_OUTCOME.name(), "MATCHED");
  }

  @Test
  void aSiteThatWasNotProposedIsRefused() {
    InternshipSite onlyB = site("Only for B", 50, true, false);
    ProcessInstance matching = startMatching("C");
    Task choice = choiceTask(matching);

    Assertions.assertThatThrownBy(() -> taskService.complete(choice.getId(),
            Map.of(MatchingVariables.INTERNSHIP_SITE_ID.name(), String.valueOf(onlyB.id()))))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(MatchingVariables.INTERNSHIP_SITE_ID.name());
    Assertions.assertThatThrownBy(() -> taskService.complete(choice.getId(), Map.of(MatchingVariables.INTERNSHIP_SITE_ID.name(), "")))
        .isInstanceOf(FormFieldValidationException.class);
    assertThat(matching).isWaitingAt("choose-internship-site");
  }

  @Test
  void declineWithoutReasonIsRefusedOverRest() {
    InternshipSite site = site("Strict host", 50, true, false);
    ProcessInstance matching = startMatching("B");
    complete(choiceTask(matching), withVariables(MatchingVariables.INTERNSHIP_SITE_ID.name(), String.valueOf(site.id())));
    Task host = hostTask(matching);

    ResponseEntity<Map> response = rest.withBasicAuth("demo", "demo").postForEntity(
        "/engine-rest/task/{id}/complete",
        Map.of("variables", Map.of(MatchingVariables.HOST_DECISION.name(), Map.of("value", "DECLINE"))),
        Map.class, host.getId());

    Assertions.assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Assertions.assertThat((String) response.getBody().get("message")).contains(MatchingVariables.DECLINE_REASON.name());
    assertThat(matching).isWaitingAt("accept-or-decline-placement");
    Assertions.assertThatThrownBy(() -> taskService.complete(host.getId(), Map.of(MatchingVariables.HOST_DECISION.name(), "MAYBE")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(MatchingVariables.HOST_DECISION.name());
  }

  @Test
  void escalationWithoutADecisionIsRefused() {
    site("Any site", 50, true, false);
    ProcessInstance matching = startMatching("B");
    choiceTask(matching);
    Task overdue = escalate(matching);

    Assertions.assertThatThrownBy(() -> taskService.complete(overdue.getId(), Map.of(MatchingVariables.MATCHING_ESCALATION_DECISION.name(), "WAIT")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(MatchingVariables.MATCHING_ESCALATION_DECISION.name());
    assertThat(matching).isWaitingAt("matching-overdue", "choose-internship-site");
  }

  @Test
  void aCaseWithoutTargetGroupIsRefused() {
    Assertions.assertThatThrownBy(() -> startMatching(null)).hasMessageContaining(RoutingVariables.TARGET_GROUP.name());
  }

  // --- helpers -----------------------------------------------------------------------------

  private InternshipSite site(String name, int places, boolean targetB, boolean targetC) {
    InternshipSite site = sites.insert(new InternshipSite(null, "borlange", name + " " + UUID.randomUUID(),
        SiteKind.SOCIAL_COOPERATIVE_B, "Test", "Testgatan 1", places, 0, "host-coop", targetB, targetC, true));
    ownSites.add(site.id());
    return site;
  }

  private ProcessInstance startMatching(String targetGroup) {
    String caseReference = "MT-" + UUID.randomUUID();
    Map<String, Object> variables = new HashMap<>();
    variables.put(CaseVariables.CASE_REFERENCE.name(), caseReference);
    variables.put(CaseVariables.PARTICIPANT_NAME.name(), "Alex Example");
    variables.put(CaseVariables.SERVICE_SITE.name(), "borlange");
    variables.put(RoutingVariables.TARGET_GROUP.name(), targetGroup);
    return runtimeService.startProcessInstanceByKey("matching", caseReference, variables);
  }

  private List<String> suitableSiteIds(ProcessInstance matching) {
    return MatchingVariables.siteIds(runtimeService.getVariable(matching.getId(), MatchingVariables.SUITABLE_SITES.name()));
  }

  private Task choiceTask(ProcessInstance matching) {
    assertThat(matching).isWaitingAt("choose-internship-site");
    Task task = task("choose-internship-site", matching);
    assertThat(task).hasName("Choose internship site: Alex Example").hasCandidateGroup("labour-market-officers");
    Assertions.assertThat(task.getDueDate()).isAfter(task.getCreateTime());
    return task;
  }

  private Task hostTask(ProcessInstance matching) {
    assertThat(matching).isWaitingAt("accept-or-decline-placement");
    Task task = task("accept-or-decline-placement", matching);
    assertThat(task).hasName("Accept or decline placement: Alex Example").hasCandidateUser("host-coop");
    Assertions.assertThat(taskService.getIdentityLinksForTask(task.getId()))
        .as("offered to the chosen site's host tutor alone, not to every host tutor")
        .allMatch(link -> link.getGroupId() == null);
    return task;
  }

  /** Moves the clock past the escalation period and fires the timer. */
  private Task escalate(ProcessInstance matching) {
    Job timer = managementService.createJobQuery().processInstanceId(matching.getId())
        .activityId("matching-overdue-timer").timers().singleResult();
    Assertions.assertThat(timer.getDuedate())
        .isCloseTo(Date.from(TestClock.now().toInstant().plus(Duration.ofDays(30))), 120_000);
    TestClock.setTo(new Date(timer.getDuedate().getTime() + 1000));
    managementService.executeJob(timer.getId());

    assertThat(matching).isWaitingAt("matching-overdue", "choose-internship-site");
    Task task = task("matching-overdue", matching);
    assertThat(task).hasName("Matching overdue: Alex Example").hasCandidateGroup("programme-managers");
    return task;
  }
}
