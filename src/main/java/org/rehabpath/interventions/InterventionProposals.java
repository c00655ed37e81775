package org.rehabpath.interventions;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The services the decision other-interventions can propose, with the words staff read. */
@Component("interventionProposals")
public class InterventionProposals {

  static final Map<String, String> LABELS = Map.of(
      "CLINICAL_CARE", "Medical, psychiatric or addiction care, as the clinicians advise",
      "HOUSING_SUPPORT", "Housing support",
      "LANGUAGE_COURSE", "Language course",
      "SOCIAL_ACTIVATION", "Social activation (group activities, meeting places)",
      "MOTIVATIONAL_SUPPORT", "Motivational support talks",
      "HEALTH_AND_LIFESTYLE", "Health and lifestyle support");

  /** One line per proposal for the social worker's form; "none" when no rule applied. */
  public String summary(Collection<?> proposals) {
    if (proposals == null || proposals.isEmpty()) {
      return "No service proposed by the decision table: choose with the participant.";
    }
    return proposals.stream()
        .map(code -> LABELS.getOrDefault(String.valueOf(code), String.valueOf(code)))
        .collect(Collectors.joining("\n"));
  }
}
