package org.rehabpath.assessment;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of the resource inventory ({@code resource-inventory}) that the case receives. The
 * clinical details are named apart, in {@link ClinicalVariables}: they never leave the clinical
 * assessment.
 */
public final class AssessmentVariables {

  public static final String PROCESS_KEY = "resource-inventory";

  // Social assessment (social workers)
  public static final String SOCIAL_NETWORK = "socialNetwork";
  public static final String HOUSING_SITUATION = "housingSituation";
  public static final String LANGUAGE_SUPPORT_NEEDED = "languageSupportNeeded";
  public static final String MOTIVATED = "motivated";
  public static final String SOCIAL_NOTES = "socialNotes";

  // Work-capacity assessment (occupational therapists)
  public static final String WORK_CAPACITY = "workCapacity";
  /** What the participant can and cannot do, in plain words; never a diagnosis. */
  public static final String FUNCTIONAL_LIMITATIONS = "functionalLimitations";
  public static final String WORK_CAPACITY_NOTES = "workCapacityNotes";

  // Labour-market assessment (labour-market officers)
  public static final String WORK_EXPERIENCE = "workExperience";
  /** A list of sector names (a checklist in the form: a Json list). */
  public static final String PREFERRED_SECTORS = "preferredSectors";
  public static final String LABOUR_MARKET_NOTES = "labourMarketNotes";

  /** The one conclusion of the clinical assessment the case receives. */
  public static final String SUPPORT_NEED = "supportNeed";

  /** Everything the resource inventory hands back to the case, in this order. */
  public static final List<String> RESULTS =
      List.of(
          SOCIAL_NETWORK, HOUSING_SITUATION, LANGUAGE_SUPPORT_NEEDED, MOTIVATED, SOCIAL_NOTES,
          WORK_CAPACITY, FUNCTIONAL_LIMITATIONS, WORK_CAPACITY_NOTES,
          WORK_EXPERIENCE, PREFERRED_SECTORS, LABOUR_MARKET_NOTES,
          SUPPORT_NEED);

  private AssessmentVariables() {}

  public static SupportNeed supportNeed(VariableScope scope) {
    Object value = scope.getVariable(SUPPORT_NEED);
    return value == null ? null : SupportNeed.valueOf(value.toString());
  }

  public static SocialNetwork socialNetwork(VariableScope scope) {
    Object value = scope.getVariable(SOCIAL_NETWORK);
    return value == null ? null : SocialNetwork.valueOf(value.toString());
  }

  public static HousingSituation housingSituation(VariableScope scope) {
    Object value = scope.getVariable(HOUSING_SITUATION);
    return value == null ? null : HousingSituation.valueOf(value.toString());
  }

  public static Integer workCapacity(VariableScope scope) {
    Object value = scope.getVariable(WORK_CAPACITY);
    return value == null ? null : WorkCapacity.level(value);
  }

  public static Boolean motivated(VariableScope scope) {
    return (Boolean) scope.getVariable(MOTIVATED);
  }

  public static Boolean languageSupportNeeded(VariableScope scope) {
    return (Boolean) scope.getVariable(LANGUAGE_SUPPORT_NEEDED);
  }
}
