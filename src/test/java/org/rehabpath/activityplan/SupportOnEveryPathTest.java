package org.rehabpath.activityplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.CaseWalker;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.UniqueNames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A case on each pathway followed for months by its supervisor and team, as they work it over the
 * API: the plan agreed at intake, measures proposed once the pathway is decided and agreed at a
 * follow-up, steps from the baseline on, the internship's reviews beside the follow-ups; on the
 * other-interventions path a re-assessment started at a follow-up instead of six months later.
 */
@IntegrationTest
class SupportOnEveryPathTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;

  CaseWalker newCase(String firstName) throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, engine, firstName, UniqueNames.withLetters("Path"), "SA-" + UUID.randomUUID(), true);
    walker.includeAtSelection();
    walker.agreeActivityPlan();
    return walker;
  }

  JsonNode plan(CaseWalker walker) throws Exception {
    return walker.get("sw-borlange", "/api/cases/" + walker.caseReference + "/activity-plan");
  }

  String idOf(JsonNode plan, String kind) {
    for (JsonNode measure : plan.get("measures")) {
      if (measure.get("kind").asText().equals(kind)) {
        return measure.get("id").asText();
      }
    }
    throw new AssertionError("no " + kind + " in " + plan);
  }

  @Test
  void onTheWorkRehabilitationPathMeasuresRunBesideTheInternshipWithFollowUpsAndReviews() throws Exception {
    CaseWalker walker = newCase("Hanna");
    walker.inventoryResources(true, 3, false);
    walker.confirmPathway();

    JsonNode plan = plan(walker);
    assertThat(plan.get("supervisor").asText()).isEqualTo("sw-borlange");
    assertThat(plan.get("measures").findValuesAsText("kind"))
        .as("agreed at intake, then proposed for the pathway (employer contact is held already)")
        .containsExactly("EMPLOYER_CONTACT", "LANGUAGE_COURSE", "INTERNSHIP", "GROUP_ACTIVITY");
    assertThat(plan.get("measures").findValuesAsText("status")).containsExactly("AGREED", "AGREED", "PROPOSED", "PROPOSED");
    JsonNode status = walker.get("sw-borlange", "/api/cases/" + walker.caseReference);
    assertThat(status.get("activityPlan").get("measures")).hasSize(4);
    assertThat(walker.get("integration", "/api/cases/" + walker.caseReference).has("activityPlan"))
        .as("integrations do not read the plan").isFalse();

    walker.findInternshipSite();
    walker.agreeIndividualPlan();
    walker.moveClock("P14D");
    walker.complete("supervisor-follow-up", "measuresAgreed", List.of(idOf(plan, "INTERNSHIP")),
        "measuresUnderWay", List.of(idOf(plan, "LANGUAGE_COURSE")), "stepReached", "PROTECTED_WORK",
        "followUpNote", "Started at the host; language course twice a week");
    walker.internshipMonth("PROTECTED_WORK", null, "CONTINUE");
    walker.complete("supervisor-follow-up", "measuresUnderWay", List.of(idOf(plan, "INTERNSHIP")), "stepReached", "SUPPORTED_WORK");
    walker.internshipMonth("SUPPORTED_WORK", null, "CONTINUE");

    JsonNode after = plan(walker);
    assertThat(after.get("measures").findValuesAsText("status")).containsExactly("AGREED", "UNDER_WAY", "UNDER_WAY", "PROPOSED");
    JsonNode steps = walker.get("sw-borlange", "/api/cases/" + walker.caseReference + "/steps").get("steps");
    assertThat(steps.findValuesAsText("source")).startsWith("INTAKE", "FOLLOW_UP").contains("REVIEW");
    assertThat(steps.get(0).get("step").asText()).as("the baseline").isEqualTo("MOTIVATION");
    assertThat(steps.findValuesAsText("movement")).contains("FORWARD");
  }

  @Test
  void onTheOtherInterventionsPathFollowUpsGoOnAndTheTeamReassessesWithoutWaiting() throws Exception {
    CaseWalker walker = newCase("Ivar");
    walker.inventoryResources(false, 1, false);
    walker.confirmPathway();
    assertThat(plan(walker).get("measures").findValuesAsText("kind"))
        .as("measures on this path too").contains("HEALTH_AND_LIFESTYLE", "GROUP_ACTIVITY");
    walker.complete("record-referrals", "interventionsReferred", List.of("SOCIAL_ACTIVATION"), "referralNotes", "Tuesdays");
    walker.moveClock("P14D");
    walker.complete("supervisor-follow-up", "stepReached", "MOTIVATION", "followUpNote", "Comes to the meeting place");
    walker.moveClock("P14D");
    walker.complete("supervisor-follow-up", "stepReached", "REGULAR_ACTIVITY", "reassessNow", true,
        "followUpNote", "Ready to try again: agreed to a new inventory");

    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(walker.caseReference)
        .taskDefinitionKey("assess-work-capacity").count()).as("back at the resource inventory, two months in").isOne();
    assertThat(walker.get("sw-borlange", "/api/cases/" + walker.caseReference + "/steps").get("steps")
        .findValuesAsText("step")).containsExactly("MOTIVATION", "MOTIVATION", "REGULAR_ACTIVITY");
  }
}
