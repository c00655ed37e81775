package org.rehabpath.interventions;

/**
 * The services the decision {@code other-interventions} can propose and the social worker can refer
 * to, with the words staff read. Clinical care stays unspecified on purpose: the case knows only the
 * support need, the clinicians say which care.
 */
public enum Intervention {
  CLINICAL_CARE("Medical, psychiatric or addiction care, as the clinicians advise"),
  HOUSING_SUPPORT("Housing support"),
  LANGUAGE_COURSE("Language course"),
  SOCIAL_ACTIVATION("Social activation (group activities, meeting places)"),
  MOTIVATIONAL_SUPPORT("Motivational support talks"),
  HEALTH_AND_LIFESTYLE("Health and lifestyle support"),
  DEBT_AND_BENEFITS_ADVICE("Debt and benefits advice");

  private final String label;

  Intervention(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The label of a code, or the code itself when a manager added a new one to the table. */
  public static String labelOf(String code) {
    for (Intervention intervention : values()) {
      if (intervention.name().equals(code)) {
        return intervention.label;
      }
    }
    return code;
  }
}
