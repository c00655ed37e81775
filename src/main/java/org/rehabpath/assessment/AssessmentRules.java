package org.rehabpath.assessment;

import java.util.Arrays;
import java.util.Map;
import org.rehabpath.engine.FieldRefusal;
import org.rehabpath.web.MessageText;

/**
 * Server-side checks of the assessment tasks that the forms' own validation cannot express (a
 * checkbox cannot be "required", and a REST client may skip the form). Pure functions over the
 * task's variables, so they are unit tested without an engine.
 */
public final class AssessmentRules {

  private AssessmentRules() {}

  /** The social assessment: a network, a housing situation and both yes/no answers. */
  public static void checkSocialAssessment(Map<String, Object> variables) {
    requireOneOf(variables, AssessmentVariables.SOCIAL_NETWORK.name(), SocialNetwork.values());
    requireOneOf(variables, AssessmentVariables.HOUSING_SITUATION.name(), HousingSituation.values());
    requireBoolean(variables, AssessmentVariables.LANGUAGE_SUPPORT_NEEDED.name());
    requireBoolean(variables, AssessmentVariables.MOTIVATED.name());
  }

  /**
   * The work-capacity assessment: a whole number 0-4 and the functional limitations.
   *
   * @return the work capacity as an int (clients may send Long or Double)
   */
  public static int checkWorkCapacityAssessment(Map<String, Object> variables) {
    int level;
    try {
      level = WorkCapacity.level(variables.get(AssessmentVariables.WORK_CAPACITY.name()));
    } catch (WorkCapacity.Invalid e) {
      throw FieldRefusal.of(AssessmentVariables.WORK_CAPACITY.name(), e.text());
    }
    requireText(variables, AssessmentVariables.FUNCTIONAL_LIMITATIONS.name(),
        MessageText.of("assessment.functionalLimitations.missing"));
    return level;
  }

  /**
   * The clinical assessment: every yes/no finding the decision reads must be answered, and a
   * treatment that is ending must be a treatment: otherwise the decision would read target group B
   * from a contradiction.
   */
  public static void checkClinicalFindings(Map<String, Object> variables) {
    ClinicalVariables.FINDINGS.forEach(name -> requireBoolean(variables, name));
    if (Boolean.TRUE.equals(variables.get(ClinicalVariables.TREATMENT_ENDING.name()))
        && Boolean.FALSE.equals(variables.get(ClinicalVariables.IN_TREATMENT.name()))) {
      throw FieldRefusal.of(ClinicalVariables.TREATMENT_ENDING.name(),
          MessageText.of("assessment.treatmentEnding.notInTreatment"));
    }
  }

  static void requireBoolean(Map<String, Object> variables, String name) {
    Object value = variables.get(name);
    if (!(value instanceof Boolean)) {
      throw FieldRefusal.of(name, value == null ? MessageText.of("assessment.yesNo.missing", name)
          : MessageText.of("assessment.yesNo.invalid", name, value));
    }
  }

  static void requireOneOf(Map<String, Object> variables, String name, Enum<?>[] allowed) {
    Object value = variables.get(name);
    boolean known = value != null && Arrays.stream(allowed).anyMatch(a -> a.name().equals(value.toString()));
    if (!known) {
      throw FieldRefusal.of(name, value == null
          ? MessageText.of("assessment.choice.missing", Arrays.toString(allowed), name)
          : MessageText.of("assessment.choice.invalid", Arrays.toString(allowed), name, value));
    }
  }

  static void requireText(Map<String, Object> variables, String name, MessageText message) {
    Object value = variables.get(name);
    if (value == null || value.toString().isBlank()) {
      throw FieldRefusal.of(name, message);
    }
  }
}
