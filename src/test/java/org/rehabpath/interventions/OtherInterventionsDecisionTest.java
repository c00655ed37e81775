package org.rehabpath.interventions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.Test;
import org.rehabpath.assessment.AssessmentVariables;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** One test per rule of {@code other-interventions} (hit policy COLLECT). */
@IntegrationTest
class OtherInterventionsDecisionTest {

  @Autowired DecisionService decisionService;

  /** A participant for whom no rule applies; each test changes one input. */
  static Map<String, Object> neutral() {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put(AssessmentVariables.SUPPORT_NEED.name(), "LOW");
    inputs.put(AssessmentVariables.WORK_CAPACITY.name(), 2);
    inputs.put(AssessmentVariables.SOCIAL_NETWORK.name(), "STRONG");
    inputs.put(AssessmentVariables.HOUSING_SITUATION.name(), "STABLE");
    inputs.put(AssessmentVariables.LANGUAGE_SUPPORT_NEEDED.name(), false);
    inputs.put(AssessmentVariables.MOTIVATED.name(), true);
    return inputs;
  }

  List<Object> proposals(String input, Object value) {
    Map<String, Object> inputs = neutral();
    if (input != null) {
      inputs.put(input, value);
    }
    return decisionService.evaluateDecisionTableByKey("other-interventions")
        .decisionDefinitionWithoutTenantId().variables(inputs).evaluate().collectEntries("intervention");
  }

  @Test
  void noRuleAppliesToAParticipantWithoutNeeds() {
    assertThat(proposals(null, null)).isEmpty();
  }

  @Test
  void highSupportNeedProposesClinicalCare() {
    assertThat(proposals(AssessmentVariables.SUPPORT_NEED.name(), "HIGH")).containsExactly("CLINICAL_CARE");
    assertThat(proposals(AssessmentVariables.SUPPORT_NEED.name(), "MODERATE")).isEmpty();
  }

  @Test
  void insecureHousingOrHomelessnessProposesHousingSupport() {
    assertThat(proposals(AssessmentVariables.HOUSING_SITUATION.name(), "INSECURE")).containsExactly("HOUSING_SUPPORT");
    assertThat(proposals(AssessmentVariables.HOUSING_SITUATION.name(), "HOMELESS")).containsExactly("HOUSING_SUPPORT");
  }

  @Test
  void languageNeedsProposeALanguageCourse() {
    assertThat(proposals(AssessmentVariables.LANGUAGE_SUPPORT_NEEDED.name(), true)).containsExactly("LANGUAGE_COURSE");
  }

  @Test
  void aWeakOrNoSocialNetworkProposesSocialActivation() {
    assertThat(proposals(AssessmentVariables.SOCIAL_NETWORK.name(), "NONE")).containsExactly("SOCIAL_ACTIVATION");
    assertThat(proposals(AssessmentVariables.SOCIAL_NETWORK.name(), "WEAK")).containsExactly("SOCIAL_ACTIVATION");
  }

  @Test
  void aParticipantNotMotivatedIsOfferedMotivationalSupport() {
    assertThat(proposals(AssessmentVariables.MOTIVATED.name(), false)).containsExactly("MOTIVATIONAL_SUPPORT");
  }

  @Test
  void noWorkCapacityProposesHealthAndLifestyleSupport() {
    assertThat(proposals(AssessmentVariables.WORK_CAPACITY.name(), 0)).as("with the debt and benefits advice for capacity 0-1")
        .containsExactly("HEALTH_AND_LIFESTYLE", "DEBT_AND_BENEFITS_ADVICE");
    assertThat(proposals(AssessmentVariables.WORK_CAPACITY.name(), 1)).doesNotContain("HEALTH_AND_LIFESTYLE");
  }

  @Test
  void littleOrNoWorkCapacityProposesDebtAndBenefitsAdvice() {
    assertThat(proposals(AssessmentVariables.WORK_CAPACITY.name(), 1)).containsExactly("DEBT_AND_BENEFITS_ADVICE");
    assertThat(proposals(AssessmentVariables.WORK_CAPACITY.name(), 0)).contains("DEBT_AND_BENEFITS_ADVICE");
    assertThat(proposals(AssessmentVariables.WORK_CAPACITY.name(), 2)).isEmpty();
  }

  @Test
  void everyCodeTheTableCanProposeCanBeReferredOnTheForm() throws Exception {
    String table = java.nio.file.Files.readString(java.nio.file.Path.of("processes", "other-interventions.dmn"));
    String form = java.nio.file.Files.readString(java.nio.file.Path.of("forms", "other-interventions-referrals.form"));
    for (Intervention intervention : Intervention.values()) {
      assertThat(table).as("output value in the table").contains("\"" + intervention.name() + "\"");
      assertThat(form).as("checklist value on the form").contains("\"" + intervention.name() + "\"");
    }
  }

  @Test
  void everyApplicableRuleAddsItsService() {
    Map<String, Object> inputs = neutral();
    inputs.putAll(Map.of(AssessmentVariables.SUPPORT_NEED.name(), "HIGH", AssessmentVariables.WORK_CAPACITY.name(), 0, AssessmentVariables.SOCIAL_NETWORK.name(), "NONE",
        AssessmentVariables.HOUSING_SITUATION.name(), "HOMELESS", AssessmentVariables.LANGUAGE_SUPPORT_NEEDED.name(), true, AssessmentVariables.MOTIVATED.name(), false));
    assertThat(decisionService.evaluateDecisionTableByKey("other-interventions").decisionDefinitionWithoutTenantId()
            .variables(inputs).evaluate().collectEntries("intervention"))
        .containsExactly("CLINICAL_CARE", "HOUSING_SUPPORT", "LANGUAGE_COURSE", "SOCIAL_ACTIVATION",
            "MOTIVATIONAL_SUPPORT", "HEALTH_AND_LIFESTYLE", "DEBT_AND_BENEFITS_ADVICE");
  }
}
