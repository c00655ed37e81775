package org.rehabpath.activityplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.Test;
import org.rehabpath.assessment.AssessmentVariables;
import org.rehabpath.routing.RoutingVariables;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One test per rule of {@code activity-measures} (hit policy COLLECT): each changes one thing of a
 * participant for whom only the rule of every case applies, and checks the measure it adds.
 */
@IntegrationTest
class ActivityMeasuresDecisionTest {

  @Autowired DecisionService decisionService;

  /** On the other-interventions path, with nothing that calls for a measure but employer contact. */
  static Map<String, Object> neutral() {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put(RoutingVariables.PATHWAY.name(), "OTHER_INTERVENTIONS");
    inputs.put(RoutingVariables.TARGET_GROUP.name(), null);
    inputs.put(AssessmentVariables.SUPPORT_NEED.name(), "LOW");
    inputs.put(AssessmentVariables.WORK_CAPACITY.name(), 2);
    inputs.put(AssessmentVariables.SOCIAL_NETWORK.name(), "STRONG");
    inputs.put(AssessmentVariables.HOUSING_SITUATION.name(), "STABLE");
    inputs.put(AssessmentVariables.LANGUAGE_SUPPORT_NEEDED.name(), false);
    return inputs;
  }

  List<Object> proposals(Map<String, Object> changes) {
    Map<String, Object> inputs = neutral();
    inputs.putAll(changes);
    return decisionService.evaluateDecisionTableByKey("activity-measures")
        .decisionDefinitionWithoutTenantId().variables(inputs).evaluate().collectEntries("measure");
  }

  @Test
  void employerContactFromTheFirstDayOnEveryPathway() {
    assertThat(proposals(Map.of())).containsExactly("EMPLOYER_CONTACT");
    assertThat(proposals(Map.of(RoutingVariables.PATHWAY.name(), "WORK_REHABILITATION", RoutingVariables.TARGET_GROUP.name(), "B")))
        .contains("EMPLOYER_CONTACT");
  }

  @Test
  void theInternshipIsOneMeasureOfTheWorkRehabilitationPathway() {
    assertThat(proposals(Map.of(RoutingVariables.PATHWAY.name(), "WORK_REHABILITATION", RoutingVariables.TARGET_GROUP.name(), "B")))
        .containsExactly("EMPLOYER_CONTACT", "INTERNSHIP");
  }

  @Test
  void languageTeachingForThoseWhoNeedIt() {
    assertThat(proposals(Map.of(AssessmentVariables.LANGUAGE_SUPPORT_NEEDED.name(), true)))
        .containsExactly("EMPLOYER_CONTACT", "LANGUAGE_COURSE");
  }

  @Test
  void healthAndLifestyleWithAHighSupportNeed() {
    assertThat(proposals(Map.of(AssessmentVariables.SUPPORT_NEED.name(), "HIGH")))
        .containsExactly("EMPLOYER_CONTACT", "HEALTH_AND_LIFESTYLE", "TREATMENT_FOLLOW_UP");
  }

  @Test
  void healthAndLifestyleWithVeryLimitedWorkCapacity() {
    assertThat(proposals(Map.of(AssessmentVariables.WORK_CAPACITY.name(), 1)))
        .containsExactly("EMPLOYER_CONTACT", "HEALTH_AND_LIFESTYLE");
  }

  @Test
  void debtAndBenefitsAdviceWithInsecureHousingOrNone() {
    assertThat(proposals(Map.of(AssessmentVariables.HOUSING_SITUATION.name(), "INSECURE")))
        .containsExactly("EMPLOYER_CONTACT", "DEBT_AND_BENEFITS_ADVICE");
    assertThat(proposals(Map.of(AssessmentVariables.HOUSING_SITUATION.name(), "HOMELESS")))
        .containsExactly("EMPLOYER_CONTACT", "DEBT_AND_BENEFITS_ADVICE");
  }

  @Test
  void aGroupActivityBuildsRelationsWhereTheNetworkIsWeakOrMissing() {
    assertThat(proposals(Map.of(AssessmentVariables.SOCIAL_NETWORK.name(), "WEAK")))
        .containsExactly("EMPLOYER_CONTACT", "GROUP_ACTIVITY");
  }

  @Test
  void familyTalksInTargetGroupCWithAFamilyOrNetworkToInvolve() {
    Map<String, Object> targetC = Map.of(RoutingVariables.PATHWAY.name(), "WORK_REHABILITATION",
        RoutingVariables.TARGET_GROUP.name(), "C");
    assertThat(proposals(targetC)).containsExactly("EMPLOYER_CONTACT", "INTERNSHIP", "FAMILY_TALKS");
    Map<String, Object> alone = new HashMap<>(targetC);
    alone.put(AssessmentVariables.SOCIAL_NETWORK.name(), "NONE");
    assertThat(proposals(alone)).as("nobody to talk with: a group instead")
        .containsExactly("EMPLOYER_CONTACT", "INTERNSHIP", "GROUP_ACTIVITY");
  }

  @Test
  void theTreatmentIsFollowedUpWithAModerateSupportNeed() {
    assertThat(proposals(Map.of(AssessmentVariables.SUPPORT_NEED.name(), "MODERATE")))
        .containsExactly("EMPLOYER_CONTACT", "TREATMENT_FOLLOW_UP");
  }
}
