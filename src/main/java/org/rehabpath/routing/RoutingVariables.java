package org.rehabpath.routing;

import static org.rehabpath.variables.ProcessVariable.*;

import org.rehabpath.assessment.AssessmentVariables;
import org.rehabpath.assessment.ClinicalTargetGroup;
import org.rehabpath.assessment.SocialNetwork;
import org.rehabpath.assessment.SupportNeed;
import org.rehabpath.variables.CaseVariables;
import org.rehabpath.variables.ProcessContract;
import org.rehabpath.variables.ProcessVariable;

/** The variables of the routing ({@code routing}) and its decision {@code rehabilitation-routing}. */
public final class RoutingVariables {

  public static final String PROCESS_KEY = "routing";
  public static final String DECISION_KEY = "rehabilitation-routing";

  // Inputs, from the resource inventory
  public static final ProcessVariable<Integer> WORK_CAPACITY = AssessmentVariables.WORK_CAPACITY;
  public static final ProcessVariable<SupportNeed> SUPPORT_NEED = AssessmentVariables.SUPPORT_NEED;
  /** B, C or none: the clinical part of the target group, without the finding behind it. */
  public static final ProcessVariable<ClinicalTargetGroup> CLINICAL_TARGET_GROUP = AssessmentVariables.CLINICAL_TARGET_GROUP;
  public static final ProcessVariable<SocialNetwork> SOCIAL_NETWORK = AssessmentVariables.SOCIAL_NETWORK;
  public static final ProcessVariable<Boolean> MOTIVATED = AssessmentVariables.MOTIVATED;

  // The decision's recommendation, kept as it was
  public static final ProcessVariable<Pathway> RECOMMENDED_PATHWAY = choice("recommendedPathway", Pathway.class);
  public static final ProcessVariable<TargetGroup> RECOMMENDED_TARGET_GROUP = choice("recommendedTargetGroup", TargetGroup.class);
  public static final ProcessVariable<String> ROUTING_RATIONALE = text("routingRationale");

  // The team's decision (pre-filled with the recommendation)
  public static final ProcessVariable<Pathway> PATHWAY = choice("pathway", Pathway.class);
  public static final ProcessVariable<TargetGroup> TARGET_GROUP = choice("targetGroup", TargetGroup.class);
  /** Required when the team's pathway or target group differ from the recommendation. */
  public static final ProcessVariable<String> OVERRIDE_REASON = text("overrideReason");

  /** The decision table's output columns. */
  public static final String OUTPUT_PATHWAY = "pathway";
  public static final String OUTPUT_TARGET_GROUP = "targetGroup";
  public static final String OUTPUT_RATIONALE = "rationale";

  private RoutingVariables() {}

  /** Every variable the process holds, each with its type. */
  public static ProcessContract contract() {
    return ProcessContract.of(PROCESS_KEY, RoutingVariables.class, CaseVariables.class);
  }
}
