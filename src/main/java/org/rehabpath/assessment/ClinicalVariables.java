package org.rehabpath.assessment;

import java.util.List;

/**
 * The clinical details recorded in the clinical assessment ({@code clinical-assessment}). They are
 * special-category health data (GDPR Art. 9): they stay in the clinical assessment's own process
 * instance, read by doctors and psychologists only. Only {@link AssessmentVariables#SUPPORT_NEED}
 * is handed back to the case.
 */
public final class ClinicalVariables {

  public static final String PROCESS_KEY = "clinical-assessment";
  public static final String DECISION_KEY = "clinical-support-need";

  public static final String ACTIVE_ADDICTION = "activeAddiction";
  public static final String IN_TREATMENT = "inTreatment";
  public static final String PSYCHIATRIC_CONDITION = "psychiatricCondition";
  public static final String CHRONIC_ILLNESS = "chronicIllness";
  public static final String HEALTH_STABLE = "healthStable";
  /** Free text: diagnoses, treatment, medication. */
  public static final String DIAGNOSIS_NOTES = "diagnosisNotes";

  /** The yes/no findings the decision {@code clinical-support-need} reads; each must be answered. */
  public static final List<String> FINDINGS =
      List.of(ACTIVE_ADDICTION, IN_TREATMENT, PSYCHIATRIC_CONDITION, CHRONIC_ILLNESS, HEALTH_STABLE);

  /** Every clinical variable: none of these may ever appear among the case's variables. */
  public static final List<String> ALL =
      List.of(ACTIVE_ADDICTION, IN_TREATMENT, PSYCHIATRIC_CONDITION, CHRONIC_ILLNESS, HEALTH_STABLE,
          DIAGNOSIS_NOTES);

  private ClinicalVariables() {}
}
