package org.rehabpath.assessment;

import static org.rehabpath.variables.ProcessVariable.*;

import java.util.List;
import org.rehabpath.security.ClinicalRecords;
import org.rehabpath.variables.CaseVariables;
import org.rehabpath.variables.ProcessContract;
import org.rehabpath.variables.ProcessVariable;

/**
 * The clinical details recorded in the clinical assessment ({@code clinical-assessment}). They are
 * special-category health data (GDPR Art. 9): they stay in the clinical assessment's own process
 * instance, read by doctors and psychologists only. Only the decision's conclusions, {@link
 * AssessmentVariables#SUPPORT_NEED} and {@link AssessmentVariables#CLINICAL_TARGET_GROUP}, are handed
 * back to the case.
 */
public final class ClinicalVariables {

  public static final ProcessVariable<Boolean> ACTIVE_ADDICTION = flag("activeAddiction");
  public static final ProcessVariable<Boolean> IN_TREATMENT = flag("inTreatment");
  public static final ProcessVariable<Boolean> PSYCHIATRIC_CONDITION = flag("psychiatricCondition");
  public static final ProcessVariable<Boolean> CHRONIC_ILLNESS = flag("chronicIllness");
  public static final ProcessVariable<Boolean> HEALTH_STABLE = flag("healthStable");
  /** The treatment is coming to its end: the internship would close the path of care (target B). */
  public static final ProcessVariable<Boolean> TREATMENT_ENDING = flag("treatmentEnding");
  /** Free text: diagnoses, treatment, medication. */
  public static final ProcessVariable<String> DIAGNOSIS_NOTES = text("diagnosisNotes");

  /** The yes/no findings the decision {@code clinical-support-need} reads; each must be answered. */
  public static final List<String> FINDINGS =
      ProcessVariable.names(ACTIVE_ADDICTION, IN_TREATMENT, PSYCHIATRIC_CONDITION, CHRONIC_ILLNESS, HEALTH_STABLE,
          TREATMENT_ENDING);

  /** Every clinical variable: none of these may ever appear among the case's variables. */
  public static final List<String> ALL =
      ProcessVariable.names(ACTIVE_ADDICTION, IN_TREATMENT, PSYCHIATRIC_CONDITION, CHRONIC_ILLNESS, HEALTH_STABLE,
          TREATMENT_ENDING, DIAGNOSIS_NOTES);

  private ClinicalVariables() {}

  /** Every variable the process holds, each with its type. */
  public static ProcessContract contract() {
    return ProcessContract.of(ClinicalRecords.PROCESS_KEY, ClinicalVariables.class, CaseVariables.class)
        .with(AssessmentVariables.SUPPORT_NEED, AssessmentVariables.CLINICAL_TARGET_GROUP);
  }
}
