package org.rehabpath.voice;

import java.util.Map;
import java.util.Optional;
import org.rehabpath.voice.Instruments.Instrument;
import org.rehabpath.voice.Instruments.Question;

/**
 * Checks answers against the version they answer, on every door (the API, the task's form, the
 * participant's page): each question of the respondent answered, within its scale, and nothing else.
 */
final class AnswerCheck {

  /** What is wrong with one question's answer, by its code. */
  record Problem(String questionCode, String message) {}

  private AnswerCheck() {}

  static Optional<Problem> problem(Instrument version, Respondent respondent, Map<String, Integer> answers) {
    for (var answer : answers.entrySet()) {
      Optional<Question> asked = version.question(answer.getKey());
      if (asked.isEmpty()) {
        String named = answer.getKey().length() > 64 ? answer.getKey().substring(0, 64) + "..." : answer.getKey();
        return Optional.of(new Problem(named, "There is no question " + named + " in version " + version.version() + "."));
      }
      Question question = asked.get();
      if (respondent == Respondent.SUPERVISOR && !question.supervisorRates()) {
        return Optional.of(new Problem(question.code(),
            "The supervisor rates the job-readiness questions only; " + question.code() + " is the participant's."));
      }
      if (answer.getValue() == null || answer.getValue() < question.scaleMin() || answer.getValue() > question.scaleMax()) {
        return Optional.of(new Problem(question.code(), "Answer \"" + question.text() + "\" with a whole number from "
            + question.scaleMin() + " to " + question.scaleMax() + "; got " + answer.getValue() + "."));
      }
    }
    for (Question question : version.questions()) {
      boolean asked = respondent == Respondent.PARTICIPANT || question.supervisorRates();
      if (asked && !answers.containsKey(question.code())) {
        return Optional.of(new Problem(question.code(), "Question " + question.code() + " is not answered: \""
            + question.text() + "\""));
      }
    }
    return Optional.empty();
  }
}
