package org.rehabpath.interventions;

import static org.rehabpath.variables.ProcessVariable.*;

import java.util.List;
import org.rehabpath.assessment.AssessmentVariables;
import org.rehabpath.assessment.HousingSituation;
import org.rehabpath.assessment.SocialNetwork;
import org.rehabpath.assessment.SupportNeed;
import org.rehabpath.variables.CaseVariables;
import org.rehabpath.variables.ProcessContract;
import org.rehabpath.variables.ProcessVariable;

/**
 * Variables of the phase {@code other-interventions} and its decision of the same name. In from the
 * case: caseReference, participantName, serviceSite and the resource inventory's {@link #INPUTS}. Out
 * to the case: {@link #PROPOSED_INTERVENTIONS}, {@link #INTERVENTIONS_REFERRED},
 * {@link #REASSESSMENT_ACCEPTED}.
 */
public final class InterventionsVariables {

  public static final String PROCESS_KEY = "other-interventions";
  public static final String DECISION = "other-interventions";
  /** The decision table's output column (hit policy COLLECT). */
  public static final String OUTPUT_INTERVENTION = "intervention";

  // Inputs, from the resource inventory
  public static final ProcessVariable<SupportNeed> SUPPORT_NEED = AssessmentVariables.SUPPORT_NEED;
  public static final ProcessVariable<Integer> WORK_CAPACITY = AssessmentVariables.WORK_CAPACITY;
  public static final ProcessVariable<SocialNetwork> SOCIAL_NETWORK = AssessmentVariables.SOCIAL_NETWORK;
  public static final ProcessVariable<HousingSituation> HOUSING_SITUATION = AssessmentVariables.HOUSING_SITUATION;
  public static final ProcessVariable<Boolean> LANGUAGE_SUPPORT_NEEDED = AssessmentVariables.LANGUAGE_SUPPORT_NEEDED;
  public static final ProcessVariable<Boolean> MOTIVATED = AssessmentVariables.MOTIVATED;

  /** The codes the decision proposed (a list of {@link Intervention} names). */
  public static final ProcessVariable<List<String>> PROPOSED_INTERVENTIONS = ProcessVariable.codes("proposedInterventions");
  /** The proposals in words, one a line, shown on the social worker's form. */
  public static final ProcessVariable<String> PROPOSED_INTERVENTIONS_SUMMARY = text("proposedInterventionsSummary");
  /** The referrals actually made (checklist: a JSON array of codes). */
  public static final ProcessVariable<List<String>> INTERVENTIONS_REFERRED = ProcessVariable.codes("interventionsReferred");
  public static final ProcessVariable<String> REFERRAL_NOTES = text("referralNotes");
  /** The participant's answer to the re-assessment offer. */
  public static final ProcessVariable<Boolean> REASSESSMENT_ACCEPTED = flag("reassessmentAccepted");
  /** Starts the re-assessment before the period is over (from a supervisor follow-up); carries nothing. */
  public static final String MESSAGE_REASSESSMENT_REQUESTED = "reassessment-requested";
  public static final ProcessVariable<String> REASSESSMENT_NOTES = text("reassessmentNotes");

  private InterventionsVariables() {}

  /** Every variable the process holds, each with its type. */
  public static ProcessContract contract() {
    return ProcessContract.of(PROCESS_KEY, InterventionsVariables.class, CaseVariables.class);
  }

  /** A list of codes from a Java collection or a JSON array (what Camunda Forms' checklist sends); empty when absent. */
  static List<String> codes(Object value) {
    return PROPOSED_INTERVENTIONS.parse(value).orElse(List.of());
  }
}
