package org.rehabpath.interventions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Variables of the phase {@code other-interventions} and its decision of the same name. In from the
 * case: caseReference, participantName, serviceSite and the resource inventory's {@link #INPUTS}. Out
 * to the case: {@link #PROPOSED_INTERVENTIONS}, {@link #INTERVENTIONS_REFERRED},
 * {@link #REASSESSMENT_ACCEPTED}.
 */
public final class InterventionsVariables {

  public static final String PROCESS = "other-interventions";
  public static final String DECISION = "other-interventions";
  /** The decision table's output column (hit policy COLLECT). */
  public static final String OUTPUT_INTERVENTION = "intervention";

  // Inputs, from the resource inventory
  public static final String SUPPORT_NEED = "supportNeed";
  public static final String WORK_CAPACITY = "workCapacity";
  public static final String SOCIAL_NETWORK = "socialNetwork";
  public static final String HOUSING_SITUATION = "housingSituation";
  public static final String LANGUAGE_SUPPORT_NEEDED = "languageSupportNeeded";
  public static final String MOTIVATED = "motivated";
  public static final List<String> INPUTS = List.of(SUPPORT_NEED, WORK_CAPACITY, SOCIAL_NETWORK,
      HOUSING_SITUATION, LANGUAGE_SUPPORT_NEEDED, MOTIVATED);

  /** The codes the decision proposed (a list of {@link Intervention} names). */
  public static final String PROPOSED_INTERVENTIONS = "proposedInterventions";
  /** The proposals in words, one a line, shown on the social worker's form. */
  public static final String PROPOSED_INTERVENTIONS_SUMMARY = "proposedInterventionsSummary";
  /** The referrals actually made (checklist: a JSON array of codes). */
  public static final String INTERVENTIONS_REFERRED = "interventionsReferred";
  public static final String REFERRAL_NOTES = "referralNotes";
  /** The participant's answer to the re-assessment offer. */
  public static final String REASSESSMENT_ACCEPTED = "reassessmentAccepted";
  public static final String REASSESSMENT_NOTES = "reassessmentNotes";

  /** What the phase hands back to the case. */
  public static final List<String> RESULTS =
      List.of(PROPOSED_INTERVENTIONS, INTERVENTIONS_REFERRED, REASSESSMENT_ACCEPTED);

  private InterventionsVariables() {}

  public static List<String> proposedInterventions(VariableScope scope) {
    return codes(scope.getVariable(PROPOSED_INTERVENTIONS));
  }

  public static List<String> interventionsReferred(VariableScope scope) {
    return codes(scope.getVariable(INTERVENTIONS_REFERRED));
  }

  /** True only when the participant accepted; null (not yet asked) and false both mean no. */
  public static boolean reassessmentAccepted(VariableScope scope) {
    return Boolean.TRUE.equals(scope.getVariable(REASSESSMENT_ACCEPTED));
  }

  /** A list of codes from a Java collection or a JSON array (what Camunda Forms' checklist sends). */
  static List<String> codes(Object value) {
    List<String> codes = new ArrayList<>();
    if (value instanceof Collection<?> collection) {
      collection.forEach(code -> codes.add(String.valueOf(code)));
    } else if (value instanceof SpinJsonNode json && json.isArray()) {
      json.elements().forEach(code -> codes.add(code.isString() ? code.stringValue() : code.toString()));
    }
    return codes;
  }
}
