package org.rehabpath.steps;

import java.util.Set;
import org.rehabpath.engine.FormChoiceVariables;
import org.springframework.stereotype.Component;

/** The ladder's steps offered by the review and exit forms are the ladder as it was: no history. */
@Component
class StepOptionsWithoutHistory implements FormChoiceVariables {

  @Override
  public Set<String> names() {
    return Set.of(StepVariables.STEP_OPTIONS.name());
  }
}
