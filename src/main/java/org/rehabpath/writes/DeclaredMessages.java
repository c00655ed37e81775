package org.rehabpath.writes;

import java.util.Map;
import java.util.Set;
import org.rehabpath.internship.InternshipVariables;

/**
 * The documented contract of each message the models wait for: the variables it may bring. The
 * internship's two messages end it and carry nothing (the outcome is recorded by the model itself);
 * any other message may bring no variables either.
 */
final class DeclaredMessages {

  private static final Map<String, Set<String>> VARIABLES = Map.of(
      InternshipVariables.MESSAGE_EMPLOYMENT_FOUND, Set.of(),
      InternshipVariables.MESSAGE_PARTICIPANT_WITHDREW, Set.of());

  private DeclaredMessages() {}

  static Set<String> variablesOf(String messageName) {
    return VARIABLES.getOrDefault(messageName, Set.of());
  }
}
