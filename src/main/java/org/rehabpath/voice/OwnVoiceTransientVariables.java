package org.rehabpath.voice;

import java.util.Set;
import org.rehabpath.engine.TransientFormVariables;
import org.springframework.stereotype.Component;

/**
 * The questionnaire's answers pass through the task's form into {@code voice_answer} and the one-time
 * code is shown on the open task only: none of them is kept in the engine's history.
 */
@Component
class OwnVoiceTransientVariables implements TransientFormVariables {

  private static final Set<String> SHOWN_ON_THE_TASK = Set.of(OwnVoiceVariables.CODE.name(),
      OwnVoiceVariables.PAGE.name(), OwnVoiceVariables.CODE_EXPIRES.name());

  @Override
  public boolean covers(String variableName) {
    return OwnVoiceVariables.isAnswer(variableName) || SHOWN_ON_THE_TASK.contains(variableName);
  }
}
