package org.rehabpath.assessment;

import static org.rehabpath.variables.ProcessVariable.*;

import java.util.List;
import org.rehabpath.security.ClinicalRecords;
import org.rehabpath.variables.CaseVariables;
import org.rehabpath.variables.ProcessContract;
import org.rehabpath.variables.ProcessVariable;

/**
 * The variables of the resource inventory ({@code resource-inventory}) that the case receives. The
 * clinical details are named apart, in {@link ClinicalVariables}: they never leave the clinical
 * assessment.
 */
public final class AssessmentVariables {

  public static final String PROCESS_KEY = "resource-inventory";

  // Social assessment (social workers)
  public static final ProcessVariable<SocialNetwork> SOCIAL_NETWORK = choice("socialNetwork", SocialNetwork.class);
  public static final ProcessVariable<HousingSituation> HOUSING_SITUATION = choice("housingSituation", HousingSituation.class);
  public static final ProcessVariable<Boolean> LANGUAGE_SUPPORT_NEEDED = flag("languageSupportNeeded");
  public static final ProcessVariable<Boolean> MOTIVATED = flag("motivated");
  public static final ProcessVariable<String> SOCIAL_NOTES = text("socialNotes");

  // Work-capacity assessment (occupational therapists)
  public static final ProcessVariable<Integer> WORK_CAPACITY = wholeNumber("workCapacity");
  /** What the participant can and cannot do, in plain words; never a diagnosis. */
  public static final ProcessVariable<String> FUNCTIONAL_LIMITATIONS = text("functionalLimitations");
  public static final ProcessVariable<String> WORK_CAPACITY_NOTES = text("workCapacityNotes");

  // Labour-market assessment (labour-market officers)
  public static final ProcessVariable<String> WORK_EXPERIENCE = text("workExperience");
  /** A list of sector names (a checklist in the form: a Json list). */
  public static final ProcessVariable<List<String>> PREFERRED_SECTORS = codes("preferredSectors");
  public static final ProcessVariable<String> LABOUR_MARKET_NOTES = text("labourMarketNotes");

  // The clinical assessment's conclusions, the only things the case receives from it
  public static final ProcessVariable<SupportNeed> SUPPORT_NEED = choice(ClinicalRecords.SUPPORT_NEED, SupportNeed.class);
  /** B, C, or absent when the clinical findings point to neither target group. */
  public static final ProcessVariable<ClinicalTargetGroup> CLINICAL_TARGET_GROUP =
      choice(ClinicalRecords.CLINICAL_TARGET_GROUP, ClinicalTargetGroup.class);

  private AssessmentVariables() {}

  /** Every variable the process holds, each with its type. */
  public static ProcessContract contract() {
    return ProcessContract.of(PROCESS_KEY, AssessmentVariables.class, CaseVariables.class);
  }

}
