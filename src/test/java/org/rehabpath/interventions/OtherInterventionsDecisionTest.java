package org.rehabpath.interventions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** One test per rule of {@code other-interventions} (hit policy COLLECT). */
@IntegrationTest
class OtherInterventionsDecisionTest {

  @Autowired DecisionService decisionService;

  /** A participant for whom no rule applies; each test changes one input. */
  static Map<String, Object> neutral() {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("supportNeed", "LOW");
    inputs.put("workCapacity", 2);
    inputs.put("socialNetwork", "STRONG");
    inputs.put("housingSituation", "STABLE");
    inputs.put("languageSupportNeeded", false);
    inputs.put("motivated", true);
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
    assertThat(proposals("supportNeed", "HIGH")).containsExactly("CLINICAL_CARE");
    assertThat(proposals("supportNeed", "MODERATE")).isEmpty();
  }

  @Test
  void insecureHousingOrHomelessnessProposesHousingSupport() {
    assertThat(proposals("housingSituation", "INSECURE")).containsExactly("HOUSING_SUPPORT");
    assertThat(proposals("housingSituation", "HOMELESS")).containsExactly("HOUSING_SUPPORT");
  }

  @Test
  void languageNeedsProposeALanguageCourse() {
    assertThat(proposals("languageSupportNeeded", true)).containsExactly("LANGUAGE_COURSE");
  }

  @Test
  void aWeakOrNoSocialNetworkProposesSocialActivation() {
    assertThat(proposals("socialNetwork", "NONE")).containsExactly("SOCIAL_ACTIVATION");
    assertThat(proposals("socialNetwork", "WEAK")).containsExactly("SOCIAL_ACTIVATION");
  }

  @Test
  void aParticipantNotMotivatedIsOfferedMotivationalSupport() {
    assertThat(proposals("motivated", false)).containsExactly("MOTIVATIONAL_SUPPORT");
  }

  @Test
  void noWorkCapacityProposesHealthAndLifestyleSupport() {
    assertThat(proposals("workCapacity", 0)).as("with the debt and benefits advice for capacity 0-1")
        .containsExactly("HEALTH_AND_LIFESTYLE", "DEBT_AND_BENEFITS_ADVICE");
    assertThat(proposals("workCapacity", 1)).doesNotContain("HEALTH_AND_LIFESTYLE");
  }

  @Test
  void littleOrNoWorkCapacityProposesDebtAndBenefitsAdvice() {
    assertThat(proposals("workCapacity", 1)).containsExactly("DEBT_AND_BENEFITS_ADVICE");
    assertThat(proposals("workCapacity", 0)).contains("DEBT_AND_BENEFITS_ADVICE");
    assertThat(proposals("workCapacity", 2)).isEmpty();
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
    inputs.putAll(Map.of("supportNeed", "HIGH", "workCapacity", 0, "socialNetwork", "NONE",
        "housingSituation", "HOMELESS", "languageSupportNeeded", true, "motivated", false));
    assertThat(decisionService.evaluateDecisionTableByKey("other-interventions").decisionDefinitionWithoutTenantId()
            .variables(inputs).evaluate().collectEntries("intervention"))
        .containsExactly("CLINICAL_CARE", "HOUSING_SUPPORT", "LANGUAGE_COURSE", "SOCIAL_ACTIVATION",
            "MOTIVATIONAL_SUPPORT", "HEALTH_AND_LIFESTYLE", "DEBT_AND_BENEFITS_ADVICE");
  }
}
