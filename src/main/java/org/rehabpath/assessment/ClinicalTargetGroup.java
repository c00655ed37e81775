package org.rehabpath.assessment;

/**
 * The target group the clinical findings point to (decision {@code clinical-support-need}), or none
 * when they point to neither: the clinical part of the routing's target group. Like {@link
 * SupportNeed} it leaves the clinical assessment without saying which finding led to it, so that the
 * routing can follow the programme's target groups (ASL VCO's: a chronic illness such as HIV, an
 * addiction still active, an addiction with a psychiatric disorder are target C; a treatment that is
 * ending, with the internship as the close of the path of care, is target B) without the case ever
 * holding a diagnosis.
 */
public enum ClinicalTargetGroup {
  /** The internship can close a path of care that is ending: a protected but real work experience. */
  B,
  /** Heavier clinical difficulties not expected to change soon: a protected placement. */
  C
}
