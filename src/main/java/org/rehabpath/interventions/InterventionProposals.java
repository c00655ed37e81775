package org.rehabpath.interventions;

import java.util.Collection;
import java.util.stream.Collectors;
import org.rehabpath.models.ModelBean;

/** The decision's proposals in the words staff read, for the social worker's form. */
@ModelBean("interventionProposals")
public class InterventionProposals {

  /** One line per proposal; a hint when no rule applied. */
  public String summary(Collection<?> proposals) {
    if (proposals == null || proposals.isEmpty()) {
      return "No service proposed by the decision table: choose with the participant.";
    }
    return proposals.stream()
        .map(code -> Intervention.labelOf(String.valueOf(code)))
        .collect(Collectors.joining("\n"));
  }
}
